package org.mixite.core.indicators.egapro.records;

import java.math.BigDecimal;
import java.util.List;
import org.mixite.core.indicators.egapro.AgeBand;
import org.mixite.core.indicators.egapro.Csp;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.ContractType;

/**
 * The column-wise pass of {@link EgaproAccumulator#add} in the CSP modality, by the same rules:
 * the CSP of each category and job code is found once per code; the pay of people present the
 * whole period at full time is summed in whole cents, exactly, and only the others' pay is
 * converted with {@code BigDecimal} ({@link EgaproAccumulator#convertedPay}, the record pass's
 * own division). A property checks both passes give the same derived input.
 */
final class EgaproRows {

    private static final int F = 0;
    private static final int BANDS = AgeBand.values().length;
    private static final Csp[] CSPS = Csp.values();

    /**
     * {@link AgeBand#ofAge} ordinals by age, looked up rather than branched on (ages are in no order,
     * so branches on them are mispredicted): every age below 0 is in the first band, every age
     * past {@code MAX_BAND_AGE} in the last.
     */
    private static final int MAX_BAND_AGE = 50;
    private static final int[] BAND_OF_AGE = new int[MAX_BAND_AGE + 1];

    static {
        for (int age = 0; age <= MAX_BAND_AGE; age++) {
            BAND_OF_AGE[age] = AgeBand.ofAge(age).ordinal();
        }
    }

    private final EgaproAccumulator target;
    private final TableColumns c;
    /**
     * Per cell [csp][band][sex], flattened: people; the exact sum in cents of the pay of people
     * present the whole period at full time; the exact sum in 10⁻⁸ € of the converted pays that
     * are exact at 8 decimals (e.g. 0.8 fte all year: × 1.25); the sum of the others, converted
     * with {@code BigDecimal} at 34 digits.
     */
    private final long[] people = new long[CSPS.length * BANDS * 2];
    private final long[] cents = new long[CSPS.length * BANDS * 2];
    private final long[] units = new long[CSPS.length * BANDS * 2];
    private final BigDecimal[] converted = new BigDecimal[CSPS.length * BANDS * 2];
    private static final long UNITS_PER_CENT = 1_000_000L;

    EgaproRows(EgaproAccumulator target, TableColumns columns) {
        this.target = target;
        this.c = columns;
    }

