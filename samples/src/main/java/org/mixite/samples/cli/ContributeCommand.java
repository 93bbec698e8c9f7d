package org.mixite.samples.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mixite.core.barometer.Contribution;
import org.mixite.core.indicators.composition.CompositionPeriod;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.json.ContributionJson;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "contribute",
        description = {"Write one member's contribution to a federation barometer: counts by sex only, never a person.",
                "No id, no birth date, no pay, no postal code leaves the company; read the file before sending it."},
        footer = {"", "Examples:",
                "  mixite contribute --input employees.csv --period 2025-01-01..2025-12-31 --member 123456789 --out acme-2025.json",
                "  mixite contribute --input dsn-2025/ --out contribution.json",
                "", "The file is documented field by field in docs/barometer.md; its digest lets the federation detect damage.",
                "", ExitCodes.HELP})
final class ContributeCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period: stocks on its last day, flows over it. Default: the calendar year of the latest hire or exit date.")
    String period;

    @Option(names = "--member", paramLabel = "ID",
            description = "The member's id for the federation: its SIREN or a label. Default: the records' company, when they have one.")
    String member;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The contribution file to write (JSON).")
    Path out;

    @Option(names = "--job-mapping", paramLabel = "FILE",
            description = "Company job mapping: 'key,family[,subfamily]' per line; key = job code or job_family label.")
    Path jobMapping;

    @Override
    protected int run(Terminal terminal) throws IOException {
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        ReferencePeriod reference = period != null ? Periods.resolve(period, loaded.records())
                : CompositionPeriod.latestCalendarYear(loaded.records()).orElseThrow(() -> new ConfigurationException(
                        "no hire or exit date in the data to set the period from: give --period START..END"));
        String id = Optional.ofNullable(member).orElseGet(() -> company(loaded));
        Contribution contribution = BarometerFiles.contribution(id, reference, classifier(), loaded.records());
        BarometerFiles.write(contribution, out);
        terminal.info("contribution of " + id + " for " + reference + ": " + contribution.total().total()
                + " people on " + reference.end() + ", counts only → " + out + " (" + ContributionJson.write(contribution).get("digest").asText() + ")");
        return loaded.exitCode();
    }

    private static String company(LoadedRecords loaded) {
        Set<String> companies = loaded.records().stream().map(EmployeeRecord::company).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        if (companies.size() != 1 || loaded.records().stream().anyMatch(r -> r.company().isEmpty())) {
            throw new ConfigurationException("give --member ID (the member's SIREN or a label): the records name "
                    + (companies.isEmpty() ? "no company" : companies.size() + " companies"));
        }
        return companies.iterator().next();
    }

    private JobClassifier classifier() throws IOException {
        JobClassifier classifier = JobClassifier.defaults();
        if (jobMapping == null) {
            return classifier;
        }
        try (Reader reader = Files.newBufferedReader(jobMapping)) {
            return classifier.withCompanyMapping(jobMapping.toString(), reader);
        }
    }
}
