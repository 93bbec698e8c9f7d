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
    private final long[] byAge = new long[AGE_BANDS.length * CELL];
    private final long[] byEsrsAge = new long[ESRS_AGE_BANDS.length * CELL];
    private final long[] byManagement = new long[LEVELS.length * CELL];
    private final long[] byEstablishment;
    private final long[] byContract = new long[CONTRACTS.length * CELL];
    private final long[] exitsByReason = new long[(EXIT_REASONS.length + 1) * CELL];
    private final long[] fteMicros;

    CompositionRows(CompositionAccumulator target, TableColumns columns) {
        this.target = target;
        this.c = columns;
        int jobs = columns.jobCodes().size() + 1;
        byJob = new long[jobs * CELL];
        hiresByJob = new long[jobs * CELL];
        exitsByJob = new long[jobs * CELL];
        promotionsByJob = new long[jobs * CELL];
        byDerivedCategory = new long[jobs * CELL];
        byCategory = new long[(columns.categories().size() + 1) * CELL];
        byLevel = new long[(columns.levels().size() + 1) * CELL];
        byEstablishment = new long[(columns.establishments().size() + 1) * CELL];
        List<BigDecimal> ftes = columns.ftes();
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
        boolean contiguous = rows == null; // a condition the JIT can take out of the loop, leaving a loop over a range without range checks
        for (int k = 0; k < count; k++) {
            int row = contiguous ? first + k : rows[k];
            int hired = hireDays[row];
            int left = exitDays[row];
            if (hired != TableColumns.ABSENT && hired > end || left != TableColumns.ABSENT && left < start) {
                continue; // not present in the period
            }
            int sex = Math.min(sexColumn[row], U); // Sex ordinals: F 0, M 1, then the others
            long fte = fteMicros[fteCodes[row]];
            int job = jobCodes[row];
            count(byJob, job, sex, fte);
            int category = categoryCodes[row];
            if (category != 0) {
                count(byCategory, category, sex, fte);
            } else {
                count(byDerivedCategory, job, sex, fte);
            }
            count(byLevel, levelCodes[row], sex, fte);
            int ageAt = Math.min(Math.max(TableColumns.age(birthDates[row], birthYears[row], endPacked), -1), MAX_BAND_AGE) + 1; // ABSENT is the least int: -1, unknown
            count(byAge, AGE_BAND_AT[ageAt], sex, fte);
            count(byEsrsAge, ESRS_AGE_BAND_AT[ageAt], sex, fte);
            count(byManagement, managementColumn[row], sex, fte);
            count(byEstablishment, siteCodes[row], sex, fte);
            count(byContract, contractColumn[row], sex, fte);
            if (hired != TableColumns.ABSENT && hired >= start) { // and ≤ end: present
                count(hiresByJob, job, sex, fte);
            }
            if (left != TableColumns.ABSENT && left <= end) {
                count(exitsByJob, job, sex, fte);
                int reason = exitReasons[row];
                count(exitsByReason, reason < 0 ? EXIT_REASONS.length : reason, sex, fte);
            }
            if ((flagColumn[row] & TableColumns.PROMOTED) != 0) {
                count(promotionsByJob, job, sex, fte);
            }
        }
        publish();
    }

    private static void count(long[] cells, int code, int sex, long fte) {
        int at = code * CELL;
        cells[at + sex]++;
        if (sex < U) {
            cells[at + 3 + sex] += fte;
        }
    }

    /** Turns each code into its key, once, and adds its cell to the accumulator. */
    private void publish() {
        List<String> jobCodes = c.jobCodes();
        for (int job = 0; job * CELL < byJob.length; job++) {
            if (!touched(byJob, job)) {
                continue;
            }
            String code = job == 0 ? "" : jobCodes.get(job - 1);
            JobClassification classification = target.classifier().classifyCode(code);
            boolean technical = classification.family() == JobFamily.TECHNICAL_DIGITAL;
            String family = classification.family().code();
            target.addCell(Dimension.JOB_FAMILY, family, byJob, job * CELL);
            if (technical) {
                target.addCell(Dimension.DIGITAL_SUBFAMILY, classification.subFamily().orElse(CompositionAccumulator.UNSPECIFIED),
                        byJob, job * CELL);
            }
            target.addFlows(family, technical, byJob, hiresByJob, exitsByJob, promotionsByJob, job * CELL);
            if (touched(byDerivedCategory, job)) {
                // EmployeeRecord.categoryOrDerived is the rule; asked once per job code.
                EmployeeRecord probe = EmployeeRecord.builder("category", Sex.UNKNOWN).jobCode(code).build();
                String key = job == 0 ? UNKNOWN : probe.categoryOrDerived().orElse(UNKNOWN);
                target.addCell(Dimension.CATEGORY, key, byDerivedCategory, job * CELL);
            }
        }
        publish(Dimension.CATEGORY, byCategory, c.categories());
        publish(Dimension.LEVEL, byLevel, c.levels());
        publish(Dimension.ESTABLISHMENT, byEstablishment, c.establishments());
        for (int i = 0; i < AGE_BANDS.length; i++) {
            publish(Dimension.AGE_BAND, AGE_BANDS[i], byAge, i);
        }
        for (int i = 0; i < ESRS_AGE_BANDS.length; i++) {
            publish(Dimension.ESRS_AGE_BAND, ESRS_AGE_BANDS[i], byEsrsAge, i);
        }
        for (int i = 0; i < LEVELS.length; i++) {
            publish(Dimension.MANAGEMENT_LEVEL, LEVELS[i].code(), byManagement, i);
        }
        for (int i = 0; i < CONTRACTS.length; i++) {
            publish(Dimension.CONTRACT, CONTRACTS[i].code(), byContract, i);
        }
        for (int i = 0; i <= EXIT_REASONS.length; i++) {
            if (touched(exitsByReason, i)) {
                target.addExitReason(i == EXIT_REASONS.length ? UNKNOWN : EXIT_REASONS[i].code(), exitsByReason, i * CELL);
            }
        }
    }

    /** A dictionary column's cells: code 0 (absent) is {@code unknown}. */
    private void publish(Dimension dimension, long[] cells, List<String> dictionary) {
        for (int code = 0; code * CELL < cells.length; code++) {
            publish(dimension, code == 0 ? UNKNOWN : dictionary.get(code - 1), cells, code);
        }
    }

    private void publish(Dimension dimension, String key, long[] cells, int code) {
        if (touched(cells, code)) {
            target.addCell(dimension, key, cells, code * CELL);
        }
    }

    /** Whether any row was counted in a cell: every row counts one person of one sex. */
    private static boolean touched(long[] cells, int code) {
        int at = code * CELL;
        return cells[at + F] + cells[at + M] + cells[at + U] > 0;
    }
}
