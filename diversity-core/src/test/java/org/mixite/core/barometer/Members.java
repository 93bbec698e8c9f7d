package org.mixite.core.barometer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Random members' records for the barometer tests: every field a contribution counts, varied, with traps for privacy. */
final class Members {

    static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);
    static final String[] JOBS = {"388a", "388c", "478a", "544a", "372a", "542a", "625a", "", "999z"};
    static final String[] POSTAL_CODES = {"31415", "34170", "75011", "69003", "20167", "20290", "97411", "98765", "1234"};

    private Members() {
    }

    /** {@code n} records of one member, from a seed. Ids, birth dates, pays and postal codes are distinctive, to be searched for. */
    static List<EmployeeRecord> records(String member, long seed, int n) {
        Random random = new Random(seed);
        List<EmployeeRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sex sex = random.nextInt(10) < 3 ? Sex.FEMALE : random.nextInt(20) == 0 ? Sex.UNKNOWN : Sex.MALE;
            EmployeeRecord.Builder b = EmployeeRecord.builder(member + "-ID-" + (7_000_001 + i), sex)
                    .birthDate(LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .managementLevel(ManagementLevel.values()[random.nextInt(100) < 80 ? 0 : random.nextInt(ManagementLevel.values().length)])
                    .contract(ContractType.values()[random.nextInt(ContractType.values().length)])
                    .fte(random.nextInt(5) == 0 ? new BigDecimal("0.8") : BigDecimal.ONE)
                    .annualBasePay(new BigDecimal(30_000 + random.nextInt(60_000) + ".37"))
                    .promoted(random.nextInt(10) == 0);
            String job = JOBS[random.nextInt(JOBS.length)];
            if (!job.isEmpty()) {
                b.jobCode(job);
            }
            if (random.nextInt(6) > 0) {
                b.workPostalCode(POSTAL_CODES[random.nextInt(POSTAL_CODES.length)]);
            }
            LocalDate hire = LocalDate.of(2015 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28));
            b.hireDate(hire);
            if (random.nextInt(5) == 0) {
                LocalDate exit = hire.plusDays(random.nextInt(900));
                b.exitDate(exit);
                if (random.nextInt(4) > 0) {
                    b.exitReason(ExitReason.values()[random.nextInt(ExitReason.values().length)]);
                }
            }
            if (random.nextInt(50) == 0 && !hire.isAfter(YEAR.end())) {
                b.exitDate(YEAR.end()); // gone on the last day: in the stock and in the exits
            }
            out.add(b.build());
        }
        return out;
    }

    static Contribution contribution(String member, List<EmployeeRecord> records) {
        ContributionAccumulator acc = new ContributionAccumulator(member, YEAR, JobClassifier.defaults());
        records.forEach(acc::add);
        return acc.contribution(Contribution.Headline.NONE, "0.1.0");
    }
}
