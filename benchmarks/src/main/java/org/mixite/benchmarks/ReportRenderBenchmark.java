package org.mixite.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mixite.core.report.IndicatorResults;
import org.mixite.json.ReportJson;
import org.mixite.pdf.ReportOptions;
import org.mixite.pdf.ReportRenderer;
import org.mixite.samples.demo.DemoData;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.model.EmployeeRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Issue 6 and 9 (d): rendering the demo report to PDF (target under 1 s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ReportRenderBenchmark {

    private JsonNode report;

    @Setup(Level.Trial)
    public void setUp() {
        List<EmployeeRecord> records = new java.util.ArrayList<>();
        LoadSummary summary = DatasetLoader.builder().mode(LoadMode.LENIENT).build().stream(DemoData.YEAR_2025.source(), records::add);
        IndicatorResults results = AllIndicators.compute(records);
        report = ReportJson.document("Numeria (demo)", results, summary).toJson();
    }

    @Benchmark
    public byte[] renderDemoPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        ReportRenderer.render(report, ReportOptions.of("Numeria (demo)", "2025"), out);
        return out.toByteArray();
    }
}
