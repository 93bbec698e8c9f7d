package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;

/**
 * The column-wise pass of {@link PayGapAccumulator#add} over plain rows, by the same rules and
 * the same exact fractions as {@link PayFacts}: on a plain row every amount is whole cents
 * (scale 2, so {@code PayFacts}' common scale is 2) and the factors that depend on the working
 * time — weekly hours or 35 h × fte, and fte — are worked out once per distinct value, so a row
 * costs a few multiplications. Every product stays below 2⁶³ for plain rows (amounts up to
 * 4·10⁷ €, factors of at most 4 decimals, periods of at most 366 days). Categories and sites are summed per dictionary code
 * and named once at the end. A property checks both passes give the same report.
 */
final class PayGapRows {

    private static final long WEEKS = 52;
    private static final long CENTS_TO_MICROS = 10_000L;
    private static final long MICRO = 1_000_000L;
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /**
     * {@link PayGapAccumulator#ageGroup} by age, looked up rather than branched on — ages come in
     * no order, so branches on them are mispredicted. A negative age is in the first group, as
     * age 0; every age past {@code MAX_GROUP_AGE} in the last.
     */
    private static final int MAX_GROUP_AGE = 51;
    private static final int[] AGE_GROUP_AT = new int[MAX_GROUP_AGE + 1];

    static {
        for (int age = 0; age <= MAX_GROUP_AGE; age++) {
            AGE_GROUP_AT[age] = PayGapAccumulator.ageGroup(age);
        }
    }

    private final PayGapAccumulator target;
    private final TableColumns c;
    /** Per weekly-hours code (0: none): weekly hours × 10^ws, and days in the period × 10^(ws − 2). */
    private final long[] weekly;
    private final long[] perHourOfWeekly;
    /** Per fte code: fte × 10^fs, days × 10^(fs − 2), and the 35 h × fte week with its per-hour factor. */
    private final long[] fte;
    private final long[] perYear;
    private final long[] legalWeek;
    private final long[] perHourOfLegalWeek;
    /** Category keys ({@link EmployeeRecord#categoryOrDerived()} or "(none)") by index, and the index of each code. */
    private final List<String> categoryKeys = new ArrayList<>();
    private final int[] keyOfCategory;
    private final int[] keyOfJob;

    /** Days in a working-time key: presence is 1 to 366 days. */
    private static final long DAYS = 367;
    /**
     * Per working time and sex, the pay in cents behind the pay series' exact sums: every value of
     * a series is that pay times a factor of the working time, so the sums are added once per
     * working time at the end ({@link #addSeriesSums}) rather than once per value. Per working-time
     * id: [sex][base + variable of the hourly and annual values, variable of the variable values,
     * base + variable of the UK hourly values]. Below 2⁶³ as {@link GroupCells}' sums. The first two
     * are the category cells' sums, added when they are flushed; the UK ones are summed per row.
     */
    private long[] seriesPay = new long[6 * 16];
    /** The UK bonuses in cents, by sex (their values are over 10⁶ whatever the working time). */
    private final long[] bonusPay = new long[2];

    /** Working times (weekly-hours code, fte code, days present) by id. */
    private final LongIndex workingTimes = new LongIndex();
    private final GroupCells categoryCells;
    private final GroupCells siteCells;
    /** The sums of this pass per category key and per site code, merged into the accumulator's at the end. */
    private final PayGapAccumulator.GroupSums[] categories;
    private final PayGapAccumulator.GroupSums[] locations;