    void add(int firstRow, int endRow) {
        long start = target.period().start().toEpochDay();
        long end = target.period().end().toEpochDay();
        long periodDays = target.period().days();
        int endPacked = TableColumns.packed(target.period().end());
        int[] cspOfCategory = cspOf(c.categories(), true);
        int[] cspOfJob = cspOf(c.jobCodes(), false);
        ContractType[] contracts = ContractType.values();
        boolean[] outOfScope = new boolean[contracts.length];
        for (ContractType contract : contracts) {
            outOfScope[contract.ordinal()] = EgaproAccumulator.outOfScope(contract);
        }
        List<BigDecimal> ftes = c.ftes();
        boolean[] fullTime = new boolean[ftes.size()];
        long[] fteUnscaled = new long[ftes.size()];
        long[] ftePower = new long[ftes.size()];
        for (int i = 0; i < fullTime.length; i++) {
            BigDecimal fte = ftes.get(i);
            fullTime[i] = fte.compareTo(BigDecimal.ONE) == 0;
            fteUnscaled[i] = fte.scaleByPowerOfTen(fte.scale()).longValueExact(); // plain: scale 0 to 4
            ftePower[i] = BigDecimal.ONE.scaleByPowerOfTen(fte.scale()).longValueExact();
        }
        long centsToEnter = target.top.centsToEnter();
        EgaproAccumulator a = target;
        // The columns in local variables, so the JIT keeps them and their range checks out of the loop (TableColumns.ColumnArrays).
        TableColumns.ColumnArrays columns = c.arrays();
        boolean[] plainColumn = columns.plain();
        byte[] sexColumn = columns.sex();
        byte[] contractColumn = columns.contract();
        byte[] flagColumn = columns.flags();
        int[] hireDays = columns.hireDay();
        int[] exitDays = columns.exitDay();
        int[] birthDates = columns.birthDate();
        int[] birthYears = columns.birthYear();
        int[] categoryCodes = columns.category();
        int[] jobCodes = columns.jobCode();
        int[] fteCodes = columns.fte();
        long[] basePays = columns.basePay();
        byte[] basePayScales = columns.basePayScale();
        long[] variablePays = columns.variablePay();
        byte[] variablePayScales = columns.variablePayScale();
        Candidates candidates = new Candidates();
        // The counts in local variables and a flat array, added to the accumulator after the loop rather than read and
        // written through its fields and [csp][sex] arrays row by row (measured: 4.5 → 4.1–4.2 ms per 500,000 rows).
        long read = 0;
        long excludedContract = 0;
        long excludedPresence = 0;
        long counted = 0;
        long sexNotBinary = 0;
        long payUnknown = 0;
        long groupUnknown = 0;
        long ageUnknown = 0;
        int maternityReturns = 0;
        int raisedOnReturn = 0;
        int[] bySex = new int[2 * 2]; // [sex][headcount, raised or promoted]
        int[] byCsp = new int[CSPS.length * 2 * 3]; // [csp][sex][headcount, raised, promoted]
        // By blocks of rows: the pays that may enter the top 10 are noted in the loop and offered after it, so the loop
        // holds no call that runs — with the offers in it, taken some 120 times in 500,000 rows, the pass took 5.7 ms
        // instead of 4.4 (measured alternately) — and the bar to enter rises block by block.
        for (int blockStart = firstRow; blockStart < endRow; blockStart += Candidates.BLOCK) {
            int blockEnd = Math.min(endRow, blockStart + Candidates.BLOCK);
            for (int row = blockStart; row < blockEnd; row++) {
                if (!plainColumn[row]) {
                    candidates.offerTo(a.top, c, sexColumn); // in order: the top 10 keeps the first of two equal (pay, id) entries
                    a.add(c.record(row));
                    centsToEnter = a.top.centsToEnter();
                    continue;
                }
                read++;
                if (outOfScope[contractColumn[row]]) {
                    excludedContract++;
                    continue;
                }
                long days = TableColumns.daysPresent(hireDays[row], exitDays[row], start, end);
                if (days < EgaproAccumulator.MIN_DAYS_PRESENT) {
                    excludedPresence++;
                    continue;
                }
                counted++;
                int s = sexColumn[row]; // Sex ordinals: F 0, M 1, then the others
                if (s > 1) {
                    sexNotBinary++;
                    continue;
                }
                bySex[s * 2]++;
                // Added as 0 or 1, not branched on: the flags follow no pattern a branch predictor could learn.
                int flags = flagColumn[row];
                int raised = (flags & TableColumns.RAISED) != 0 ? 1 : 0;
                int promoted = (flags & TableColumns.PROMOTED) != 0 ? 1 : 0;
                bySex[s * 2 + 1] += raised | promoted;
                // Nor on the sex: a woman coming back from maternity leave adds 1, anyone else 0.
                int maternityReturn = (s == F ? 1 : 0) & ((flags & TableColumns.MATERNITY_RETURN) != 0 ? 1 : 0);
                maternityReturns += maternityReturn;
                raisedOnReturn += maternityReturn & ((flags & TableColumns.RAISED_AFTER_MATERNITY) != 0 ? 1 : 0);
                int category = categoryCodes[row];
                int csp = category == 0 ? -1 : cspOfCategory[category];
                if (csp < 0) {
                    csp = cspOfJob[jobCodes[row]];
                }
                if (csp >= 0) {
                    int at = (csp * 2 + s) * 3;
                    byCsp[at]++;
                    byCsp[at + 1] += raised;
                    byCsp[at + 2] += promoted;
                }
                long base = TableColumns.cents(basePays[row], basePayScales[row]);
                long variable = TableColumns.cents(variablePays[row], variablePayScales[row]);
                if (base == TableColumns.ABSENT_AMOUNT && variable == TableColumns.ABSENT_AMOUNT) {
                    payUnknown++;
                    continue;
                }
                long gross = (base == TableColumns.ABSENT_AMOUNT ? 0 : base) + (variable == TableColumns.ABSENT_AMOUNT ? 0 : variable);
                int fte = fteCodes[row];
                boolean whole = days == periodDays && fullTime[fte];
                long exact = whole ? -1 : exactUnits(gross, fteUnscaled[fte], ftePower[fte], periodDays, days);
                BigDecimal pay = whole || exact >= 0 ? null : a.convertedPay(BigDecimal.valueOf(gross, 2), ftes.get(fte), days);
                // A pay below the 10th cannot enter; compared in whole cents rounded up, so a pay in the 10th's cent is offered.
                boolean mayEnter = pay != null || (whole ? gross : (exact + UNITS_PER_CENT - 1) / UNITS_PER_CENT) >= centsToEnter;
                if (mayEnter) {
                    candidates.add(row, whole ? gross : exact, whole ? 2 : 8, pay);
                }
                int age = TableColumns.age(birthDates[row], birthYears[row], endPacked);
                if (csp < 0) {
                    groupUnknown++;
                } else if (age == TableColumns.ABSENT) {
                    ageUnknown++;
                } else {
                    int cell = (csp * BANDS + BAND_OF_AGE[Math.min(Math.max(age, 0), MAX_BAND_AGE)]) * 2 + s;
                    people[cell]++;
                    if (whole) {
                        cents[cell] = add(cents[cell], gross, cell, 2);
                    } else if (pay == null) {
                        units[cell] = add(units[cell], exact, cell, 8);
                    } else {
                        converted[cell] = converted[cell] == null ? pay : converted[cell].add(pay);
                    }
                }
            }
            candidates.offerTo(a.top, c, sexColumn);
            centsToEnter = a.top.centsToEnter();
        }
        a.read += read;
        a.excludedContract += excludedContract;
        a.excludedPresence += excludedPresence;
        a.counted += counted;
        a.sexNotBinary += sexNotBinary;
        a.payUnknown += payUnknown;
        a.groupUnknown += groupUnknown;
        a.ageUnknown += ageUnknown;
        a.maternityReturns += maternityReturns;
        a.raisedOnReturn += raisedOnReturn;
        for (int sex = 0; sex < 2; sex++) {
            a.headcount[sex] += bySex[sex * 2];
            a.raisedOrPromoted[sex] += bySex[sex * 2 + 1];
            for (int csp = 0; csp < CSPS.length; csp++) {
                int at = (csp * 2 + sex) * 3;
                a.cspHeadcount[csp][sex] += byCsp[at];
                a.cspRaised[csp][sex] += byCsp[at + 1];
                a.cspPromoted[csp][sex] += byCsp[at + 2];
            }
        }
        publish();
    }

