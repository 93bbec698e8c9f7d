package org.mixite.adapter.tck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apiguardian.api.API;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/**
 * Valid, varied, reproducible employee records for the kit: record {@code i} is always the
 * same, ids are {@code E0000001}, {@code E0000002}, … and never repeat. Generated lazily, so
 * that a million records cost no memory.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EmployeeGenerator {

    private static final String[] JOB_CODES = {"388a", "462a", "543a", "625a", "372c", "467b"};
    private static final String[] ESTABLISHMENTS = {"Paris", "Lyon", "Lille"};
    private static final String[] POSTAL_CODES = {"75011", "69003", "59000"};

    private EmployeeGenerator() {
    }

    /** The id of record {@code i} (1-based). */
    public static String id(long i) {
        return String.format("E%07d", i);
    }

    /** Record {@code i} (1-based): every field the canonical record knows, all valid. */
    public static EmployeeRecord record(long i) {
        Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        int k = (int) (i % 9973);
        LocalDate birth = LocalDate.of(1960 + k % 40, 1 + k % 12, 1 + k % 28);
        LocalDate hire = LocalDate.of(2000 + k % 25, 1 + (k / 12) % 12, 1 + (k / 7) % 28);
        boolean partTime = k % 5 == 0;
        boolean maternity = sex == Sex.FEMALE && k % 17 == 0;
        return EmployeeRecord.builder(id(i), sex)
                .birthDate(birth)
                .company("ACME")
                .establishment(ESTABLISHMENTS[k % ESTABLISHMENTS.length])
                .workPostalCode(POSTAL_CODES[k % POSTAL_CODES.length])
                .jobCode(JOB_CODES[k % JOB_CODES.length])
                .contract(k % 11 == 0 ? ContractType.FIXED_TERM : ContractType.PERMANENT)
                .hireDate(hire)
                .fte(partTime ? new BigDecimal("0.8") : BigDecimal.ONE)
                .annualBasePay(BigDecimal.valueOf(28_000 + (k * 37L) % 40_000, 0).add(new BigDecimal("0.50")))
                .bonus12m(BigDecimal.valueOf((k * 13L) % 5_000))
                .raised(k % 3 == 0)
                .promoted(k % 7 == 0)
                .maternityReturn(maternity)
                .raisedAfterMaternity(maternity && k % 2 == 0)
                .build();
    }

    /** Records 1 to {@code n}, generated as they are iterated. */
    public static Iterator<EmployeeRecord> records(long n) {
        return new Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= n;
            }

            @Override
            public EmployeeRecord next() {
                if (next > n) {
                    throw new NoSuchElementException();
                }
                return record(next++);
            }
        };
    }
}
