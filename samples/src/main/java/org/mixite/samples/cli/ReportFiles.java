package org.mixite.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.EnumSet;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.analytics.Control;
import org.mixite.analytics.json.AnalyticsJson;
import org.mixite.analytics.oaxaca.OaxacaBlinder;
import org.mixite.analytics.regression.Fit;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.remediation.RemediationSimulator;
import org.mixite.analytics.remediation.Target;
import org.mixite.core.report.Headlines;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.report.Trend;
import org.mixite.json.MixiteJson;
import org.mixite.json.ReportDocument;
import org.mixite.json.ReportJson;
import org.mixite.pdf.ReportOptions;
import org.mixite.pdf.ReportRenderer;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/** Writes a report's files: report.json, report.pdf (same numbers: the PDF renders the JSON) and rejects.csv. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** Every indicator over the loaded table, column by column (the same results as adding the records one by one). */
    static IndicatorResults compute(LoadedRecords loaded, IndicatorSuite.ReportSettings settings) {
        return IndicatorSuite.compute(loaded.table(), settings);
    }

    static IndicatorResults compute(List<EmployeeRecord> records, IndicatorSuite.ReportSettings settings) {
        IndicatorSuite suite = new IndicatorSuite(settings);
        records.forEach(suite::add);
        return suite.results();
    }

    /** The trend over earlier periods (oldest first) and the current one. */
    static Optional<Trend> trend(List<String> labels, List<IndicatorResults> results) {
        if (results.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(Trend.of(labels, results.stream().map(Headlines::of).toList()));
    }

    /** A held report's files: its document (see {@link #document}) as report.json and report.pdf, and the load's rejects.csv. */
    static List<Path> write(Path dir, String company, IndicatorResults results, ReportDocument document, LoadedRecords loaded,
                            Locale locale, Terminal terminal) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = writeDocument(dir, company, document, results, locale, terminal);
        Path rejects = dir.resolve("rejects.csv");
        loaded.writeRejects(rejects);
        written.add(rejects);
        return written;
    }

    /** A streamed report's document and PDF; rejects.csv was written as the load went. */
    static List<Path> writeStreamed(Path dir, String company, IndicatorResults results, ReportDocument document, Locale locale,
                                    Terminal terminal) throws IOException {
        List<Path> written = writeDocument(dir, company, document, results, locale, terminal);
        written.add(dir.resolve("rejects.csv"));
        return written;
    }

    private static List<Path> writeDocument(Path dir, String company, ReportDocument document, IndicatorResults results,
                                            Locale locale, Terminal terminal) throws IOException {
        ObjectNode json = document.toJson();
        List<Path> written = new ArrayList<>();
        Path jsonFile = dir.resolve("report.json");
        try (OutputStream out = Files.newOutputStream(jsonFile)) {
            MixiteJson.write(json, out);
        }
        written.add(jsonFile);
        Path pdfFile = dir.resolve("report.pdf");
        long started = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(pdfFile)) {
            renderPdf(json, company, results, locale, out);
        }
        terminal.detail(String.format("PDF rendered in %d ms", (System.nanoTime() - started) / 1_000_000));
        written.add(pdfFile);
        return written;
    }

    /**
     * What a report computes from a held table: the indicators, the analytics and France's R130-1
     * workforce.
     *
     * @param analytics the analytics section ({@link #analytics})
     */
    record Figures(IndicatorResults results, ObjectNode analytics, org.mixite.core.indicators.france.Workforce workforce) {
    }

    /**
     * The figures of a held table. The analytics and the workforce are computed on threads of
     * their own while this thread computes the indicators (which use every core for their own
     * passes): all only read the table, and on a million rows the analytics' single-threaded
     * passes would otherwise run alone after the indicators. The same figures as one after the other.
     */
    static Figures figures(LoadedRecords loaded, IndicatorSuite.ReportSettings settings) {
        org.mixite.core.table.EmployeeTable table = loaded.table();
        ReferencePeriod period = settings.period();
        java.util.concurrent.FutureTask<ObjectNode> analytics = beside("mixite-analytics",
                () -> analytics(sample(table, period), settings.minCell()));
        java.util.concurrent.FutureTask<org.mixite.core.indicators.france.Workforce> workforce = beside("mixite-workforce",
                () -> org.mixite.core.indicators.france.AnnualHeadcount.of(table, period));
        IndicatorResults results;
        try {
            results = IndicatorSuite.compute(table, settings);
        } catch (RuntimeException | Error e) {
            analytics.cancel(true);
            workforce.cancel(true);
            throw e;
        }
        return new Figures(results, joined(analytics), joined(workforce));
    }

    /** A task started on a daemon thread of its own. */
    private static <T> java.util.concurrent.FutureTask<T> beside(String name, java.util.concurrent.Callable<T> work) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The task's value once done; what it threw, thrown here (an out-of-memory error stays one). */
    private static <T> T joined(java.util.concurrent.FutureTask<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the task runs on: wait for it, then say so
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The report document of held figures: every section, the trend when given, and the analytics. */
    static ReportDocument document(String company, Figures figures, LoadSummary summary, Optional<Trend> trend) {
        return document(company, figures.results(), summary, trend, figures.analytics(), figures.workforce());
    }

    /** The report document of loaded records: every section, the trend when given, and the analytics. */
    static ReportDocument document(String company, IndicatorResults results, LoadedRecords loaded, Optional<Trend> trend) {
        ReferencePeriod period = results.settings().period();
        return document(company, results, loaded.summary(), trend, analytics(sample(loaded.table(), period), results.settings().minCell()),
                org.mixite.core.indicators.france.AnnualHeadcount.of(loaded.table(), period));
    }

    /**
     * The report document: every section, the trend when given, the analytics of {@code sample} and
     * France's obligations for the workforce; the same for a table and for a streamed input.
     */
    static ReportDocument document(String company, IndicatorResults results, LoadSummary summary, Optional<Trend> trend,
                                   ObjectNode analytics, org.mixite.core.indicators.france.Workforce workforce) {
        ReportDocument document = ReportJson.document(company, results, summary);
        trend.ifPresent(t -> document.section(ReportDocument.Section.TREND, ReportJson.trend(t)));
        document.section(ReportDocument.Section.ANALYTICS, analytics);
        // France 2027: fr.obligations as the object of the declaration year after the period (CSS R130-1 workforce from the records)
        ReferencePeriod period = results.settings().period();
        document.section(ReportDocument.Section.PAYGAP).ifPresent(paygap -> ((ObjectNode) paygap.get("fr")).set("obligations",
                org.mixite.json.FranceJson.obligations(org.mixite.core.indicators.france.Obligations.of(
                        org.mixite.core.indicators.france.Obligations.defaultYear(period), workforce, results.payGap().fr()))));
        return document;
    }

    /** The PDF of a report document: the one rendering the CLI and the web app share, so their PDFs are the same bytes. */
    static void renderPdf(ObjectNode json, String company, IndicatorResults results, Locale locale, OutputStream out)
            throws IOException {
        ReferencePeriod period = results.settings().period();
        ReportRenderer.render(json, ReportOptions.of(company, period.start() + " – " + period.end())
                .withLocale(locale).withMinCell(results.settings().minCell()), out);
    }

    /** report.xlsx beside report.json, from it: the tables of the report as a workbook (--xlsx). */
    static Path writeWorkbook(Path dir) throws IOException {
        ObjectNode json = (ObjectNode) MixiteJson.mapper().readTree(dir.resolve("report.json").toFile());
        Path file = dir.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            org.mixite.samples.xlsx.ReportWorkbook.write(json, out);
        }
        return file;
    }

    /** The people of the report's analytics: every control. */
    static AnalyticsSample sample(org.mixite.core.table.EmployeeTable table, ReferencePeriod period) {
        return AnalyticsSample.of(table, period, EnumSet.allOf(Control.class));
    }

    /** A builder of the report's analytics sample, for records streamed in: no ids (the report names nobody). */
    static AnalyticsSample.Builder sampleBuilder(ReferencePeriod period, long people) {
        return AnalyticsSample.builder(period, EnumSet.allOf(Control.class)).withoutIds()
                .expectedPeople((int) Math.min(people, Integer.MAX_VALUE - 16));
    }

    /** Issue 10's analytics: the adjusted gap with every control, its decomposition, and the Art. 10 remediation plan. */
    static ObjectNode analytics(AnalyticsSample sample, int minCell) {
        Fit fit = PayRegression.fit(sample);
        return AnalyticsJson.write(fit.gap(), OaxacaBlinder.decompose(fit),
                Optional.of(RemediationSimulator.plan(sample, Target.parse("art10"), fit)), Optional.empty(), minCell,
                sample.leftOutOfRegression());
    }

    /** The human summary after a report: headline figures and where the files are. */
    static void summarise(Terminal terminal, IndicatorResults results, List<Path> files) {
        Headlines h = Headlines.of(results);
        terminal.info("Egapro index " + h.egaproIndex().map(i -> i + "/100").orElse("not calculable")
                + " · mean hourly gap " + h.meanHourlyGap().map(g -> g + "%").orElse("n/a")
                + " · women " + h.womenShare().map(s -> s + "%").orElse("n/a")
                + " · in technical digital jobs " + h.technicalDigitalWomenShare().map(s -> s + "%").orElse("n/a")
                + (h.jointAssessmentRequired() ? " · joint pay assessment required" : ""));
        files.forEach(f -> terminal.info("wrote " + f));
    }
}
