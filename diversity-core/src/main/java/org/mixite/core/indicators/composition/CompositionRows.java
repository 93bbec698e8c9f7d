package org.mixite.core.indicators.composition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.mixite.core.jobs.JobClassification;
import org.mixite.core.jobs.JobFamily;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;

/**
 * The column-wise pass of {@link CompositionAccumulator#add}: rows are counted per dictionary
 * code (job code, category, level, site…) in flat arrays, and each code is turned into its
 * breakdown key once, at the end — not once per row. The rules are those of {@code add}; a
 * property checks both give the same composition.
 *
 * <p>With a few distinct FTEs (the usual case), a code's cell has one count per sex and FTE code,
 * so a row adds 1 to one slot and the FTE totals are worked out at the end (count × FTE): half the
 * memory writes a row. With many, a row adds its FTE to its sex's total as it goes.
 */
final class CompositionRows {

    private static final int CELL = 5;
    private static final int F = 0;
    private static final int M = 1;
    private static final int U = 2;
    private static final String UNKNOWN = "unknown";
    private static final String[] AGE_BANDS = CompositionAccumulator.AGE_BANDS;
    private static final String[] ESRS_AGE_BANDS = CompositionAccumulator.ESRS_AGE_BANDS;
    private static final ManagementLevel[] LEVELS = ManagementLevel.values();
    private static final ContractType[] CONTRACTS = ContractType.values();
    private static final ExitReason[] EXIT_REASONS = ExitReason.values();

    /**
     * The age band's index by age + 1 (0 for an unknown or negative age), looked up rather than
     * branched on — ages come in no order, so branches on them are mispredicted. Every age past
     * {@code MAX_BAND_AGE} is in the last bands.
     */
    private static final int MAX_BAND_AGE = 51;
    private static final int[] AGE_BAND_AT = new int[MAX_BAND_AGE + 2];
    private static final int[] ESRS_AGE_BAND_AT = new int[MAX_BAND_AGE + 2];

    static {
        for (int at = 0; at < AGE_BAND_AT.length; at++) {
            AGE_BAND_AT[at] = CompositionAccumulator.ageBand(at - 1);
            ESRS_AGE_BAND_AT[at] = CompositionAccumulator.esrsAgeBand(at - 1);
        }
    }

    private final CompositionAccumulator target;
    private final TableColumns c;
    private final long[] byJob;
    private final long[] hiresByJob;
    private final long[] exitsByJob;
    private final long[] promotionsByJob;
    private final long[] byCategory;
    private final long[] byDerivedCategory;
    private final long[] byLevel;
    /** By age + 1 ({@code AGE_BAND_AT}'s index): both age bands are summed from it at the end. */
    private final long[] byAgeAt;
    private final long[] byManagement;
    private final long[] byEstablishment;
    private final long[] byContract;
    private final long[] exitsByReason;
    private final long[] fteMicros;
    /**
     * Up to this many distinct FTEs, a cell counts people per sex and FTE code ({@code 2 × FTEs +
     * 1} slots: women's, men's, then the other sexes'); past it, per sex with running FTE totals
     * ({@code CELL} slots, laid out as the accumulator's).
     */
    static final int MAX_FTE_SLOTS = 8;
    /** The FTE codes counted apart, or 0 when FTEs are summed row by row. */
    private final int fteSlots;
    /** Slots per code. */
    private final int width;

