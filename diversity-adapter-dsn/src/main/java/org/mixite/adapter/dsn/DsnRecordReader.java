package org.mixite.adapter.dsn;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * The block state machine of dsn.md §2 over one file: envoi → declaration → company →
 * establishment → individual → contract → pay, bonus, stoppage, end. It keeps a pointer per
 * level, not a stack, since a contract's children may come after the pay blocks. One
 * individual is held at a time and handed out when the next one (or the next establishment,
 * declaration or the end of file) starts, so a file of any size streams.
 */
final class DsnRecordReader implements RecordReader {

    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+\\.[0-9]{2}");
    private static final Pattern NIR = Pattern.compile("[12][0-9]{2}(0[1-9]|1[0-2]|20|3[0-9]|4[0-2]|[5-9][0-9])([0-9]{2}|2[AB])[0-9]{6}");

    private final String source;
    private final BufferedReader lines;
    private final Pseudonyms pseudonyms;
    /** Entries read but not yet handed out, each with the rank of its declaration. */
    private final Deque<Pending> ready = new ArrayDeque<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> unknownBlocks = new TreeSet<>();
    private long lineNumber;
    private long rubrics;
    private boolean finished;
    // Pointers (dsn.md §2, reset rules).
    private boolean monthly = true;
    private LocalDate month = LocalDate.of(1970, 1, 1);
    private String siren;
    private String siret;
    private DsnIndividual individual;
    private String block = "";
    private int lastRubric;
    private String pendingType;
    private Optional<Long> declaredTotal = Optional.empty();
    /** Declarations (S20.G00.05) begun so far: the rank of the current one in the file. */
    private int declarations;
    /** The declaration rank of the last entry handed out. */
    private int lastOrdinal;
    /** Set by the year reader, which applies replacements itself (dsn.md §3). */
    boolean replacementsApplied;

    DsnRecordReader(String source, BufferedReader lines, Pseudonyms pseudonyms) {
        this.source = source;
        this.lines = lines;
        this.pseudonyms = pseudonyms;
    }

    /** The rank in the file, from 1, of the declaration being read. */
    int declarationOrdinal() {
        return declarations;
    }

    /** The rank of the declaration of the entry {@link #next()} returned last (0 before any declaration). */
    int entryDeclarationOrdinal() {
        return lastOrdinal;
    }

    private record Pending(ReadResult entry, int declaration) {
    }

    private void emit(ReadResult entry) {
        ready.add(new Pending(entry, declarations));
    }

    /** The month declared in S20.G00.05.005 (known once the header has been read). */
    java.time.YearMonth declaredMonth() {
        return java.time.YearMonth.from(month);
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        while (ready.isEmpty() && !finished) {
            String raw = lines.readLine();
            if (raw == null) {
                finish();
                break;
            }
            lineNumber++;
            read(raw);
        }
        Pending next = ready.poll();
        if (next == null) {
            return Optional.empty();
        }
        lastOrdinal = next.declaration();
        return Optional.of(next.entry());
    }

    private void read(String raw) {
        Optional<DsnLine> parsed;
        try {
            parsed = DsnLine.parse(raw, lineNumber);
        } catch (IllegalArgumentException e) {
            if (individual != null && raw.stripLeading().matches("S21\\.G00\\.[3-9][0-9].*")) {
                // A broken line of an individual's blocks (30 and after): the person's record would be
                // incomplete (a pay line, a contract field), so the person is rejected with the line.
                individual.problem(lineNumber, e.getMessage() + "; the individual it belongs to is not read");
            } else {
                malformed(SourcePosition.of(source, lineNumber), "", e.getMessage());
            }
            return;
        }
        if (parsed.isEmpty()) {
            return;
        }
        DsnLine line = parsed.get();
        rubrics++;
        if (!line.quoted()) {
            warnOnce("unquoted values (e.g. line " + lineNumber + "): accepted");
        }
        boolean newInstance = !line.block().equals(block) || line.rubric() <= lastRubric;
        block = line.block();
        lastRubric = line.rubric();
        if (!DsnCodes.KNOWN_BLOCKS.contains(line.block())) {
            if (unknownBlocks.add(line.block())) {
                malformed(SourcePosition.of(source, lineNumber), line.id(), "unknown block " + line.block() + " (not in norms P25/P26); its lines are skipped");
            }
            return;
        }
        if (newInstance) {
            open(line);
        }
        line.value().ifPresent(value -> rubric(line, value));
    }

