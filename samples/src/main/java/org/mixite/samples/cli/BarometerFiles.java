package org.mixite.samples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.mixite.core.barometer.Barometer;
import org.mixite.core.barometer.BarometerResult;
import org.mixite.core.barometer.Contribution;
import org.mixite.core.barometer.ContributionAccumulator;
import org.mixite.core.barometer.ContributionCheck;
import org.mixite.core.barometer.Placement;
import org.mixite.core.indicators.egapro.EgaproResult;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.json.BarometerJson;
import org.mixite.json.ContributionJson;
import org.mixite.json.MixiteJson;
import org.mixite.pdf.BarometerRenderer;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.InputException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * What {@code contribute}, {@code barometer} and the demo share: a member's contribution from its
 * records, and a barometer from a set of contribution files — read, checked (digest, schema and
 * Mixité major version, period, duplicated member, totals) and merged.
 */
final class BarometerFiles {

    private BarometerFiles() {
    }

    /** A member's contribution, with its public headline figures computed from the same records. */
    static Contribution contribution(String member, ReferencePeriod period, JobClassifier classifier, List<EmployeeRecord> records) {
        ContributionAccumulator accumulator = new ContributionAccumulator(member, period, classifier);
        IndicatorSuite suite = new IndicatorSuite(IndicatorSuite.ReportSettings.of(period).withJobs(classifier));
        for (EmployeeRecord r : records) {
            accumulator.add(r);
            suite.add(r);
        }
        IndicatorResults results = suite.results();
        Contribution.Headline headline = new Contribution.Headline(results.egapro().flatMap(EgaproResult::index),
                results.payGap().fr().a().hourly(), results.payGap().fr().c().hourly());
        return accumulator.contribution(headline, Contribution.runningMixiteVersion());
    }

