package org.mixite.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mixite.core.report.Headlines;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.json.MixiteJson;
import org.mixite.samples.xlsx.ReportWorkbook;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.ProgressListener;
import org.mixite.spi.load.Rejection;

/**
 * The pipeline of {@code mixite report} and {@code mixite demo} for another front end (the web
 * app): the same loading, computation and rendering as the commands, so that a report made here
 * is byte for byte the one the CLI writes for the same input and options. Everything stays in
 * memory; nothing is written to disk or logged.
 */
public final class ReportService {

    private ReportService() {
    }

    /**
     * What to compute.
     *
     * @param company the name on the cover (the CLI's default is the first input's file name)
     * @param period  {@code START..END}, or empty for the calendar year of the latest date in the data
     * @param minCell the minimum cell size
     */
    public record Request(String company, Optional<String> period, int minCell, Locale locale) {
        public Request {
            Objects.requireNonNull(company, "company");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(locale, "locale");
        }
    }

    /** A computed report: the JSON, the PDF and the rejects, and what the load read. */
    public static final class Report {
        private final ObjectNode json;
        private final byte[] jsonBytes;
        private final byte[] pdf;
        private final byte[] rejectsCsv;
        private final List<LoadSummary> summaries;
        private final List<Rejection> rejections;
        private final Headlines headlines;
        private final String company;
        private final IndicatorResults results;
        private final Locale locale;

        private Report(String company, ObjectNode json, byte[] pdf, LoadedRecords loaded, IndicatorResults results, Locale locale)
                throws IOException {
            this.company = company;
            this.results = results;
            this.locale = locale;
            this.json = json;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MixiteJson.write(json, out);
            this.jsonBytes = out.toByteArray();
            this.pdf = pdf;
            StringWriter rejects = new StringWriter();
            loaded.writeRejects(rejects);
            this.rejectsCsv = rejects.toString().getBytes(StandardCharsets.UTF_8);
            this.summaries = loaded.summaries();
            this.rejections = loaded.rejections();
            this.headlines = Headlines.of(results);
        }

        /** The report JSON document (the PDF renders it); a copy. */
        public ObjectNode json() {
            return json.deepCopy();
        }

        /** report.json, as the CLI writes it. */
        public byte[] jsonBytes() {
            return jsonBytes.clone();
        }

        /** report.pdf, as the CLI writes it. */
        public byte[] pdf() {
            return pdf.clone();
        }

        /** report.pdf in another language, as {@code --lang} gives it. */
        public byte[] pdf(Locale language) throws IOException {
            if (language.getLanguage().equals(locale.getLanguage())) {
                return pdf();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportFiles.renderPdf(json, company, results, language, out);
            return out.toByteArray();
        }

        /** rejects.csv, as the CLI writes it. */
        public byte[] rejectsCsv() {
            return rejectsCsv.clone();
        }

        /** report.xlsx: the tables, one sheet per section. */
        public byte[] workbook() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportWorkbook.write(json, out);
            return out.toByteArray();
        }

        /** One summary per input. */
        public List<LoadSummary> summaries() {
            return summaries;
        }

        public LoadSummary summary() {
            return LoadSummary.combine(summaries);
        }

        public List<Rejection> rejections() {
            return rejections;
        }

        public Headlines headlines() {
            return headlines;
        }
    }

    /** {@code mixite demo}: the demo company's latest year with the trend over both years. */
    public static Report demo(Locale locale) throws IOException {
        DemoCommand.Demo demo = DemoCommand.compute();
        return render(DemoCommand.COMPANY, demo.results(),
                ReportFiles.document(DemoCommand.COMPANY, demo.results(), demo.current(), demo.trend()), demo.current(), locale);
    }

    /**
     * {@code mixite report --input …}: the inputs loaded leniently (invalid rows are rejected and
     * reported), every indicator, the analytics.
     */
    public static Report report(List<InputSource> inputs, AdapterSettings settings, Request request, ProgressListener progress)
            throws IOException {
        DatasetLoader loader = DatasetLoader.builder().mode(LoadMode.LENIENT).settings(settings).progress(progress).build();
        List<String> warnings = new ArrayList<>();
        LoadedRecords loaded = LoadedRecords.load(loader, inputs, true, warnings::add);
        IndicatorSuite.ReportSettings reportSettings = IndicatorSuite.ReportSettings
                .of(Periods.resolve(request.period().orElse(null), loaded)).withMinCell(request.minCell());
        ReportFiles.Figures figures = ReportFiles.figures(loaded, reportSettings);
        return render(request.company(), figures.results(),
                ReportFiles.document(request.company(), figures, loaded.summary(), Optional.empty()), loaded, request.locale());
    }

    private static Report render(String company, IndicatorResults results, org.mixite.json.ReportDocument document,
                                 LoadedRecords loaded, Locale locale) throws IOException {
        ObjectNode json = document.toJson();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportFiles.renderPdf(json, company, results, locale, pdf);
        return new Report(company, json, pdf.toByteArray(), loaded, results, locale);
    }
}
