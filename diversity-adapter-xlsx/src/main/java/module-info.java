/**
 * Mixité's Excel adapter: employee records read from an {@code .xlsx} workbook, one sheet
 * streamed row by row (Apache POI's package access and a StAX pull parser over the sheet's XML,
 * so a large sheet is never held in memory), and a writer of records to a workbook. Java 17.
 */
module org.mixite.adapter.xlsx {
    requires transitive org.mixite.spi;
    requires org.mixite.adapters;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;
    requires java.xml;
    requires static org.apiguardian.api;

    exports org.mixite.adapter.xlsx;

    provides org.mixite.spi.adapter.HrisAdapter with org.mixite.adapter.xlsx.XlsxAdapter;
}
