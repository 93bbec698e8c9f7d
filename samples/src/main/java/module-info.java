/**
 * The {@code mixite} command-line application (picocli) for HR analysts, the demo data, and
 * the embedding example. Adapters are found with {@link java.util.ServiceLoader}, so a vendor
 * plugin on the class path or module path is picked up without code changes.
 */
module org.mixite.samples {
    requires org.mixite.adapters;
    requires org.mixite.core;
    requires org.mixite.json;
    requires org.mixite.analytics;
    requires org.mixite.pdf;
    requires info.picocli;
    requires java.logging;
    requires me.tongfei.progressbar;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;

    exports org.mixite.samples.embedding;
    exports org.mixite.samples.demo;
    // ReportService: the report pipeline for other front ends (the web app); the commands stay package-private.
    exports org.mixite.samples.cli;
    exports org.mixite.samples.xlsx;

    // picocli reads and sets the command classes' annotated fields reflectively.
    opens org.mixite.samples.cli to info.picocli;

    uses org.mixite.spi.adapter.HrisAdapter;
}
