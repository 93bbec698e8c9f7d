package org.mixite.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apiguardian.api.API;
import org.mixite.spi.model.RecordField;

/**
 * Validated employee records on Spark: every input entry, accepted or rejected exactly as
 * Mixité's loader would (one load per company). Lazy, like any Dataset: nothing runs until
 * {@link MixiteSpark#perCompany}, {@link MixiteSpark#total}, or an action on {@link #accepted()}
 * or {@link #rejections()}; {@link #cache()} it to use it more than once without validating
 * twice.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SparkRecords {

    private final Dataset<Row> entries;

    SparkRecords(Dataset<Row> entries) {
        this.entries = Objects.requireNonNull(entries, "entries");
    }

    /** Every entry, accepted and rejected (the form the aggregations read). */
    Dataset<Row> entries() {
        return entries;
    }

    /**
     * The accepted records in the canonical columns ({@code id}, {@code sex}, … as the canonical
     * CSV), as text normalised by Mixité (ISO dates, plain decimals), plus {@code company_key}:
     * ready to be written out (CSV, Parquet) and read back by any Mixité adapter.
     */
    public Dataset<Row> accepted() {
        Column[] columns = new Column[RecordField.values().length + 1];
        columns[0] = col(Entries.COMPANY);
        Arrays.stream(RecordField.values()).forEach(f -> columns[f.ordinal() + 1] = col(f.columnName()));
        return entries.where(col(Entries.VIOLATIONS).isNull()).select(columns);
    }

    /**
     * The rejections, one row per violation, in the columns of the CLI's {@code rejects.csv}:
     * {@code source, line, column, adapter, id, field, message} (plus {@code company_key}). The
     * messages are the loader's. Rows of a Dataset have no line: {@code line} is empty for them,
     * {@code column} is the field's position in the Dataset's columns.
     */
    public Dataset<Row> rejections() {
        return entries.where(col(Entries.VIOLATIONS).isNotNull())
                .select(col(Entries.COMPANY), col(Entries.ADAPTER).as("adapter"), col(Entries.ID).as("id"),
                        explode(col(Entries.VIOLATIONS)).as("v"))
                .select(col("v.source").as("source"), col("v.line").as("line"), col("v.column").as("column"),
                        col("adapter"), col("id"), col("v.field").as("field"), col("v.message").as("message"),
                        col(Entries.COMPANY));
    }

    /** Keeps the validated entries in memory (Spark's cache), for several aggregations over them. */
    public SparkRecords cache() {
        return new SparkRecords(entries.cache());
    }

    /** How many entries were read, accepted and rejected, over all companies (runs a job). */
    public Counts counts() {
        Row row = entries.agg(functions.count(functions.lit(1)),
                functions.count_if(col(Entries.VIOLATIONS).isNull())).first();
        long read = row.getLong(0);
        long accepted = row.getLong(1);
        return new Counts(read, accepted, read - accepted);
    }

    /** Entries read, accepted and rejected: {@code read == accepted + rejected}. */
    public record Counts(long read, long accepted, long rejected) {
    }
}
