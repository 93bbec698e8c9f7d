package org.mixite.adapter.dsn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The rubrics of an individual's blocks (30, 40, 51, 52, 54, 60, 62, 78) applied to it (dsn.md §3). */
final class IndividualRubrics {

    private IndividualRubrics() {
    }

    static void apply(DsnIndividual p, DsnLine line, String value, String type, LocalDate month) {
        switch (line.block()) {
            case "S21.G00.30" -> individual(p, line, value);
            case "S21.G00.40" -> contract(p, line, value);
            case "S21.G00.51" -> {
                if (line.rubric() == 13 && "010".equals(type)) {
                    amount(p, line, value).ifPresent(a -> p.basePay = p.basePay.add(a));
                } else if (line.rubric() == 12 && "010".equals(type)) {
                    amount(p, line, value).ifPresent(h -> p.baseHours = p.baseHours.add(h)); // dsn.md §4: the hourly base rate
                }
            }
            case "S21.G00.52" -> {
                if (line.rubric() == 2 && type != null) {
                    amount(p, line, value).ifPresent(a -> {
                        if (DsnCodes.bonus(type)) {
                            p.bonus = p.bonus.add(a);
                        } else if (DsnCodes.excludedIndemnity(type)) {
                            p.excluded = p.excluded.add(a);
                        }
                    });
                }
            }
            case "S21.G00.54" -> {
                if (line.rubric() == 2 && type != null) {
                    amount(p, line, value).ifPresent(a -> {
                        if (DsnCodes.BENEFITS_IN_KIND.contains(type)) {
                            p.benefits = p.benefits.add(a);
                        } else if (DsnCodes.PROFIT_SHARING.contains(type)) {
                            p.excluded = p.excluded.add(a);
                        }
                    });
                }
            }
            case "S21.G00.78" -> {
                // 78.001 = 03: base brute Sécurité sociale (CT2019 "Code de base assujettie"); 78.004 its amount.
                if (line.rubric() == 4 && "03".equals(type)) {
                    amount(p, line, value).ifPresent(a -> p.socialSecurityBase = p.socialSecurityBase == null ? a
                            : p.socialSecurityBase.add(a));
                }
            }
            case "S21.G00.60" -> stoppage(p, line, value, month);
            case "S21.G00.62" -> {
                if (p.current != null) {
                    if (line.rubric() == 1) {
                        date(p, line, value).ifPresent(d -> p.current.end = Optional.of(d));
                    } else if (line.rubric() == 2 && value.equals("099")) {
                        // 099 (annulation) cancels an end declared earlier: the contract goes on.
                        p.current.end = Optional.empty();
                        p.current.endMotif = Optional.empty();
                    } else if (line.rubric() == 2) {
                        p.current.endMotif = Optional.of(value);
                    }
                }
            }
            default -> { }
        }
    }

    private static void individual(DsnIndividual p, DsnLine line, String value) {
        switch (line.rubric()) {
            case 1 -> {
                // The NIR is hashed at once and never kept; no message ever shows it.
                if (DsnRecordReader.validNir(value)) {
                    p.nirSexDigit = Optional.of(value.substring(0, 1));
                    p.pseudonym = Optional.of(p.pseudonyms.of(value));
                } else if (!value.matches("[12]9{12}")) {
                    p.problem(line, "is not a valid NIR (13 characters, sex digit 1 or 2)");
                }
            }
            case 5 -> {
                if (DsnCodes.SEX.containsKey(value)) {
                    p.sexCode = Optional.of(value);
                } else {
                    p.problem(line, "is not a sex code (01 or 02), was '" + value + "'");
                }
            }
            case 6 -> {
                // 99 stands for an unknown day or month (only there, not in the year); otherwise a real date.
                boolean unknownPart = value.length() == 8 && (value.startsWith("99") || value.startsWith("99", 2));
                if (birthPattern(value)
                        && (unknownPart || DsnIndividual.date(value).isPresent())) {
                    p.birth = Optional.of(value);
                } else {
                    // A birth date is personal data: the value is not echoed.
                    p.problem(line, "is not a birth date DDMMYYYY (99 allowed for an unknown day or month)");
                }
            }
            case 19 -> p.matricule = Optional.of(value);
            default -> { }
        }
    }

