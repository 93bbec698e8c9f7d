package org.mixite.samples.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mixite.core.information.InformationAnswer;
import org.mixite.core.information.InformationLetter;
import org.mixite.core.information.InformationRequest;
import org.mixite.core.information.RightToInformation;
import org.mixite.core.reference.ReferenceTable;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.ReferencePeriod;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "right-to-info",
        description = {"The written answer to a worker's request for pay information (EU Directive Art. 7): their pay",
                "level, the average pay of women and men in their category, the category's definition, the due date."},
        footer = {"", "A sex with fewer than K people with pay in the category gets no figure; the answer says so.",
                "Batch: --requests FILE with columns employee_id and (optional) request_date; one letter per",
                "request in --out DIR, named right-to-info-ID-DATE.txt.",
                "", "Examples:",
                "  mixite right-to-info --input employees.csv --employee E-0042 --request-date 2026-03-02 --lang fr",
                "  mixite right-to-info --input employees.csv --job-evaluation evaluation.csv --requests requests.csv --out letters",
                "", ExitCodes.HELP})
final class RightToInfoCommand extends BaseCommand {

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    JobEvaluationOption evaluation = new JobEvaluationOption();

    @ArgGroup(multiplicity = "1")
    Who who;

    static final class Who {
        @Option(names = "--employee", paramLabel = "ID", description = "The id of the worker who asked.")
        String employee;

        @Option(names = "--requests", paramLabel = "FILE", description = "A CSV of requests: employee_id[,request_date].")
        Path requests;
    }

    @Option(names = "--request-date", paramLabel = "DATE",
            description = "The day the request was made (the answer is due two months later). Default: today, said on stderr.")
    LocalDate requestDate;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE|DIR",
            description = "Where to write: a file for one answer (default: standard output), a directory for --requests.")
    Path out;

    @Option(names = "--period", paramLabel = "START..END",
            description = "Reference period. Default: the calendar year of the latest date in the data.")
    String period;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", converter = MinCellConverter.class,
            description = "Withhold the average of a sex with fewer than K people in the category. Default: ${DEFAULT-VALUE}.")
    int minCell;

    @Override
    protected int run(Terminal terminal) throws IOException {
        LoadedRecords loaded = LoadedRecords.load(input, terminal);
        loaded.report(terminal);
        ReferencePeriod reference = Periods.resolve(period, loaded.records());
        RightToInformation answers = RightToInformation.of(loaded.records(), reference, minCell, evaluation.read());
        boolean french = terminal.locale().getLanguage().equals("fr");
        if (who.employee != null) {
            String letter = InformationLetter.text(answers.answer(new InformationRequest(who.employee, date(terminal))), french);
            if (out == null) {
                terminal.out().print(letter);
                terminal.out().flush();
            } else {
                write(out, letter);
                terminal.info("wrote " + out);
            }
            return loaded.exitCode();
        }
        if (out == null) {
            throw new ConfigurationException("--requests needs --out DIR, where one letter per request is written");
        }
        Files.createDirectories(out);
        for (InformationRequest request : requests(who.requests, terminal)) {
            InformationAnswer answer = answers.answer(request);
            Path file = out.resolve("right-to-info-" + safe(request.employeeId()) + "-" + request.requestDate() + ".txt");
            write(file, InformationLetter.text(answer, french));
            terminal.info("wrote " + file + " (due " + answer.dueDate() + ")");
        }
        return loaded.exitCode();
    }

    private LocalDate date(Terminal terminal) {
        if (requestDate != null) {
            return requestDate;
        }
        terminal.warn("no --request-date: the request is dated today; give the date for a reproducible answer");
        return LocalDate.now();
    }

    private List<InformationRequest> requests(Path file, Terminal terminal) throws IOException {
        ReferenceTable table;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            table = ReferenceTable.read(file.toString(), reader);
        }
        if (!table.header().contains("employee_id")) {
            throw new ConfigurationException(file + ": header: the column 'employee_id' is missing");
        }
        List<InformationRequest> requests = new ArrayList<>();
        LocalDate fallback = null;
        for (Map<String, String> row : table.rows()) {
            String id = table.required(row, "employee_id");
            String when = row.getOrDefault("request_date", "");
            LocalDate date;
            if (when.isBlank()) {
                fallback = fallback != null ? fallback : date(terminal);
                date = fallback;
            } else {
                try {
                    date = LocalDate.parse(when.trim());
                } catch (DateTimeParseException e) {
                    throw new ConfigurationException(file + ":" + row.get("#line") + ": column 'request_date': '" + when
                            + "' is not a date YYYY-MM-DD");
                }
            }
            requests.add(new InformationRequest(id, date));
        }
        return requests;
    }

    /** An id as a file-name part: letters, digits, '-', '_' and '.', anything else as '_'. */
    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
