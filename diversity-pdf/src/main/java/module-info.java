/**
 * Mixité's PDF reports: the results of {@code org.mixite.core} rendered as a bilingual
 * (French/English), deterministic document with OpenPDF. Java 21.
 */
module org.mixite.pdf {
    requires transitive org.mixite.core;
    requires com.github.librepdf.openpdf;
    requires static org.apiguardian.api;

}