    /**
     * Whether {@code value} has the shape of a birth date DDMMYYYY with 99 for an unknown day or month
     * (CT2019: {@code (0[1-9]|[12][0-9]|3[01]|99)(0[1-9]|1[0-2]|99)(18|19|20)[0-9]{2}}, checked by hand: it is
     * asked for every individual; {@code DsnParsingProperties} pins the two).
     */
    static boolean birthPattern(String value) {
        if (!DsnRecordReader.digits(value, 8)) {
            return false;
        }
        int day = (value.charAt(0) - '0') * 10 + value.charAt(1) - '0';
        int month = (value.charAt(2) - '0') * 10 + value.charAt(3) - '0';
        int century = (value.charAt(4) - '0') * 10 + value.charAt(5) - '0';
        return ((day >= 1 && day <= 31) || day == 99) && ((month >= 1 && month <= 12) || month == 99) && century >= 18 && century <= 20;
    }

    private static void contract(DsnIndividual p, DsnLine line, String value) {
        if (p.current == null) {
            p.contract(line.rubric() == 9 ? value : "#" + (p.contracts.size() + 1));
        }
        DsnIndividual.Contract c = p.current;
        switch (line.rubric()) {
            case 1 -> date(p, line, value).ifPresent(d -> c.start = Optional.of(d));
            case 4 -> c.pcs = Optional.of(value);
            case 7 -> c.nature = Optional.of(value);
            case 8 -> c.dispositif = Optional.of(value);
            case 2 -> c.statut = Optional.of(value);
            // Niveau, échelon, coefficient: often text (II, B) or whole numbers; compared only when numeric.
            case 69, 70, 71 -> c.levels[line.rubric() - 69] = number(value);
            case 9 -> {
                if (!c.number.equals(value)) {
                    // Renumber: the contract was opened before its number came.
                    p.contracts.remove(c.number);
                    DsnIndividual.Contract renamed = p.contract(value);
                    renamed.start = c.start;
                    renamed.pcs = c.pcs;
                    renamed.nature = c.nature;
                    renamed.dispositif = c.dispositif;
                    renamed.statut = c.statut;
                    System.arraycopy(c.levels, 0, renamed.levels, 0, c.levels.length);
                }
            }
            case 12 -> amount(p, line, value).ifPresent(v -> c.referenceTime = Optional.of(v));
            case 13 -> amount(p, line, value).ifPresent(v -> c.workingTime = Optional.of(v));
            case 14 -> c.modality = Optional.of(value);
            case 19 -> c.workplace = Optional.of(value);
            default -> { }
        }
    }

    private static void stoppage(DsnIndividual p, DsnLine line, String value, LocalDate month) {
        // 60.001 motif comes first; 60.010 is the actual return date.
        if (line.rubric() == 1) {
            p.currentStoppage = value;
            p.stoppage = true;
        } else if (line.rubric() == 2 && p.currentStoppage != null && DsnCodes.maternity(p.currentStoppage)) {
            date(p, line, value).ifPresent(lastWorked -> {
                LocalDate monthEnd = month.withDayOfMonth(month.lengthOfMonth());
                if (!lastWorked.plusDays(1).isAfter(monthEnd)) {
                    p.maternityLeave = true;
                }
            });
        } else if (line.rubric() == 10 && p.currentStoppage != null && DsnCodes.maternity(p.currentStoppage)) {
            date(p, line, value).ifPresent(back -> {
                if (!back.isBefore(month) && !back.isAfter(month.withDayOfMonth(month.lengthOfMonth()))) {
                    p.maternityReturn = true;
                }
            });
        }
    }

    private static Optional<LocalDate> date(DsnIndividual p, DsnLine line, String value) {
        Optional<LocalDate> date = DsnIndividual.date(value);
        if (date.isEmpty()) {
            p.problem(line, "is not a date DDMMYYYY, was '" + value + "'");
        }
        return date;
    }

    private static Optional<BigDecimal> number(String value) {
        try {
            return Optional.of(new BigDecimal(value.trim().replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> amount(DsnIndividual p, DsnLine line, String value) {
        Optional<BigDecimal> amount = DsnRecordReader.amount(value);
        if (amount.isEmpty()) {
            p.problem(line, "is not an amount with two decimals");
        }
        return amount;
    }
}