    PayGapRows(PayGapAccumulator target, TableColumns columns) {
        this.target = target;
        this.c = columns;
        long days = target.options.period().days();
        List<BigDecimal> weeklyValues = columns.weeklyHoursValues();
        weekly = new long[weeklyValues.size() + 1];
        perHourOfWeekly = new long[weeklyValues.size() + 1];
        for (int i = 0; i < weeklyValues.size(); i++) {
            BigDecimal w = weeklyValues.get(i);
            int scale = Math.max(2, w.scale());
            weekly[i + 1] = unscaled(w, scale);
            perHourOfWeekly[i + 1] = days * POWERS[scale - 2];
        }
        List<BigDecimal> ftes = columns.ftes();
        fte = new long[ftes.size()];
        perYear = new long[ftes.size()];
        legalWeek = new long[ftes.size()];
        perHourOfLegalWeek = new long[ftes.size()];
        for (int i = 0; i < ftes.size(); i++) {
            BigDecimal f = ftes.get(i);
            int scale = Math.max(2, f.scale());
            fte[i] = unscaled(f, scale);
            perYear[i] = days * POWERS[scale - 2];
            BigDecimal week = PayFacts.LEGAL_WEEK.multiply(f); // as PayFacts: 35 × fte, at fte's scale
            int weekScale = Math.max(2, week.scale());
            legalWeek[i] = unscaled(week, weekScale);
            perHourOfLegalWeek[i] = days * POWERS[weekScale - 2];
        }
        Map<String, Integer> keys = new HashMap<>();
        List<String> categoryNames = columns.categories();
        keyOfCategory = new int[categoryNames.size() + 1];
        for (int i = 0; i < categoryNames.size(); i++) {
            keyOfCategory[i + 1] = key(keys, categoryNames.get(i));
        }
        List<String> jobs = columns.jobCodes();
        keyOfJob = new int[jobs.size() + 1];
        for (int j = 0; j <= jobs.size(); j++) {
            // EmployeeRecord.categoryOrDerived is the rule; asked once per job code.
            EmployeeRecord.Builder probe = EmployeeRecord.builder("category", Sex.UNKNOWN);
            if (j > 0) {
                probe.jobCode(jobs.get(j - 1));
            }
            keyOfJob[j] = key(keys, probe.build().categoryOrDerived().orElse(PayGapAccumulator.NO_CATEGORY));
        }
        categories = new PayGapAccumulator.GroupSums[categoryKeys.size()];
        locations = new PayGapAccumulator.GroupSums[columns.establishments().size() + 1];
        categoryCells = new GroupCells(categories);
        siteCells = new GroupCells(locations);
    }

    private int key(Map<String, Integer> keys, String key) {
        return keys.computeIfAbsent(key, k -> {
            categoryKeys.add(k);
            return categoryKeys.size() - 1;
        });
    }

    private static long unscaled(BigDecimal value, int scale) {
        return value.setScale(scale).scaleByPowerOfTen(scale).longValueExact();
    }

