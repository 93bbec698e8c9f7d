package org.mixite.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/** A deterministic synthetic workforce for benchmarks (the demo generator models realism; this models volume). */
final class Employees {

    private static final String[] JOB_CODES = {"388a", "388b", "388c", "478a", "478b", "542a", "621a", "372a"};
    private static final String[] LEVELS = {"L1", "L2", "L3", "L4", "L5"};

    private Employees() {
    }

    static Stream<EmployeeRecord> generate(int rows, long seed) {
        return IntStream.range(0, rows).mapToObj(i -> {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
            Sex sex = random.nextDouble() < 0.27 ? Sex.FEMALE : random.nextDouble() < 0.995 ? Sex.MALE : Sex.UNKNOWN;
            String job = JOB_CODES[random.nextInt(JOB_CODES.length)];
            int base = 24_000 + random.nextInt(70_000) - (sex == Sex.FEMALE ? 1_500 : 0);
            return EmployeeRecord.builder("E" + i, sex)
                    .birthYear(1960 + random.nextInt(43))
                    .establishment("ETAB-" + random.nextInt(12))
                    .jobCode(job)
                    .level(LEVELS[random.nextInt(LEVELS.length)])
                    .hireDate(LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 1))
                    .fte(random.nextDouble() < 0.9 ? BigDecimal.ONE : new BigDecimal("0.8"))
                    .weeklyHours(new BigDecimal("35"))
                    .annualBasePay(BigDecimal.valueOf(base * 100L, 2))
                    .annualVariablePay(BigDecimal.valueOf(random.nextInt(600_000), 2))
                    .bonus12m(BigDecimal.valueOf(random.nextInt(300_000), 2))
                    .raised(random.nextDouble() < 0.6)
                    .promoted(random.nextDouble() < 0.08)
                    .build();
        });
    }
}
