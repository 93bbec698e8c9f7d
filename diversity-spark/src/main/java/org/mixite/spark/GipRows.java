package org.mixite.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mixite.core.indicators.france.GipCalculator;
import org.mixite.core.indicators.france.GipColumn;
import org.mixite.core.indicators.france.GipFigures;
import org.mixite.core.indicators.france.PayBasis;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.text.RowMapper;

/**
 * The GIP-MDS figures of one company (France 2027, A–F per SIREN) computed on an executor by
 * {@link GipCalculator#company} — not an accumulator: its medians and quartile thresholds take
 * the company's pay series whole, so a company's accepted records are gathered in one task.
 * A row holds the SIREN and each column of the file as the exact decimal text (scale kept).
 */
final class GipRows implements MapGroupsFunction<String, Row, Row> {

    private static final long serialVersionUID = 1L;

    static final StructType SCHEMA = schema();

    private final LocalDate start;
    private final LocalDate end;
    private final PayBasis basis;

    GipRows(ReferencePeriod period, PayBasis basis) {
        this.start = period.start();
        this.end = period.end();
        this.basis = basis;
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (GipColumn c : GipColumn.fileColumns()) {
            fields.add(DataTypes.createStructField(c.header(), DataTypes.StringType, c != GipColumn.SIREN));
        }
        return new StructType(fields.toArray(StructField[]::new));
    }

    @Override
    public Row call(String company, Iterator<Row> entries) {
        RowMapper mapper = new RowMapper(false);
        List<EmployeeRecord> records = new ArrayList<>();
        while (entries.hasNext()) {
            Row entry = entries.next();
            if (!Entries.isRejected(entry)) {
                records.add(Entries.record(entry, mapper));
            }
        }
        // GipCalculator keys records without a company by "".
        String siren = IndicatorSuite.NO_COMPANY.equals(company) ? "" : company;
        GipFigures figures = GipCalculator.company(siren, records, new ReferencePeriod(start, end), basis);
        List<GipColumn> columns = GipColumn.fileColumns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            GipColumn c = columns.get(i);
            values[i] = c == GipColumn.SIREN ? figures.siren() : figures.get(c).map(BigDecimal::toPlainString).orElse(null);
        }
        return RowFactory.create(values);
    }

    /** The figures of a row, as {@link GipCalculator} gave them. */
    static GipFigures figures(Row row) {
        List<GipColumn> columns = GipColumn.fileColumns();
        Map<GipColumn, BigDecimal> values = new EnumMap<>(GipColumn.class);
        String siren = "";
        for (int i = 0; i < columns.size(); i++) {
            GipColumn c = columns.get(i);
            if (c == GipColumn.SIREN) {
                siren = row.getString(i);
            } else if (!row.isNullAt(i)) {
                values.put(c, new BigDecimal(row.getString(i)));
            }
        }
        return new GipFigures(siren, values);
    }
}
