package org.mixite.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.report.IndicatorSuite.ReportSettings;
import org.mixite.spi.text.RowMapper;

/**
 * A company's (or all companies') indicators as a typed Spark {@link Aggregator}: the buffer is
 * an {@link IndicatorSuite} — the same mergeable accumulator the single-JVM path uses — fed the
 * accepted entries, merged across partitions with {@link IndicatorSuite#merge}, finished into
 * the result row of {@link CompanyResults}. The settings travel as {@link SuiteKryo} bytes
 * (they hold records, which Java serialization of the aggregator could not write).
 */
final class CompanyAggregator extends Aggregator<Row, SuiteBuffer, Row> {

    private static final long serialVersionUID = 1L;

    private final byte[] settings;
    private transient ReportSettings decoded;
    private transient RowMapper mapper;

    CompanyAggregator(ReportSettings settings) {
        this.settings = SuiteKryo.encode(settings);
    }

    ReportSettings settings() {
        if (decoded == null) {
            decoded = SuiteKryo.decode(settings, ReportSettings.class);
        }
        return decoded;
    }

    @Override
    public SuiteBuffer zero() {
        return new SuiteBuffer(new IndicatorSuite(settings()));
    }

    @Override
    public SuiteBuffer reduce(SuiteBuffer buffer, Row entry) {
        return add(buffer, entry);
    }

    SuiteBuffer add(SuiteBuffer buffer, Row entry) {
        buffer.warnings(Entries.warnings(entry));
        if (Entries.isRejected(entry)) {
            buffer.rejected(Entries.company(entry), Entries.source(entry), Entries.adapter(entry));
        } else {
            if (mapper == null) {
                mapper = new RowMapper(false);
            }
            buffer.suite().add(Entries.record(entry, mapper));
            buffer.accepted(Entries.company(entry), Entries.source(entry), Entries.adapter(entry));
        }
        return buffer;
    }

    @Override
    public SuiteBuffer merge(SuiteBuffer left, SuiteBuffer right) {
        return left.merge(right);
    }

    @Override
    public Row finish(SuiteBuffer buffer) {
        return CompanyResults.row(buffer);
    }

    @Override
    public Encoder<SuiteBuffer> bufferEncoder() {
        return Encoders.kryo(SuiteBuffer.class);
    }

    @Override
    public Encoder<Row> outputEncoder() {
        return Encoders.row(CompanyResults.SCHEMA);
    }
}
