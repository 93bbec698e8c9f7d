package org.mixite.adapter.dsn;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/** Writes records as a one-establishment monthly DSN, for tests: the inverse of the adapter on the fields a DSN carries. */
final class DsnWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMuuuu");

    private DsnWriter() {
    }

    static void write(Iterator<EmployeeRecord> records, Writer out) throws IOException {
        write(records, out, false);
    }

    /** @param socialSecurityBase also a base brute Sécurité sociale (78 code 03) of the base pay, as payroll software writes */
    static void write(Iterator<EmployeeRecord> records, Writer out, boolean socialSecurityBase) throws IOException {
        line(out, "S10.G00.00.001", "MIXITE-TEST");
        line(out, "S10.G00.00.005", "02");
        line(out, "S10.G00.00.006", "P25V01");
        line(out, "S20.G00.05.001", "01");
        line(out, "S20.G00.05.002", "01");
        line(out, "S20.G00.05.005", "01122025");
        line(out, "S21.G00.06.001", "999999999");
        line(out, "S21.G00.11.001", "00011");
        int n = 0;
        while (records.hasNext()) {
            EmployeeRecord r = records.next();
            n++;
            line(out, "S21.G00.30.001", (r.sex() == Sex.FEMALE ? "2" : "1") + "99999" + String.format("%07d", n % 10_000_000));
            if (r.sex() == Sex.FEMALE || r.sex() == Sex.MALE) {
                line(out, "S21.G00.30.005", r.sex() == Sex.FEMALE ? "02" : "01");
            }
            r.birthDate().ifPresentOrElse(d -> unchecked(out, "S21.G00.30.006", d.format(DATE)),
                    () -> r.birthYear().ifPresent(y -> unchecked(out, "S21.G00.30.006", "9999" + y)));
            line(out, "S21.G00.30.019", r.id());
            line(out, "S21.G00.40.001", r.hireDate().orElse(LocalDate.of(2020, 1, 1)).format(DATE));
            r.jobCode().ifPresent(c -> unchecked(out, "S21.G00.40.004", c));
            line(out, "S21.G00.40.007", switch (r.contract()) {
                case FIXED_TERM -> "02";
                case TEMPORARY -> "03";
                case INTERN -> "29";
                case OTHER -> "90";
                default -> "01";
            });
            line(out, "S21.G00.40.008", r.contract() == ContractType.APPRENTICE ? "64" : "99");
            line(out, "S21.G00.40.009", "C" + n);
            line(out, "S21.G00.40.012", "151.67");
            BigDecimal hours = new BigDecimal("151.67").multiply(r.fte()).setScale(2, java.math.RoundingMode.HALF_UP);
            line(out, "S21.G00.40.013", hours.toPlainString());
            line(out, "S21.G00.40.014", r.fte().compareTo(BigDecimal.ONE) == 0 ? "10" : "20");
            if (r.exitDate().isPresent()) {
                line(out, "S21.G00.62.001", r.exitDate().get().format(DATE));
                line(out, "S21.G00.62.002", "059");
                line(out, "S21.G00.63.001", "01");
            }
            line(out, "S21.G00.50.001", "31122025");
            r.annualBasePay().ifPresent(pay -> {
                unchecked(out, "S21.G00.51.001", "01122025");
                unchecked(out, "S21.G00.51.010", "C" + 0);
                unchecked(out, "S21.G00.51.011", "010");
                unchecked(out, "S21.G00.51.013", pay.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
                if (socialSecurityBase) {
                    unchecked(out, "S21.G00.78.001", "03");
                    unchecked(out, "S21.G00.78.004", pay.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
                }
            });
        }
        line(out, "S90.G00.90.002", "1");
    }

    private static void unchecked(Writer out, String id, String value) {
        try {
            line(out, id, value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void line(Writer out, String id, String value) throws IOException {
        out.write(id + ",'" + value + "'\n");
    }
}
