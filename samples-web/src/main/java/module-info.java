/**
 * {@code mixite serve}: the HR analyst's local web page (Javalin, server-side Mustache templates,
 * no script build), on the CLI's report pipeline ({@code ReportService}), so the PDF it gives is
 * the CLI's. Web frameworks stay here, out of the library modules.
 */
module org.mixite.web {
    requires org.mixite.samples;
    requires org.mixite.adapters;
    requires org.mixite.core;
    requires io.javalin;
    requires com.github.mustachejava;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires java.logging;

    exports org.mixite.web;

    opens org.mixite.web to info.picocli;
    // The templates read the page's values (maps and lists) reflectively.
    opens org.mixite.web.templates to com.github.mustachejava;
}