    void add(int firstRow, int endRow) {
        PayGapAccumulator a = target;
        long start = a.options.period().start().toEpochDay();
        long end = a.options.period().end().toEpochDay();
        long snapshot = a.options.snapshot().toEpochDay();
        int endPacked = TableColumns.packed(a.options.period().end());
        int permanent = ContractType.PERMANENT.ordinal();
        int other = ContractType.OTHER.ordinal();
        int executive = ManagementLevel.EXECUTIVE.ordinal();
        int board = ManagementLevel.BOARD.ordinal();
        reserve(firstRow, endRow);
        long[] categoryAges = new long[categoryKeys.size() * 6];
        // The columns in local variables, so the JIT keeps them and their range checks out of the loop (TableColumns.ColumnArrays).
        TableColumns.ColumnArrays columns = c.arrays();
        boolean[] plainColumn = columns.plain();
        byte[] sexColumn = columns.sex();
        byte[] contractColumn = columns.contract();
        byte[] managementColumn = columns.management();
        int[] hireDays = columns.hireDay();
        int[] exitDays = columns.exitDay();
        int[] birthDates = columns.birthDate();
        int[] birthYears = columns.birthYear();
        int[] categoryCodes = columns.category();
        int[] jobCodes = columns.jobCode();
        int[] siteCodes = columns.establishment();
        int[] fteCodes = columns.fte();
        int[] weeklyCodes = columns.weeklyHours();
        long[] basePays = columns.basePay();
        byte[] basePayScales = columns.basePayScale();
        long[] variablePays = columns.variablePay();
        byte[] variablePayScales = columns.variablePayScale();
        long[] excludedPays = columns.excludedPay();
        byte[] excludedPayScales = columns.excludedPayScale();
        long[] bonuses = columns.bonus();
        byte[] bonusScales = columns.bonusScale();
        for (int row = firstRow; row < endRow; row++) {
            if (!plainColumn[row]) {
                a.add(c.record(row)); // in its place: the pay series keep the record order
                continue;
            }
            int hired = hireDays[row];
            int left = exitDays[row];
            long present = TableColumns.daysPresent(hired, left, start, end);
            int sexOrdinal = sexColumn[row]; // F 0, M 1, X 2, unknown 3
            int sex = sexOrdinal <= 1 ? sexOrdinal : -1;
            long base = TableColumns.cents(basePays[row], basePayScales[row]);
            long variable = TableColumns.cents(variablePays[row], variablePayScales[row]);
            long excluded = TableColumns.cents(excludedPays[row], excludedPayScales[row]);
            long b = base == TableColumns.ABSENT_AMOUNT ? 0 : base;
            long v = variable == TableColumns.ABSENT_AMOUNT ? 0 : variable;
            boolean hasPay = present > 0 && base != TableColumns.ABSENT_AMOUNT;
            // PayFacts.exact at the common scale 2: hourly = pay × days / (weekly × 52 × present), annual = pay × days / (fte × present)
            long hourlyD = 0;
            long hourlyBaseN = 0;
            long hourlyVariableN = 0;
            long annualD = 0;
            long annualBaseN = 0;
            long annualVariableN = 0;
            if (hasPay) {
                int w = weeklyCodes[row];
                int f = fteCodes[row];
                long perHour = w != 0 ? perHourOfWeekly[w] : perHourOfLegalWeek[f];
                hourlyD = (w != 0 ? weekly[w] : legalWeek[f]) * WEEKS * present;
                hourlyBaseN = b * perHour;
                hourlyVariableN = v * perHour;
                annualD = fte[f] * present;
                annualBaseN = b * perYear[f];
                annualVariableN = v * perYear[f];
            }
            long hourlyN = hourlyBaseN + hourlyVariableN;
            int seriesAt = -1; // where this row's pay is summed in seriesPay, once known
            if (present > 0) {
                a.present++;
                a.bySex[sexOrdinal]++;
                int contract = contractColumn[row];
                a.byContract[contract == permanent ? 0 : contract == other ? 2 : 1]++;
                int sexOrOther = sex >= 0 ? sex : 2;
                int age = TableColumns.age(birthDates[row], birthYears[row], endPacked);
                int ageGroup = age == TableColumns.ABSENT ? -1 : AGE_GROUP_AT[Math.min(Math.max(age, 0), MAX_GROUP_AGE)];
                if (ageGroup >= 0) {
                    a.ages[ageGroup]++;
                }
                int level = managementColumn[row];
                if (level == executive || level == board) {
                    a.topManagement[sexOrOther]++;
                }
                if (level == board) {
                    a.governanceSex[sexOrOther]++;
                    if (ageGroup >= 0) {
                        a.governanceAge[ageGroup]++;
                    }
                }
                int categoryCode = categoryCodes[row];
                int key = categoryCode != 0 ? keyOfCategory[categoryCode] : keyOfJob[jobCodes[row]];
                categoryAges[key * 6 + sexOrOther]++;
                if (ageGroup >= 0) {
                    categoryAges[key * 6 + 3 + ageGroup]++;
                }
                if (base != TableColumns.ABSENT_AMOUNT || variable != TableColumns.ABSENT_AMOUNT
                        || excluded != TableColumns.ABSENT_AMOUNT) {
                    long e = excluded == TableColumns.ABSENT_AMOUNT ? 0 : excluded;
                    a.actualTotals.add((b + v + e) * CENTS_TO_MICROS);
                }
                if (sex < 0) {
                    a.unknownSex++;
                } else {
                    if (v > 0) {
                        a.variableRecipients[sex]++;
                    }
                    if (!hasPay) {
                        a.withoutPay++;
                    } else {
                        a.count(weeklyCodes[row] != 0 ? PayGapAccumulator.Derivation.HOURLY_FROM_WEEKLY_HOURS
                                : PayGapAccumulator.Derivation.HOURLY_FROM_35H_FTE);
                        long annualN = annualBaseN + annualVariableN;
                        // Category, site and series sums: per working time, the numerators are factor × pay, so sum the pay.
                        int workingTime = workingTimes.id((weeklyCodes[row] * (long) fte.length + fteCodes[row]) * DAYS + present);
                        seriesAt = workingTime * 6 + sex * 3;
                        if (seriesAt + 3 > seriesPay.length) {
                            seriesPay = java.util.Arrays.copyOf(seriesPay, seriesPay.length * 2);
                        }
                        a.hourly[sex].addWithoutSum(hourlyN, hourlyD);
                        a.annual[sex].addWithoutSum(annualN, annualD);
                        if (v > 0) { // annualVariableN > 0: plain amounts are not negative, and the factors are positive
                            a.hourlyVariable[sex].addWithoutSum(hourlyVariableN, hourlyD);
                            a.annualVariable[sex].addWithoutSum(annualVariableN, annualD);
                        }
                        categoryCells.add(workingTime, key, sex, b, v);
                        siteCells.add(workingTime, siteCodes[row], sex, b, v);
                    }
                }
            }
            if (sex >= 0 && (hired == TableColumns.ABSENT || hired <= snapshot) && (left == TableColumns.ABSENT || left >= snapshot)) {
                a.ukRelevant[sex]++;
                long bonus = TableColumns.cents(bonuses[row], bonusScales[row]);
                long bonusMicros;
                if (bonus == TableColumns.ABSENT_AMOUNT) {
                    a.count(PayGapAccumulator.Derivation.BONUS_FROM_VARIABLE);
                    bonusMicros = v * CENTS_TO_MICROS;
                } else {
                    bonusMicros = bonus * CENTS_TO_MICROS;
                }
                if (bonusMicros > 0) {
                    a.ukBonus[sex].addWithoutSum(bonusMicros, MICRO);
                    bonusPay[sex] += bonusMicros / CENTS_TO_MICROS;
                }
                if (hasPay && hourlyN > 0) {
                    a.ukHourly[sex].addWithoutSum(hourlyN, hourlyD);
                    seriesPay[seriesAt + 2] += b + v; // a woman or man with pay: seriesAt is set
                } else if (hasPay) {
                    a.count(PayGapAccumulator.Derivation.NIL_PAY_LEFT_OUT);
                }
            }
        }
        categoryCells.flushAll(true);
        siteCells.flushAll(false);
        addSeriesSums();
        publish(categoryAges);
    }

