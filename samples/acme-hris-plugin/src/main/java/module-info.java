/**
 * A sample vendor plugin: the adapter for ACME HRIS's JSON export. On the module path it is
 * found through {@code provides}; on the class path through {@code META-INF/services}.
 */
module com.acme.hris.mixite {
    requires org.mixite.spi;
    requires com.fasterxml.jackson.databind;

    provides org.mixite.spi.adapter.HrisAdapter with com.acme.hris.mixite.AcmeHrisAdapter;
}