    static void write(Contribution contribution, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            MixiteJson.write(ContributionJson.write(contribution), out);
        }
    }

    /** The contributions kept, period by period (in time order), and the files left out with why. */
    record Loaded(List<List<Contribution>> periods, List<BarometerJson.LeftOut> leftOut) {
    }

    private record Read(Path file, Contribution contribution) {
    }

    /**
     * Reads every {@code *.json} of each directory (or the file given), one directory per period.
     *
     * @throws InputException naming every refused file, unless {@code skipInvalid}
     */
    static Loaded load(List<Path> inputs, boolean skipInvalid) throws IOException {
        List<BarometerJson.LeftOut> refused = new ArrayList<>();
        List<List<Contribution>> periods = new ArrayList<>();
        Map<ReferencePeriod, Path> seenPeriods = new LinkedHashMap<>();
        String running = Contribution.runningMixiteVersion();
        String major = running.contains(".") ? running.substring(0, running.indexOf('.')) : running;
        for (Path input : inputs) {
            List<Path> files = files(input);
            List<Read> read = new ArrayList<>();
            for (Path file : files) {
                try {
                    read.add(new Read(file, ContributionJson.read(file.toString(), Files.readAllBytes(file))));
                } catch (InputException e) {
                    String prefix = file + ": ";
                    String message = e.getMessage();
                    refused.add(new BarometerJson.LeftOut(file.toString(), message.startsWith(prefix) ? message.substring(prefix.length()) : message));
                }
            }
            Optional<ReferencePeriod> period = mostCommonPeriod(read);
            if (period.isEmpty()) {
                continue;
            }
            if (seenPeriods.containsKey(period.get())) {
                throw new ConfigurationException(input + " and " + seenPeriods.get(period.get()) + " both hold the contributions of "
                        + period.get() + ": give one directory per period");
            }
            seenPeriods.put(period.get(), input);
            Map<String, Path> members = new LinkedHashMap<>();
            List<Contribution> kept = new ArrayList<>();
            for (Read r : read) {
                Contribution c = r.contribution();
                String why = null;
                if (!c.period().equals(period.get())) {
                    why = "period " + c.period() + ", but the other contributions of " + input + " are for " + period.get();
                } else if (!c.mixiteMajor().equals(major)) {
                    why = "written by Mixité " + c.mixiteVersion() + ", this is Mixité " + running
                            + " (another major version): have the member write it again";
                } else if (members.containsKey(c.member())) {
                    why = "member " + c.member() + " already contributed for " + period.get() + " in " + members.get(c.member());
                } else {
                    List<String> problems = ContributionCheck.problems(c);
                    if (!problems.isEmpty()) {
                        why = "totals do not add up: " + String.join("; ", problems.subList(0, Math.min(3, problems.size())));
                    }
                }
                if (why != null) {
                    refused.add(new BarometerJson.LeftOut(r.file().toString(), why));
                } else {
                    members.put(c.member(), r.file());
                    kept.add(c);
                }
            }
            if (!kept.isEmpty()) {
                periods.add(kept);
            }
        }
        if (!refused.isEmpty() && !skipInvalid) {
            StringBuilder message = new StringBuilder(refused.size() + " contribution" + (refused.size() > 1 ? "s" : "")
                    + " refused (give --skip-invalid to build the barometer from the others):");
            refused.forEach(r -> message.append(System.lineSeparator()).append("  ").append(r.file()).append(": ").append(r.reason()));
            throw new InputException(org.mixite.spi.validation.SourcePosition.of(inputs.get(0).toString()), message.toString());
        }
        if (periods.isEmpty()) {
            throw new ConfigurationException("no usable contribution in " + inputs);
        }
        return new Loaded(periods, List.copyOf(refused));
    }

    private static List<Path> files(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> list = Files.list(input)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /** The period most of a directory's contributions declare; ties go to the latest. */
    private static Optional<ReferencePeriod> mostCommonPeriod(List<Read> read) {
        Map<ReferencePeriod, Integer> counts = new LinkedHashMap<>();
        read.forEach(r -> counts.merge(r.contribution().period(), 1, Integer::sum));
        return counts.entrySet().stream().max(Comparator.comparing((Map.Entry<ReferencePeriod, Integer> e) -> e.getValue())
                .thenComparing(e -> e.getKey().end())).map(Map.Entry::getKey);
    }

    /** Writes barometer.json and barometer.pdf, and the member's placement when asked. */
    static List<Path> write(Path dir, Loaded loaded, int minCell, String federation, Locale locale, Optional<String> member)
            throws IOException {
        Files.createDirectories(dir);
        BarometerResult result = Barometer.compute(loaded.periods(), minCell);
        ObjectNode json = BarometerJson.write(result, loaded.leftOut());
        List<Path> written = new ArrayList<>();
        written.add(writeJson(dir.resolve("barometer.json"), json));
        written.add(writePdf(dir.resolve("barometer.pdf"), json, federation, locale, false));
        if (member.isPresent()) {
            List<Contribution> latest = loaded.periods().stream().max(Comparator.comparing(p -> p.get(0).period().end())).orElseThrow();
            if (latest.stream().noneMatch(c -> c.member().equals(member.get()))) {
                throw new ConfigurationException("--member " + member.get() + ": no contribution of that member for "
                        + latest.get(0).period());
            }
            ObjectNode placement = BarometerJson.write(Placement.of(member.get(), latest, minCell));
            String name = "placement-" + member.get().replaceAll("[^0-9A-Za-z_-]", "_");
            written.add(writeJson(dir.resolve(name + ".json"), placement));
            written.add(writePdf(dir.resolve(name + ".pdf"), placement, federation, locale, true));
        }
        return written;
    }

    private static Path writeJson(Path file, JsonNode json) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            MixiteJson.write(json, out);
        }
        return file;
    }

    private static Path writePdf(Path file, JsonNode json, String federation, Locale locale, boolean placement) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (placement) {
                BarometerRenderer.renderPlacement(json, federation, locale, out);
            } else {
                BarometerRenderer.render(json, federation, locale, out);
            }
        }
        return file;
    }
}
