package org.mixite.spark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.indicators.paygap.PayGapReport;
import org.mixite.core.indicators.paygap.QuartileBand;
import org.mixite.core.report.Headlines;
import org.mixite.core.report.IndicatorResults;
import org.mixite.json.MixiteJson;
import org.mixite.json.ReportJson;

/**
 * The row of one company's results: the whole report document (the {@code report.json} the
 * single-JVM path writes, through diversity-json) and the headline figures as columns, to
 * filter, join and chart on Spark without parsing JSON. Percentages are those of the document
 * (already rounded by their rule); an empty figure (not computable, or a cell too small to
 * publish) is {@code null}.
 */
final class CompanyResults {

    /** Decimal columns: wide enough for any percentage or pay ratio, never rounding a published figure. */
    private static final DataType PERCENT = DataTypes.createDecimalType(20, 6);

    static final StructType SCHEMA = new StructType(new StructField[] {
            field("company", DataTypes.StringType, false),
            field("workforce", DataTypes.LongType, true),
            field("read", DataTypes.LongType, false),
            field("accepted", DataTypes.LongType, false),
            field("rejected", DataTypes.LongType, false),
            field("egapro_index", DataTypes.IntegerType, true),
            field("a_annual", PERCENT, true), field("a_hourly", PERCENT, true),
            field("b_annual", PERCENT, true), field("b_hourly", PERCENT, true),
            field("c_annual", PERCENT, true), field("c_hourly", PERCENT, true),
            field("d_annual", PERCENT, true), field("d_hourly", PERCENT, true),
            field("e_women", PERCENT, true), field("e_men", PERCENT, true),
            field("f_annual_women", DataTypes.createArrayType(PERCENT, true), false),
            field("f_hourly_women", DataTypes.createArrayType(PERCENT, true), false),
            field("technical_digital_women_share", PERCENT, true),
            field("json", DataTypes.StringType, false)});

    private CompanyResults() {
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    static Row row(SuiteBuffer buffer) {
        IndicatorResults results = buffer.suite().results();
        var load = buffer.summary();
        String json = MixiteJson.toString(ReportJson.document(buffer.company(), results, load).toJson());
        Headlines headlines = Headlines.of(results);
        PayGapReport.Fr fr = results.payGap().fr();
        return RowFactory.create(buffer.company(),
                results.composition().total().shown().map(SexTally::total).orElse(null),
                load.read(), load.accepted(), load.rejected(),
                headlines.egaproIndex().orElse(null),
                value(fr.a().annual()), value(fr.a().hourly()),
                value(fr.b().annual()), value(fr.b().hourly()),
                value(fr.c().annual()), value(fr.c().hourly()),
                value(fr.d().annual()), value(fr.d().hourly()),
                value(fr.eFemale()), value(fr.eMale()),
                womenShares(fr.fAnnual()), womenShares(fr.fHourly()),
                value(headlines.technicalDigitalWomenShare()),
                json);
    }

    private static BigDecimal value(Optional<BigDecimal> figure) {
        return figure.orElse(null);
    }

    /** Women's share in each pay quartile, lowest first. */
    private static scala.collection.immutable.Seq<BigDecimal> womenShares(List<QuartileBand> bands) {
        return Entries.seq(bands.stream().map(b -> b.femalePercent().orElse(null)).toList());
    }
}
