package org.mixite.samples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.samples.demo.DemoData;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.RecordSink;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo",
        description = {"Write the full report on the embedded demo data: report.pdf, report.json, rejects.csv.",
                "The demo is a fictitious digital company of 2,000 employees, in 2024 and 2025,",
                "and a federation of 13 member companies whose contributions make barometer/barometer.pdf."},
        footer = {"", "Examples:", "  mixite demo --out out", "  mixite demo --out out-en --lang en", "", ExitCodes.HELP})
final class DemoCommand extends BaseCommand {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output directory (created if missing). Default: ${DEFAULT-VALUE}.")
    Path out;

    /** The company name on the demo report. */
    static final String COMPANY = "Numeria (demo)";

    @Override
    protected int run(Terminal terminal) throws IOException {
        Demo demo = compute();
        demo.current().report(terminal);
        List<Path> files = ReportFiles.write(out, COMPANY, demo.results(),
                ReportFiles.document(COMPANY, demo.results(), demo.current(), demo.trend()), demo.current(), terminal.locale(), terminal);
        files = new ArrayList<>(files);
        files.addAll(DemoWorkflows.write(out, COMPANY, terminal.locale(), terminal)); // issue 25: Art. 10 and Art. 7
        ReportFiles.summarise(terminal, demo.results(), files);
        France2027Demo.write(out, demo.current().records(), demo.results().settings().period(), COMPANY, terminal);
        List<Path> barometer = DemoFederation.write(out.resolve("barometer"), terminal.locale());
        terminal.info("federation barometer (" + DemoFederation.MEMBERS_2025 + " members, 2024 and 2025): " + barometer);
        return demo.current().exitCode();
    }

    /** The demo's figures: the latest year's records and results, and the trend over both years. */
    record Demo(LoadedRecords current, IndicatorResults results, java.util.Optional<org.mixite.core.report.Trend> trend) {
    }

    static Demo compute() {
        DatasetLoader loader = DatasetLoader.builder().mode(LoadMode.LENIENT).build();
        List<IndicatorResults> years = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        LoadedRecords current = null;
        for (DemoData data : List.of(DemoData.YEAR_2024, DemoData.YEAR_2025)) {
            LoadedRecords loaded = load(loader, data.source());
            years.add(ReportFiles.compute(loaded,
                    IndicatorSuite.ReportSettings.of(ReferencePeriod.calendarYear(data.year()))));
            labels.add(Integer.toString(data.year()));
            current = loaded;
        }
        return new Demo(current, years.get(years.size() - 1), ReportFiles.trend(labels, years));
    }

    private static LoadedRecords load(DatasetLoader loader, InputSource source) {
        List<EmployeeRecord> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        LoadSummary summary = loader.stream(source, new RecordSink() {
            @Override
            public void accept(EmployeeRecord record) {
                records.add(record);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        return LoadedRecords.of(records, rejections, List.of(summary));
    }
}
