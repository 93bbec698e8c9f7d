package org.mixite.adapter.dsn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * What the DSN says about one person, gathered block by block (30, 40, 50–54, 60, 62) and then
 * mapped onto the canonical record. Holds no name and never the NIR: only its salted hash.
 */
final class DsnIndividual {

    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMuuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT); // 31022020 is an error, not 29 February

    final String source;
    final long line;
    final Pseudonyms pseudonyms;
    final String siren;
    final String siret;
    final LocalDate monthStart;
    final LocalDate monthEnd;
    Optional<String> pseudonym = Optional.empty();
    Optional<String> matricule = Optional.empty();
    Optional<String> sexCode = Optional.empty();
    Optional<String> nirSexDigit = Optional.empty();
    Optional<String> birth = Optional.empty();
    final Map<String, Contract> contracts = new LinkedHashMap<>();
    Contract current;
    // DSN amounts have two decimals; so do their sums.
    BigDecimal basePay = new BigDecimal("0.00");
    BigDecimal bonus = new BigDecimal("0.00");
    BigDecimal excluded = new BigDecimal("0.00");
    BigDecimal benefits = new BigDecimal("0.00");
    /** Hours paid as base pay (51.012 of type 010), for the hourly base rate of dsn.md §4. */
    BigDecimal baseHours = new BigDecimal("0.00");
    /** Whether a work stoppage (60) was declared this month: its months do not count for "raised". */
    boolean stoppage;
    boolean maternityLeave;
    boolean maternityReturn;
    /** The motif (60.001) of the stoppage block being read. */
    String currentStoppage;
    /** Whether any S21.G00.51 (rémunération) block was declared: without one, the month's base pay is not declared. */
    boolean remunerationDeclared;
    /** The sum of 78.004 over the 78 blocks of code 03 (base brute Sécurité sociale), or null when there is none. */
    BigDecimal socialSecurityBase;
    /** Lines read for this individual, bounded by {@link DsnLimits#MAX_INDIVIDUAL_LINES}. */
    long lines;
    /** Past {@link DsnLimits#MAX_INDIVIDUAL_LINES}: its further lines are skipped and it is rejected. */
    boolean oversized;
    /** Problems past {@link DsnLimits#MAX_PROBLEMS}, counted only. */
    long moreProblems;
    final List<Violation> problems = new ArrayList<>();
    /** The declaring establishment's postal code (S21.G00.11.004). */
    Optional<String> postalCode = Optional.empty();

    /** Where the month's pay comes from (dsn.md, "Pay that is not declared"). */
    enum PaySource {
        /** S21.G00.51 blocks: type 010 is the base pay. */
        REMUNERATION,
        /** No 51, but a 78 of code 03: the base brute Sécurité sociale is the month's gross pay. */
        SOCIAL_SECURITY_BASE,
        /** Neither: the pay is unknown, not 0. */
        UNKNOWN
    }

    PaySource paySource() {
        return remunerationDeclared ? PaySource.REMUNERATION
                : socialSecurityBase != null ? PaySource.SOCIAL_SECURITY_BASE : PaySource.UNKNOWN;
    }

    DsnIndividual(String source, long line, Pseudonyms pseudonyms, String siren, String siret, LocalDate monthStart) {
        this.source = source;
        this.line = line;
        this.pseudonyms = pseudonyms;
        this.siren = siren;
        this.siret = siret;
        this.monthStart = monthStart;
        this.monthEnd = monthStart.withDayOfMonth(monthStart.lengthOfMonth());
    }

    /** One contract (40) with its end (62). */
    static final class Contract {
        final String number;
        Optional<LocalDate> start = Optional.empty();
        Optional<String> nature = Optional.empty();
        Optional<String> dispositif = Optional.empty();
        Optional<String> pcs = Optional.empty();
        /** 40.002 statut conventionnel. */
        Optional<String> statut = Optional.empty();
        /** 40.069 niveau de rémunération, 40.070 échelon, 40.071 coefficient hiérarchique, when numeric. */
        @SuppressWarnings("unchecked")
        final Optional<BigDecimal>[] levels = new Optional[] {Optional.empty(), Optional.empty(), Optional.empty()};
        Optional<BigDecimal> referenceTime = Optional.empty();
        Optional<BigDecimal> workingTime = Optional.empty();
        Optional<String> modality = Optional.empty();
        Optional<String> workplace = Optional.empty();
        Optional<LocalDate> end = Optional.empty();
        Optional<String> endMotif = Optional.empty();

        Contract(String number) {
            this.number = number;
        }

        /** 40.014 = 10 is full time; otherwise 40.013 / 40.012, capped at 1 (dsn.md, FTE). */
        Optional<BigDecimal> fte() {
            if (modality.filter("10"::equals).isPresent()) {
                return Optional.of(BigDecimal.ONE);
            }
            if (referenceTime.isEmpty() || workingTime.isEmpty() || referenceTime.get().signum() == 0) {
                return Optional.empty();
            }
            BigDecimal ratio = workingTime.get().divide(referenceTime.get(), 2, RoundingMode.HALF_UP).min(BigDecimal.ONE);
            return ratio.signum() > 0 ? Optional.of(ratio.stripTrailingZeros().scale() < 0 ? ratio.setScale(0) : ratio.stripTrailingZeros())
                    : Optional.empty();
        }
    }

    Contract contract(String number) {
        current = contracts.computeIfAbsent(number, Contract::new);
        return current;
    }

    /** A line of this individual that is not a rubric at all. */
    void problem(long line, String message) {
        add(new Violation(SourcePosition.of(source, line), "", message));
    }

    void problem(DsnLine at, String message) {
        add(new Violation(SourcePosition.of(source, at.number()), at.id(), at.id() + " " + message));
    }

    /** Keeps the first problems only, so that a broken individual of any size holds bounded memory. */
    private void add(Violation violation) {
        if (problems.size() < DsnLimits.MAX_PROBLEMS) {
            problems.add(violation);
        } else {
            moreProblems++;
        }
    }

    static Optional<LocalDate> date(String text) {
        if (DsnRecordReader.digits(text, 8)) {
            // The usual case without the formatter's cost: what ddMMuuuu parses strictly from eight digits.
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(text, 4, 8, 10), Integer.parseInt(text, 2, 4, 10),
                        Integer.parseInt(text, 0, 2, 10)));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.parse(text, DDMMYYYY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** This month's facts for combining the months (dsn.md §4), from the last contract. */
    MonthFacts facts() {
        Contract last = null;
        for (Contract c : contracts.values()) {
            last = c;
        }
        Optional<BigDecimal> rate = MonthFacts.rate(basePay, baseHours);
        if (last == null) {
            return new MonthFacts(pseudonym, rate, stoppage, Optional.empty(), Optional.empty(), Optional.empty(),
                    java.util.List.of(Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return new MonthFacts(pseudonym, rate, stoppage, last.fte(), last.pcs.map(x -> x.toLowerCase(java.util.Locale.ROOT)),
                last.statut, java.util.List.of(last.levels));
    }

    /** The canonical record, or the person's problems as a malformed entry. */
    ReadResult toResult() {
        SourcePosition at = SourcePosition.of(source, line);
        Optional<String> id = matricule.or(() -> pseudonym.map(p -> "NIR-" + p));
        if (moreProblems > 0) {
            problems.add(new Violation(at, "", moreProblems + " more problem(s) in this individual, not listed"));
        }
        if (id.isEmpty()) {
            problems.add(new Violation(at, "S21.G00.30.019", "the individual has neither a matricule (30.019) nor a usable NIR (30.001)"));
        }
        Sex sex = sexCode.map(c -> c.equals("02") ? Sex.FEMALE : Sex.MALE)
                .or(() -> nirSexDigit.map(d -> d.equals("2") ? Sex.FEMALE : Sex.MALE)).orElse(Sex.UNKNOWN);
        if (!problems.isEmpty()) {
            return new ReadResult.Malformed(at, id, problems);
        }
        EmployeeRecord.Builder b = EmployeeRecord.builder(id.get(), sex).company(siren).establishment(siret);
        birth.ifPresent(text -> {
            Optional<LocalDate> date = date(text);
            if (date.isPresent()) {
                b.birthDate(date.get());
            } else {
                b.birthYear(Integer.parseInt(text.substring(4))); // 99 for an unknown day or month: the year only
            }
        });
        Contract last = null;
        boolean elsewhere = false;
        LocalDate hire = null;
        for (Contract c : contracts.values()) {
            last = c;
            if (c.start.isPresent() && (hire == null || c.start.get().isBefore(hire))) {
                hire = c.start.get();
            }
        }
        if (hire != null) {
            b.hireDate(hire);
        }
        if (last != null) {
            Contract l = last;
            l.pcs.ifPresent(code -> b.jobCode(code.toLowerCase(java.util.Locale.ROOT)));
            ContractType type = l.dispositif.filter(DsnCodes::workStudy).map(d -> ContractType.APPRENTICE)
                    .orElseGet(() -> l.nature.flatMap(DsnCodes::contract).orElse(ContractType.PERMANENT));
            b.contract(type);
            l.fte().ifPresent(b::fte);
            l.end.ifPresent(b::exitDate);
            l.endMotif.map(DsnCodes::exitReason).ifPresent(b::exitReason);
            Optional<String> workplace = l.workplace.filter(w -> DsnRecordReader.digits(w, 14));
            workplace.ifPresent(b::establishment);
            elsewhere = workplace.filter(w -> !w.equals(siret)).isPresent();
        }
        if (!elsewhere) {
            // The declaring establishment's postal code (11.004), unless the contract names another workplace
            // (40.019), whose postal code this declaration does not give.
            postalCode.ifPresent(b::workPostalCode);
        }
        switch (paySource()) {
            case REMUNERATION -> b.annualBasePay(basePay).annualVariablePay(bonus.add(benefits)).annualExcludedPay(excluded);
            // The base brute Sécurité sociale holds the month's whole gross pay, bonuses and benefits in kind
            // included: they stay variable pay, so the base pay is the rest and the two add up to the base.
            case SOCIAL_SECURITY_BASE -> b.annualBasePay(socialSecurityBase.subtract(bonus).subtract(benefits))
                    .annualVariablePay(bonus.add(benefits)).annualExcludedPay(excluded);
            case UNKNOWN -> { } // no pay declared: unknown, so left out of pay figures (never 0)
        }
        if (maternityReturn) {
            b.maternityReturn(true);
        }
        return new ReadResult.Parsed(at, b.build());
    }
}
