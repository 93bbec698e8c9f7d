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

    private final EgaproAccumulator target;
    private final TableColumns c;
    /** Per cell [csp][band][sex], flattened: people, exact sum in cents of the full-time whole-period ones, the others' sum. */
    private final long[] people = new long[CSPS.length * BANDS * 2];
    private final long[] cents = new long[CSPS.length * BANDS * 2];
    private final BigDecimal[] converted = new BigDecimal[CSPS.length * BANDS * 2];

    EgaproRows(EgaproAccumulator target, TableColumns columns) {
        this.target = target;
        this.c = columns;
    }

    void add(int[] rows, int count) {
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
        for (int i = 0; i < fullTime.length; i++) {
            fullTime[i] = ftes.get(i).compareTo(BigDecimal.ONE) == 0;
        }
        long centsToEnter = target.top.centsToEnter();
        EgaproAccumulator a = target;
        for (int k = 0; k < count; k++) {
            int row = rows[k];
            a.read++;
            if (outOfScope[c.contract(row)]) {
                a.excludedContract++;
                continue;
            }
            int hired = c.hireDay(row);
            int left = c.exitDay(row);
            long from = hired == TableColumns.ABSENT ? start : Math.max(start, hired);
            long to = left == TableColumns.ABSENT ? end : Math.min(end, left);
            long days = to < from ? 0 : to - from + 1;
            if (days < EgaproAccumulator.MIN_DAYS_PRESENT) {
                a.excludedPresence++;
                continue;
            }
            a.counted++;
            int s = c.sex(row); // Sex ordinals: F 0, M 1, then the others
            if (s > 1) {
                a.sexNotBinary++;
                continue;
            }
            a.headcount[s]++;
            boolean raised = c.raised(row);
            boolean promoted = c.promoted(row);
            if (raised || promoted) {
                a.raisedOrPromoted[s]++;
            }
            if (s == F && c.maternityReturn(row)) {
                a.maternityReturns++;
                if (c.raisedAfterMaternity(row)) {
                    a.raisedOnReturn++;
                }
            }
            int category = c.category(row);
            int csp = category == 0 ? -1 : cspOfCategory[category];
            if (csp < 0) {
                csp = cspOfJob[c.jobCode(row)];
            }
            if (csp >= 0) {
                a.cspHeadcount[csp][s]++;
                if (raised) {
                    a.cspRaised[csp][s]++;
                }
                if (promoted) {
                    a.cspPromoted[csp][s]++;
                }
            }
            long base = c.basePayCents(row);
            long variable = c.variablePayCents(row);
            if (base == TableColumns.ABSENT_AMOUNT && variable == TableColumns.ABSENT_AMOUNT) {
                a.payUnknown++;
                continue;
            }
            long gross = (base == TableColumns.ABSENT_AMOUNT ? 0 : base) + (variable == TableColumns.ABSENT_AMOUNT ? 0 : variable);
            boolean whole = days == periodDays && fullTime[c.fte(row)];
            BigDecimal pay = null;
            if (!whole) {
                pay = a.convertedPay(BigDecimal.valueOf(gross, 2), ftes.get(c.fte(row)), days);
            }
            if (!whole || gross >= centsToEnter) {
                a.top.offer(new TopEarnersList.Entry(pay != null ? pay : BigDecimal.valueOf(gross, 2), c.id(row), s == F));
                centsToEnter = a.top.centsToEnter();
            }
            int age = c.age(row, endPacked);
            if (csp < 0) {
                a.groupUnknown++;
            } else if (age == TableColumns.ABSENT) {
                a.ageUnknown++;
            } else {
                int cell = (csp * BANDS + AgeBand.ofAge(age).ordinal()) * 2 + s;
                people[cell]++;
                if (pay == null) {
                    addCents(cell, gross);
                } else {
                    converted[cell] = converted[cell] == null ? pay : converted[cell].add(pay);
                }
            }
        }
        publish();
    }

    /** Adds exactly; a sum past a {@code long} moves to the decimal sum. */
    private void addCents(int cell, long amount) {
        long sum = cents[cell] + amount;
        if (sum < 0) { // both non-negative: a negative sum is an overflow
            converted[cell] = (converted[cell] == null ? BigDecimal.ZERO : converted[cell]).add(BigDecimal.valueOf(cents[cell], 2));
            sum = amount;
        }
        cents[cell] = sum;
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
                    BigDecimal sum = target.sum[s].add(BigDecimal.valueOf(cents[cell], 2));
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