    /** {@code sum + amount}, both non-negative at {@code scale}; a sum past a {@code long} moves to the decimal sum. */
    private long add(long sum, long amount, int cell, int scale) {
        long total = sum + amount;
        if (total < 0) { // both non-negative: a negative total is an overflow
            converted[cell] = (converted[cell] == null ? BigDecimal.ZERO : converted[cell]).add(BigDecimal.valueOf(sum, scale));
            total = amount;
        }
        return total;
    }

    /** The rows of a block whose pay may enter the top 10, with that pay, in row order. */
    private static final class Candidates {
        static final int BLOCK = 4096;
        private final int[] rows = new int[BLOCK];
        private final long[] pays = new long[BLOCK];
        private final int[] scales = new int[BLOCK];
        private final BigDecimal[] converted = new BigDecimal[BLOCK];
        private int count;

        /** A pay of {@code unscaled × 10^-scale} €, or the {@code converted} one when not null. */
        void add(int row, long unscaled, int scale, BigDecimal converted) {
            rows[count] = row;
            pays[count] = unscaled;
            scales[count] = scale;
            this.converted[count] = converted;
            count++;
        }

        void offerTo(TopEarnersList top, TableColumns c, byte[] sexColumn) {
            for (int k = 0; k < count; k++) {
                BigDecimal pay = converted[k] != null ? converted[k] : BigDecimal.valueOf(pays[k], scales[k]);
                top.offer(new TopEarnersList.Entry(pay, c.id(rows[k]), sexColumn[rows[k]] == F));
                converted[k] = null;
            }
            count = 0;
        }
    }

    /**
     * The converted pay gross × periodDays / (fte × days) in 10⁻⁸ € when that quotient is exact at
     * 8 decimals — then it is also the record pass's 34-digit quotient — else -1. Gross in cents,
     * fte = fteUnscaled / ftePower.
     */
    static long exactUnits(long gross, long fteUnscaled, long ftePower, long periodDays, long days) {
        try {
            long numerator = Math.multiplyExact(Math.multiplyExact(gross, periodDays), ftePower * UNITS_PER_CENT);
            long denominator = fteUnscaled * days;
            return numerator % denominator == 0 ? numerator / denominator : -1;
        } catch (ArithmeticException tooLarge) {
            return -1;
        }
    }

    private void publish() {
        for (int csp = 0; csp < CSPS.length; csp++) {
            for (int band = 0; band < BANDS; band++) {
                for (int s = 0; s < 2; s++) {
                    int cell = (csp * BANDS + band) * 2 + s;
                    if (people[cell] == 0) {
                        continue;
                    }
                    EgaproAccumulator.PayCell target = this.target.payCells.computeIfAbsent(CSPS[csp].code(),
                            k -> EgaproAccumulator.cells())[band];
                    target.count[s] += Math.toIntExact(people[cell]);
                    BigDecimal sum = target.sum[s].add(BigDecimal.valueOf(cents[cell], 2)).add(BigDecimal.valueOf(units[cell], 8));
                    target.sum[s] = converted[cell] == null ? sum : sum.add(converted[cell]);
                }
            }
        }
    }

    /** The CSP ordinal of each dictionary code (-1 for none): a CSP code as category, or a PCS-ESE first digit. */
    private static int[] cspOf(List<String> dictionary, boolean category) {
        int[] csp = new int[dictionary.size() + 1];
        csp[0] = -1;
        for (int i = 0; i < dictionary.size(); i++) {
            String text = dictionary.get(i);
            csp[i + 1] = (category ? Csp.ofLenient(text) : Csp.ofPcs(text)).map(Enum::ordinal).orElse(-1);
        }
        return csp;
    }
}
