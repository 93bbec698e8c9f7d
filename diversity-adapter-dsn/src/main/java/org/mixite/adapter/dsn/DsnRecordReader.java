package org.mixite.adapter.dsn;

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

    private final String source;
    private final DsnLines lines;
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
    /** The declaring establishment's postal code (S21.G00.11.004), when it is five digits. */
    private String postalCode;
    private DsnIndividual individual;
    private String block = "";
    private int lastRubric;
    private String pendingType;
    /** Whether an establishment (11) has been opened in the current declaration. */
    private boolean establishmentOpen;
    private Optional<Long> declaredTotal = Optional.empty();
    /** Declarations (S20.G00.05) begun so far: the rank of the current one in the file. */
    private int declarations;
    /** The declaration rank of the last entry handed out. */
    private int lastOrdinal;
    /** Set by the year reader, which applies replacements itself (dsn.md §3). */
    boolean replacementsApplied;
    // Block order (dsn.md §2, "Blocks out of order").
    /** The line of an S21.G00.06 waiting for its declaration (read before any, or after an establishment), 0 if none. */
    private long waitingCompany;
    /** The first S20.G00.05 that came after its S21.G00.06 (read as if before it), and how many did. */
    private long lateDeclarationLine;
    private long lateDeclarationCompany;
    private int lateDeclarations;
    /** The line of the out-of-order block that left the current establishment unread, 0 if none. */
    private long brokenEstablishment;
    /** The line of the out-of-order block whose individual's blocks are being skipped, 0 if none. */
    private long brokenIndividual;
    /** Individuals and blocks left unread because of each out-of-order block (its line), in line order. */
    private final java.util.Map<Long, long[]> unread = new java.util.LinkedHashMap<>();
    // Pay (dsn.md, "Pay that is not declared").
    private long unknownPay;
    private long socialSecurityBasePay;
    private long oversized;

    DsnRecordReader(String source, DsnLines lines, Pseudonyms pseudonyms) {
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
            if (!lines.next()) {
                finish();
                break;
            }
            lineNumber++;
            read();
        }
        Pending next = ready.poll();
        if (next == null) {
            return Optional.empty();
        }
        lastOrdinal = next.declaration();
        return Optional.of(next.entry());
    }

    /** Reads the line {@link #lines} is on (a rubric is parsed from its bytes when it can be: DsnLines.parse). */
    private void read() {
        Optional<DsnLine> parsed;
        try {
            parsed = lines.parse(lineNumber);
        } catch (IllegalArgumentException e) {
            if (individual != null && overLimit(null)) {
                return;
            }
            if (individual != null && lines.text().stripLeading().matches("S21\\.G00\\.[3-9][0-9].*")) {
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
        if (individual != null && !(newInstance && endsIndividual(line)) && overLimit(line)) {
            return; // bounded memory: nothing more is kept for it
        }
        if (!line.knownBlock()) {
            if (unknownBlocks.size() < DsnLimits.MAX_UNKNOWN_BLOCKS && unknownBlocks.add(line.block())) {
                malformed(SourcePosition.of(source, lineNumber), line.id(), "unknown block " + line.block() + " (not in norms P25/P26); its lines are skipped");
            }
            return;
        }
        if (newInstance) {
            open(line);
        }
        line.value().ifPresent(value -> rubric(line, value));
    }

    /**
     * Counts a line of the current individual; past {@link DsnLimits#MAX_INDIVIDUAL_LINES} the
     * individual is rejected with one message and its further lines are skipped (issue 19).
     * {@code line} is null for a line that is not a rubric.
     */
    private boolean overLimit(DsnLine line) {
        if (++individual.lines <= DsnLimits.MAX_INDIVIDUAL_LINES) {
            return false;
        }
        if (!individual.oversized) {
            individual.oversized = true;
            oversized++;
            individual.problems.add(new Violation(SourcePosition.of(source, lineNumber), line == null ? "" : line.id(), "the individual has more than "
                    + String.format(java.util.Locale.ROOT, "%,d", DsnLimits.MAX_INDIVIDUAL_LINES) + " lines (the limit per "
                    + "individual, dsn.md \"Limits\"): it is not read, and its further lines are skipped"));
        }
        return true;
    }

    /** Blocks whose new instance ends the current individual: the next individual, establishment, company, declaration, envoi. */
    private static boolean endsIndividual(DsnLine line) {
        return switch (line.block()) {
            case "S10.G00.00", "S20.G00.05", "S21.G00.06", "S21.G00.11", "S21.G00.30", "S90.G00.90" -> true;
            default -> false;
        };
    }

    /**
     * A new block instance: resets and parent checks. A block whose parent is not open is reported
     * once, at its line, with the norm's order (dsn.md §2, "Blocks out of order"); what depends on
     * it is skipped and counted, not rejected block by block.
     */
    private void open(DsnLine line) {
        switch (line.block()) {
            case "S20.G00.05" -> {
                flush();
                declarations++;
                siret = null;
                brokenEstablishment = 0;
                brokenIndividual = 0;
                if (waitingCompany > 0) {
                    // After its company but before any establishment: no rubric changes owner, so the company
                    // is this declaration's, as if the S20 had come first. One warning for the file.
                    if (lateDeclarations++ == 0) {
                        lateDeclarationLine = line.number();
                        lateDeclarationCompany = waitingCompany;
                    }
                    waitingCompany = 0;
                } else {
                    siren = null;
                }
                establishmentOpen = false;
            }
            case "S21.G00.06" -> {
                flush();
                siret = null; // an establishment out of order before it stays the root cause of what follows
                postalCode = null;
                brokenIndividual = 0;
                // Before any declaration, or after this declaration's establishment: it may be the next one's.
                waitingCompany = declarations == 0 || establishmentOpen ? line.number() : 0;
                establishmentOpen = false;
            }
            case "S21.G00.11" -> {
                flush();
                postalCode = null;
                brokenIndividual = 0;
                waitingCompany = 0;
                establishmentOpen = true;
                if (siren == null) {
                    outOfOrder(line, "company (S21.G00.06)", "the establishment and its individuals are not read");
                    brokenEstablishment = line.number();
                } else {
                    brokenEstablishment = 0;
                }
            }
            case "S21.G00.30" -> {
                flush();
                brokenIndividual = 0;
                if (!monthly) {
                    break;
                }
                if (siret == null) {
                    if (brokenEstablishment == 0) {
                        outOfOrder(line, "establishment (S21.G00.11)", "its individuals are not read");
                        brokenEstablishment = line.number();
                    } else {
                        unread(brokenEstablishment)[0]++;
                    }
                    brokenIndividual = brokenEstablishment;
                } else {
                    individual = new DsnIndividual(source, line.number(), pseudonyms, siren, siret, month);
                    individual.postalCode = Optional.ofNullable(postalCode);
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
            case "S21.G00.51" -> {
                if (requireIndividual(line)) {
                    individual.remunerationDeclared = true;
                }
            }
            case "S21.G00.50", "S21.G00.52", "S21.G00.54", "S21.G00.78", "S21.G00.31", "S21.G00.86" -> requireIndividual(line);
            default -> { }
        }
        pendingType = null;
    }

    /** Whether an individual's block has its individual; if not, reported once for the whole run of such blocks. */
    private boolean requireIndividual(DsnLine line) {
        if (individual == null) {
            if (monthly && brokenIndividual == 0) {
                outOfOrder(line, "individual (S21.G00.30)", "it and the blocks after it up to the next individual are not read");
                brokenIndividual = line.number();
            } else if (monthly) {
                unread(brokenIndividual)[1]++;
            }
            return false;
        }
        return true;
    }

    /** The one report of a block out of the norm's order: its line, what it lacks, the order expected. */
    private void outOfOrder(DsnLine line, String parent, String consequence) {
        malformed(SourcePosition.of(source, line.number()), line.id(), "block " + line.block() + " has no parent " + parent
                + " before it; the norm's order is " + DsnCodes.order(line.block()) + " (CT2019 block tree, dsn.md §2): "
                + consequence);
    }

    private long[] unread(long cause) {
        return unread.computeIfAbsent(cause, k -> new long[2]); // individuals, blocks
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
                } else if (line.rubric() == 4 && digits(value, 5)) {
                    postalCode = value; // the establishment's code postal: the region of the people it declares
                }
            }
            case "S90.G00.90" -> {
                if (line.rubric() == 1) {
                    try {
                        declaredTotal = Optional.of(Long.parseLong(value));
                    } catch (NumberFormatException e) {
                        warnOnce("S90.G00.90.001 is not a number (line " + line.number() + ")");
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
                || (line.block().equals("S21.G00.54") && line.rubric() == 1)
                || (line.block().equals("S21.G00.78") && line.rubric() == 1);
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

    /** An amount {@code -?[0-9]+\\.[0-9]{2}}, checked by hand (a regex here cost a tenth of a year's read). */
    static Optional<BigDecimal> amount(String value) {
        int n = value.length();
        int start = n > 0 && value.charAt(0) == '-' ? 1 : 0;
        if (n - start < 4 || value.charAt(n - 3) != '.' || !digits(value, start, n - 3) || !digits(value, n - 2, n)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value));
    }

    /** Whether {@code value} is {@code length} ASCII digits. */
    static boolean digits(String value, int length) {
        return value.length() == length && digits(value, 0, length);
    }

    /** Whether the characters from {@code from} to {@code to} (exclusive) are ASCII digits. */
    static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code value} is a NIR of the layout {@code SAAMMDDCCCNNN} (dsn.md §3: the expression
     * {@code [12][0-9]{2}(0[1-9]|1[0-2]|20|3[0-9]|4[0-2]|[5-9][0-9])([0-9]{2}|2[AB])[0-9]{6}}, checked by hand:
     * it is asked for every individual; {@code DsnParsingProperties} pins the two), and not the placeholder
     * {@code 1}/{@code 2} followed by twelve 9s.
     */
    static boolean validNir(String value) {
        if (value.length() != 13 || (value.charAt(0) != '1' && value.charAt(0) != '2') || !digits(value, 1, 5)
                || !digits(value, 7, 13)) {
            return false;
        }
        int month = (value.charAt(3) - '0') * 10 + value.charAt(4) - '0';
        boolean monthOk = (month >= 1 && month <= 12) || month == 20 || (month >= 30 && month <= 42) || month >= 50;
        char d1 = value.charAt(5);
        char d2 = value.charAt(6);
        boolean department = (d1 >= '0' && d1 <= '9' && d2 >= '0' && d2 <= '9') || (d1 == '2' && (d2 == 'A' || d2 == 'B'));
        return monthOk && department && !value.startsWith("999999999999", 1);
    }

    /**
     * Watches each individual with its entry: the year reader takes the month's facts the
     * canonical record has no column for (dsn.md §4), tests the maternity leave.
     */
    java.util.function.BiConsumer<DsnIndividual, ReadResult> observer = (p, result) -> { };

    private void flush() {
        if (individual != null) {
            ReadResult result = individual.toResult();
            if (result instanceof ReadResult.Parsed) {
                switch (individual.paySource()) {
                    case UNKNOWN -> unknownPay++;
                    case SOCIAL_SECURITY_BASE -> socialSecurityBasePay++;
                    default -> { }
                }
            }
            observer.accept(individual, result);
            emit(result);
            individual = null;
        }
    }

    private void finish() {
        flush();
        finished = true;
        if (lateDeclarations > 0) {
            warnings.add(source + ": block S20.G00.05 at line " + lateDeclarationLine + " comes after its company block S21.G00.06 (line "
                    + lateDeclarationCompany + ")" + (lateDeclarations > 1 ? " (and in " + (lateDeclarations - 1) + " more declaration(s))" : "")
                    + "; the norm's order is " + DsnCodes.order("S21.G00.11") + " (CT2019 block tree, dsn.md §2). No rubric changes "
                    + "owner (it comes before any establishment), so the file is read as if the declaration came first");
        }
        unread.forEach((cause, counts) -> {
            if (counts[0] + counts[1] > 0) {
                warnings.add(source + ": because of the block out of order at line " + cause + ", " + counts[0] + " other individual(s) and "
                        + counts[1] + " other block(s) were not read");
            }
        });
        if (unknownPay > 0) {
            warnings.add(source + ": " + unknownPay + " individual(s) without any remuneration block (S21.G00.51) nor base brute Sécurité "
                    + "sociale (S21.G00.78 code 03): their pay is unknown (left empty, not 0); they count in headcounts and are left out "
                    + "of pay figures (dsn.md, \"Pay that is not declared\")");
        }
        if (socialSecurityBasePay > 0) {
            warnings.add(source + ": " + socialSecurityBasePay + " individual(s) without any remuneration block (S21.G00.51): their "
                    + "month's gross pay is the base brute Sécurité sociale (S21.G00.78.004 of code 03, CT2019), bonuses and benefits in "
                    + "kind (52, 54) as variable pay and the rest as base pay (dsn.md, \"Pay that is not declared\")");
        }
        if (oversized > 0) {
            warnings.add(source + ": " + oversized + " individual(s) over the limit of " + DsnLimits.MAX_INDIVIDUAL_LINES
                    + " lines were rejected unread");
        }
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
