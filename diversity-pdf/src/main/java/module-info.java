/**
 * Mixité's PDF reports: the report document (the same JSON tree as {@code report.json}, so both
 * always show the same numbers) rendered as a bilingual (French/English), deterministic PDF
 * with OpenPDF, vector charts from JFreeChart and embedded Liberation fonts. Java 21.
 */
module org.mixite.pdf {
    requires transitive org.mixite.json;
    requires com.github.librepdf.openpdf;
    requires org.jfree.jfreechart;
    requires java.desktop;
    requires static org.apiguardian.api;

    exports org.mixite.pdf;
}