    /** A new block instance: resets and parent checks. */
    private void open(DsnLine line) {
        switch (line.block()) {
            case "S20.G00.05" -> {
                flush();
                declarations++;
                siren = null;
                siret = null;
            }
            case "S21.G00.06" -> {
                flush();
                siret = null;
            }
            case "S21.G00.11" -> {
                flush();
                if (siren == null) {
                    orphan(line, "company (S21.G00.06)");
                }
            }
            case "S21.G00.30" -> {
                flush();
                if (siret == null) {
                    orphan(line, "establishment (S21.G00.11)");
                } else if (monthly) {
                    individual = new DsnIndividual(source, line.number(), pseudonyms, siren, siret, month);
                }
            }
            case "S21.G00.40" -> {
                if (requireIndividual(line)) {
                    individual.current = null; // set by 40.009, or by the first rubric
                }
            }
            case "S21.G00.60", "S21.G00.62", "S21.G00.63", "S21.G00.65", "S21.G00.41" -> {
                if (requireIndividual(line) && individual.current == null) {
                    individual.problem(line, "belongs to a contract, but the individual has none (S21.G00.40) before it");
                }
            }
            case "S21.G00.50", "S21.G00.51", "S21.G00.52", "S21.G00.54", "S21.G00.31", "S21.G00.86" -> requireIndividual(line);
            default -> { }
        }
        pendingType = null;
    }

    private boolean requireIndividual(DsnLine line) {
        if (individual == null) {
            if (monthly) {
                orphan(line, "individual (S21.G00.30)");
            }
            return false;
        }
        return true;
    }

    private void orphan(DsnLine line, String parent) {
        malformed(SourcePosition.of(source, line.number()), line.id(), "block " + line.block() + " has no parent " + parent);
    }

    private void rubric(DsnLine line, String value) {
        switch (line.block()) {
            case "S20.G00.05" -> declaration(line, value);
            case "S21.G00.06" -> {
                if (line.rubric() == 1) {
                    siren = value;
                }
            }
            case "S21.G00.11" -> {
                if (line.rubric() == 1 && siren != null) {
                    siret = siren + value;
                }
            }
            case "S90.G00.90" -> {
                if (line.rubric() == 1) {
                    try {
                        declaredTotal = Optional.of(Long.parseLong(value));
                    } catch (NumberFormatException e) {
                        warnings.add(source + ":" + line.number() + ": S90.G00.90.001 is not a number");
                    }
                }
            }
            case "S10.G00.00" -> {
                if (line.rubric() == 5 && value.equals("01")) {
                    warnOnce("a TEST file (S10.G00.00.005 = 01): do not publish figures from it");
                }
            }
            default -> {
                if (individual != null) {
                    IndividualRubrics.apply(individual, line, value, pendingType(line, value), month);
                }
            }
        }
    }

    /** The type rubric of a 51/52/54 instance, remembered for its amount. */
    private String pendingType(DsnLine line, String value) {
        boolean typeRubric = (line.block().equals("S21.G00.51") && line.rubric() == 11)
                || (line.block().equals("S21.G00.52") && line.rubric() == 1)
                || (line.block().equals("S21.G00.54") && line.rubric() == 1);
        if (typeRubric) {
            pendingType = value;
        }
        return pendingType;
    }

    private void declaration(DsnLine line, String value) {
        switch (line.rubric()) {
            case 1 -> {
                monthly = value.equals("01");
                if (!monthly) {
                    warnOnce("declarations of nature other than 01 (monthly) are skipped: their content repeats in the monthly file");
                }
            }
            case 2 -> {
                if (!value.equals("01") && !value.equals("02") && !replacementsApplied) {
                    warnOnce("declaration type " + value + " (replacement or cancellation) at line " + line.number()
                            + ": read as a normal declaration; combine the months to apply it");
                }
            }
            case 5 -> DsnIndividual.date(value).ifPresentOrElse(d -> month = d.withDayOfMonth(1),
                    () -> malformed(SourcePosition.of(source, line.number()), line.id(), line.id() + " is not a date DDMMYYYY"));
            default -> { }
        }
    }

    static Optional<BigDecimal> amount(String value) {
        return AMOUNT.matcher(value).matches() ? Optional.of(new BigDecimal(value)) : Optional.empty();
    }

    static boolean validNir(String value) {
        return NIR.matcher(value).matches() && !value.substring(1).equals("999999999999");
    }

    /**
     * Watches each individual with its entry: the year reader takes the month's facts the
     * canonical record has no column for (dsn.md §4), tests the maternity leave.
     */
    java.util.function.BiConsumer<DsnIndividual, ReadResult> observer = (p, result) -> { };

    private void flush() {
        if (individual != null) {
            ReadResult result = individual.toResult();
            observer.accept(individual, result);
            emit(result);
            individual = null;
        }
    }

    private void finish() {
        flush();
        finished = true;
        declaredTotal.filter(total -> total != rubrics).ifPresent(total -> warnings.add(source
                + ": S90.G00.90.001 declares " + total + " rubrics, the file has " + rubrics));
    }

    private void malformed(SourcePosition at, String rubric, String message) {
        emit(new ReadResult.Malformed(at, Optional.empty(), List.of(new Violation(at, rubric, message))));
    }

    private void warnOnce(String message) {
        String line = source + ": " + message;
        if (!warnings.contains(line)) {
            warnings.add(line);
        }
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