    /** The exact sums of the values this pass added to the pay series: per working time, its pay totals times its factors. */
    private void addSeriesSums() {
        PayGapAccumulator a = target;
        for (int id = 0; id < workingTimes.size(); id++) {
            long key = workingTimes.key(id);
            long present = key % DAYS;
            int f = (int) (key / DAYS % fte.length);
            int w = (int) (key / DAYS / fte.length);
            long hourlyD = (w != 0 ? weekly[w] : legalWeek[f]) * WEEKS * present;
            long perHour = w != 0 ? perHourOfWeekly[w] : perHourOfLegalWeek[f];
            long annualD = fte[f] * present;
            for (int sex = 0; sex < 2; sex++) {
                int at = id * 6 + sex * 3;
                BigInteger total = BigInteger.valueOf(seriesPay[at]);
                BigInteger variable = BigInteger.valueOf(seriesPay[at + 1]);
                a.hourly[sex].addToSum(hourlyD, total.multiply(BigInteger.valueOf(perHour)));
                a.annual[sex].addToSum(annualD, total.multiply(BigInteger.valueOf(perYear[f])));
                a.hourlyVariable[sex].addToSum(hourlyD, variable.multiply(BigInteger.valueOf(perHour)));
                a.annualVariable[sex].addToSum(annualD, variable.multiply(BigInteger.valueOf(perYear[f])));
                a.ukHourly[sex].addToSum(hourlyD, BigInteger.valueOf(seriesPay[at + 2]).multiply(BigInteger.valueOf(perHour)));
            }
        }
        for (int sex = 0; sex < 2; sex++) {
            a.ukBonus[sex].addToSum(MICRO, BigInteger.valueOf(bonusPay[sex]).multiply(BigInteger.valueOf(CENTS_TO_MICROS)));
        }
    }

    /**
     * Per (working time, group, sex): people, base pay and variable pay in cents — enough to
     * give the group's exact sums, every numerator being the pay times a factor of the working
     * time. The sums cannot pass a {@code long}: a table has fewer than 2³¹ rows of at most
     * 4·10⁹ cents each ({@code TableColumns}' plain bound). Cells are flushed in order of first
     * appearance; any order would give the same sums ({@link FractionSums#total} takes the
     * denominators in a fixed order).
     */
    private final class GroupCells {
        /** Cell ids by index for up to 2¹⁸ cells (1 MB of ids), by hash beyond. */
        private static final int INDEXED_CELLS = 1 << 18;
        private final CellIds cells;
        private long[] sums = new long[6 * 64]; // per cell: [sex][people, base, variable]
        private final PayGapAccumulator.GroupSums[] target;