    CompositionRows(CompositionAccumulator target, TableColumns columns) {
        this.target = target;
        this.c = columns;
        List<BigDecimal> ftes = columns.ftes();
        fteSlots = ftes.size() <= MAX_FTE_SLOTS ? ftes.size() : 0;
        width = fteSlots > 0 ? 2 * fteSlots + 1 : CELL;
        int jobs = columns.jobCodes().size() + 1;
        byJob = new long[jobs * width];
        hiresByJob = new long[jobs * width];
        exitsByJob = new long[jobs * width];
        promotionsByJob = new long[jobs * width];
        byDerivedCategory = new long[jobs * width];
        byCategory = new long[(columns.categories().size() + 1) * width];
        byLevel = new long[(columns.levels().size() + 1) * width];
        byEstablishment = new long[(columns.establishments().size() + 1) * width];
        byAgeAt = new long[AGE_BAND_AT.length * width];
        byManagement = new long[LEVELS.length * width];
        byContract = new long[CONTRACTS.length * width];
        exitsByReason = new long[(EXIT_REASONS.length + 1) * width];
        fteMicros = new long[ftes.size()];
        for (int i = 0; i < fteMicros.length; i++) {
            BigDecimal fte = ftes.get(i);
            fteMicros[i] = fte.compareTo(BigDecimal.ONE) == 0 ? 1_000_000L
                    : fte.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    /** Counts {@code rows[0, count)}, or with {@code rows} null the rows {@code [first, first + count)}. */
    void add(int[] rows, int first, int count) {
        long start = target.period().start().toEpochDay();
        long end = target.period().end().toEpochDay();
        int endPacked = TableColumns.packed(target.period().end());
        // The columns in local variables, so the JIT keeps them and their range checks out of the loop (TableColumns.ColumnArrays).
        TableColumns.ColumnArrays columns = c.arrays();
        byte[] sexColumn = columns.sex();
        byte[] contractColumn = columns.contract();
        byte[] managementColumn = columns.management();
        byte[] exitReasons = columns.exitReason();
        byte[] flagColumn = columns.flags();
        int[] hireDays = columns.hireDay();
        int[] exitDays = columns.exitDay();
        int[] birthDates = columns.birthDate();
        int[] birthYears = columns.birthYear();
        int[] categoryCodes = columns.category();
        int[] jobCodes = columns.jobCode();
        int[] levelCodes = columns.level();
        int[] siteCodes = columns.establishment();
        int[] fteCodes = columns.fte();
        int fteCodeCount = fteMicros.length;
        int[] slotOf = slots(fteCodeCount);
        boolean contiguous = rows == null; // a condition the JIT can take out of the loop, leaving a loop over a range without range checks
        for (int k = 0; k < count; k++) {
            int row = contiguous ? first + k : rows[k];
            int hired = hireDays[row];
            int left = exitDays[row];
            if (hired != TableColumns.ABSENT && hired > end || left != TableColumns.ABSENT && left < start) {
                continue; // not present in the period
            }
            int sex = Math.min(sexColumn[row], U); // Sex ordinals: F 0, M 1, then the others
            int fteCode = fteCodes[row];
            int slot = slotOf[sex * fteCodeCount + fteCode];
            long fte = sex < U ? fteMicros[fteCode] : 0; // added only when FTEs are summed row by row
            int job = jobCodes[row];
            count(byJob, job, slot, sex, fte);
            int category = categoryCodes[row];
            if (category != 0) {
                count(byCategory, category, slot, sex, fte);
            } else {
                count(byDerivedCategory, job, slot, sex, fte);
            }
            count(byLevel, levelCodes[row], slot, sex, fte);
            int ageAt = Math.min(Math.max(TableColumns.age(birthDates[row], birthYears[row], endPacked), -1), MAX_BAND_AGE) + 1; // ABSENT is the least int: -1, unknown
            count(byAgeAt, ageAt, slot, sex, fte);
            count(byManagement, managementColumn[row], slot, sex, fte);
            count(byEstablishment, siteCodes[row], slot, sex, fte);
            count(byContract, contractColumn[row], slot, sex, fte);
            if (hired != TableColumns.ABSENT && hired >= start) { // and ≤ end: present
                count(hiresByJob, job, slot, sex, fte);
            }
            if (left != TableColumns.ABSENT && left <= end) {
                count(exitsByJob, job, slot, sex, fte);
                int reason = exitReasons[row];
                count(exitsByReason, reason < 0 ? EXIT_REASONS.length : reason, slot, sex, fte);
            }
            if ((flagColumn[row] & TableColumns.PROMOTED) != 0) {
                count(promotionsByJob, job, slot, sex, fte);
            }
        }
        publish();
    }

    /** Counts one person in a code's cell: one slot, and with FTEs summed row by row, the FTE too. */
    private void count(long[] cells, int code, int slot, int sex, long fte) {
        int at = code * width;
        cells[at + slot]++;
        if (fteSlots == 0) {
            cells[at + 3 + (sex & 1)] += fte; // 0 for the other sexes
        }
    }

    /** The slot of each sex (F, M, others) and FTE code, by {@code sex × FTE codes + FTE code}. */
    private int[] slots(int fteCodeCount) {
        int[] slotOf = new int[3 * Math.max(fteCodeCount, 1)];
        for (int sex = F; sex <= U; sex++) {
            for (int code = 0; code < fteCodeCount; code++) {
                slotOf[sex * fteCodeCount + code] = fteSlots == 0 ? sex : sex == U ? 2 * fteSlots : sex * fteSlots + code;
            }
        }
        return slotOf;
    }

    /**
     * A code's cell laid out as the accumulator's ({@code CELL} slots: women, men, others, women's
     * FTE, men's FTE, in millionths); with FTE codes counted apart, each count times its FTE.
     */
    private long[] cell(long[] cells, int code) {
        int at = code * width;
        if (fteSlots == 0) {
            return java.util.Arrays.copyOfRange(cells, at, at + CELL);
        }
        long[] cell = new long[CELL];
        for (int sex = F; sex <= M; sex++) {
            for (int k = 0; k < fteSlots; k++) {
                long people = cells[at + sex * fteSlots + k];
                cell[sex] += people;
                cell[3 + sex] += people * fteMicros[k];
            }
        }
        cell[U] = cells[at + 2 * fteSlots];
        return cell;
    }

    /** Turns each code into its key, once, and adds its cell to the accumulator. */
    private void publish() {
        List<String> jobCodes = c.jobCodes();
        for (int job = 0; job * width < byJob.length; job++) {
            long[] people = cell(byJob, job);
            if (!touched(people)) {
                continue;
            }
            String code = job == 0 ? "" : jobCodes.get(job - 1);
            JobClassification classification = target.classifier().classifyCode(code);
            boolean technical = classification.family() == JobFamily.TECHNICAL_DIGITAL;
            String family = classification.family().code();
            target.addCell(Dimension.JOB_FAMILY, family, people, 0);
            if (technical) {
                target.addCell(Dimension.DIGITAL_SUBFAMILY, classification.subFamily().orElse(CompositionAccumulator.UNSPECIFIED),
                        people, 0);
            }
            target.addFlows(family, technical, people, cell(hiresByJob, job), cell(exitsByJob, job), cell(promotionsByJob, job), 0);
            long[] derived = cell(byDerivedCategory, job);
            if (touched(derived)) {
                // EmployeeRecord.categoryOrDerived is the rule; asked once per job code.
                EmployeeRecord probe = EmployeeRecord.builder("category", Sex.UNKNOWN).jobCode(code).build();
                String key = job == 0 ? UNKNOWN : probe.categoryOrDerived().orElse(UNKNOWN);
                target.addCell(Dimension.CATEGORY, key, derived, 0);
            }
        }
        publish(Dimension.CATEGORY, byCategory, c.categories());
        publish(Dimension.LEVEL, byLevel, c.levels());
        publish(Dimension.ESTABLISHMENT, byEstablishment, c.establishments());
        long[][] ageBands = new long[AGE_BANDS.length][CELL];
        long[][] esrsAgeBands = new long[ESRS_AGE_BANDS.length][CELL];
        for (int at = 0; at < AGE_BAND_AT.length; at++) {
            long[] people = cell(byAgeAt, at);
            for (int i = 0; i < CELL; i++) {
                ageBands[AGE_BAND_AT[at]][i] += people[i];
                esrsAgeBands[ESRS_AGE_BAND_AT[at]][i] += people[i];
            }
        }
        for (int i = 0; i < AGE_BANDS.length; i++) {
            publish(Dimension.AGE_BAND, AGE_BANDS[i], ageBands[i]);
        }
        for (int i = 0; i < ESRS_AGE_BANDS.length; i++) {
            publish(Dimension.ESRS_AGE_BAND, ESRS_AGE_BANDS[i], esrsAgeBands[i]);
        }
        for (int i = 0; i < LEVELS.length; i++) {
            publish(Dimension.MANAGEMENT_LEVEL, LEVELS[i].code(), cell(byManagement, i));
        }
        for (int i = 0; i < CONTRACTS.length; i++) {
            publish(Dimension.CONTRACT, CONTRACTS[i].code(), cell(byContract, i));
        }
        for (int i = 0; i <= EXIT_REASONS.length; i++) {
            long[] left = cell(exitsByReason, i);
            if (touched(left)) {
                target.addExitReason(i == EXIT_REASONS.length ? UNKNOWN : EXIT_REASONS[i].code(), left, 0);
            }
        }
    }

    /** A dictionary column's cells: code 0 (absent) is {@code unknown}. */
    private void publish(Dimension dimension, long[] cells, List<String> dictionary) {
        for (int code = 0; code * width < cells.length; code++) {
            publish(dimension, code == 0 ? UNKNOWN : dictionary.get(code - 1), cell(cells, code));
        }
    }

    private void publish(Dimension dimension, String key, long[] cell) {
        if (touched(cell)) {
            target.addCell(dimension, key, cell, 0);
        }
    }

    /** Whether any row was counted in a cell (laid out as the accumulator's): every row counts one person of one sex. */
    private static boolean touched(long[] cell) {
        return cell[F] + cell[M] + cell[U] > 0;
    }
}
