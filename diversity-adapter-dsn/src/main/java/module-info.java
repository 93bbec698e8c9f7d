/**
 * Mixité's DSN adapter: the French monthly payroll declaration (Déclaration Sociale
 * Nominative, norme NEODeS) read into employee records. One file streams one individual at a
 * time; a directory of monthly files of one year combines into one annual record per person,
 * matched by a salted hash of the NIR, which is never kept or shown. Java 17.
 */
module org.mixite.adapter.dsn {
    requires transitive org.mixite.spi;
    requires static org.apiguardian.api;

    exports org.mixite.adapter.dsn;

    provides org.mixite.spi.adapter.HrisAdapter with org.mixite.adapter.dsn.DsnAdapter;
}