        GroupCells(PayGapAccumulator.GroupSums[] target) {
            this.target = target;
            this.cells = new CellIds(target.length, INDEXED_CELLS);
        }

        void add(int workingTime, int group, int sex, long base, long variable) {
            int id = cells.id(workingTime, group);
            if (id * 6 + 6 > sums.length) {
                sums = java.util.Arrays.copyOf(sums, sums.length * 2);
            }
            int at = id * 6 + sex * 3;
            sums[at]++;
            sums[at + 1] += base;
            sums[at + 2] += variable;
        }

        /**
         * Adds the cells to their groups; with {@code intoSeries}, also their pay to the pay series'
         * sums per working time ({@code seriesPay}): every woman and man with pay is in one
         * category cell, and a plain row's variable pay is 0 when it is not positive.
         */
        void flushAll(boolean intoSeries) {
            for (int id = 0; id < cells.size(); id++) {
                for (int sex = 0; sex < 2; sex++) {
                    int at = id * 6 + sex * 3;
                    if (intoSeries) {
                        int seriesAt = cells.workingTime(id) * 6 + sex * 3;
                        seriesPay[seriesAt] += sums[at + 1] + sums[at + 2];
                        seriesPay[seriesAt + 1] += sums[at + 2];
                    }
                    flush(cells.workingTime(id), cells.group(id), sex, at);
                }
            }
        }

        private void flush(int workingTime, int group, int sex, int at) {
            long people = sums[at];
            if (people == 0) {
                return;
            }
            long key = workingTimes.key(workingTime);
            long present = key % DAYS;
            int f = (int) (key / DAYS % fte.length);
            int w = (int) (key / DAYS / fte.length);
            long hourlyD = (w != 0 ? weekly[w] : legalWeek[f]) * WEEKS * present;
            long perHour = w != 0 ? perHourOfWeekly[w] : perHourOfLegalWeek[f];
            group(target, group).addAll(sex, people, sums[at + 1], sums[at + 2], hourlyD, perHour, fte[f] * present, perYear[f]);
            sums[at] = 0;
            sums[at + 1] = 0;
            sums[at + 2] = 0;
        }
    }

    /** Room in the pay series for every woman and man of the rows, and in the actual totals for every row, so a million values are not copied ~20 times as they grow. */
    private void reserve(int firstRow, int endRow) {
        int[] bySex = new int[2];
        boolean[] plain = c.arrays().plain();
        byte[] sexes = c.arrays().sex();
        for (int row = firstRow; row < endRow; row++) {
            int sex = plain[row] ? sexes[row] : 2;
            if (sex <= 1) {
                bySex[sex]++;
            }
        }
        target.actualTotals.reserve(endRow - firstRow);
        for (int s = 0; s < 2; s++) {
            for (PayValues[] series : List.of(target.hourly, target.annual, target.hourlyVariable, target.annualVariable,
                    target.ukHourly, target.ukBonus)) {
                series[s].reserve(bySex[s]);
            }
        }
    }

    private static PayGapAccumulator.GroupSums group(PayGapAccumulator.GroupSums[] groups, int at) {
        PayGapAccumulator.GroupSums g = groups[at];
        if (g == null) {
            g = new PayGapAccumulator.GroupSums();
            groups[at] = g;
        }
        return g;
    }

    private void publish(long[] categoryAges) {
        for (int key = 0; key < categoryKeys.size(); key++) {
            String name = categoryKeys.get(key);
            if (categories[key] != null) {
                target.categories.computeIfAbsent(name, x -> new PayGapAccumulator.GroupSums()).merge(categories[key]);
            }
            long people = categoryAges[key * 6] + categoryAges[key * 6 + 1] + categoryAges[key * 6 + 2];
            if (people > 0) {
                long[] ages = target.categoryAges.computeIfAbsent(name, x -> new long[6]);
                for (int i = 0; i < 6; i++) {
                    ages[i] += categoryAges[key * 6 + i];
                }
            }
        }
        List<String> sites = c.establishments();
        for (int code = 0; code < locations.length; code++) {
            if (locations[code] != null) {
                target.locations.computeIfAbsent(code == 0 ? "(none)" : sites.get(code - 1), x -> new PayGapAccumulator.GroupSums())
                        .merge(locations[code]);
            }
        }
    }
}
