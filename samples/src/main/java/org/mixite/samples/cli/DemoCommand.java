package org.mixite.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mixite.json.MixiteJson;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo",
        description = "Run Mixité on the embedded demo data and write the report to a directory.",
        footer = {"", "Example:", "  mixite demo --out out", "", ExitCodes.HELP})
final class DemoCommand extends BaseCommand {

    static final String DEMO_RESOURCE = "/org/mixite/samples/demo/demo-2025.csv";

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output directory (created if missing). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Override
    protected int run(Terminal terminal) throws IOException {
        InputSource demo = InputSource.of("demo:demo-2025.csv", demoBytes());
        LoadResult result = DatasetLoader.builder().mode(LoadMode.LENIENT).build().load(demo);
        Files.createDirectories(out);
        ObjectNode report = MixiteJson.object();
        ObjectNode load = report.putObject("load");
        load.put("source", result.summary().source());
        load.put("read", result.summary().read());
        load.put("accepted", result.summary().accepted());
        load.put("rejected", result.summary().rejected());
        Path json = out.resolve("report.json");
        try (OutputStream stream = Files.newOutputStream(json)) {
            MixiteJson.write(report, stream);
        }
        List<String> lines = new ArrayList<>();
        lines.add(result.summary().toString());
        lines.add("wrote " + json);
        lines.forEach(terminal::info);
        return result.rejections().isEmpty() ? ExitCodes.OK : ExitCodes.DATA_REJECTED;
    }

    static byte[] demoBytes() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the jar: " + DEMO_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
