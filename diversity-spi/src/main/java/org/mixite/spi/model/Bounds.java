package org.mixite.spi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The plausible ranges of the record's numbers and dates (employee-record.md, "Plausible
 * ranges"): wide enough for any real payroll, narrow enough that no indicator can overflow. A
 * value outside them is a typo (a misplaced decimal point, a day count in the hours column), and
 * the record is rejected with the field named, like any other invalid record, instead of
 * stopping the run in the middle of an indicator.
 *
 * <p>Why these figures, with the arithmetic they guarantee (a reference period is at most 366
 * days and a person counted for pay is present at least one day of it):
 * <ul>
 *   <li>Annual amounts (base, variable, excluded pay, 12-month bonus) up to 10⁸ € — a hundred
 *       million euros a year for one person, beyond the largest salaries paid in Europe. Pay
 *       converted to full time and full year, (base + variable) × 366 / (fte × 1 day), is then at
 *       most 2·10⁸ × 366 / 0.01 = 7.3·10¹² €, 7.3·10¹⁸ micro-euros, below 2⁶³ ≈ 9.2·10¹⁸; an
 *       hourly rate derived from it over at least 0.35 h a week (35 h × 0.01) at most 4·10⁹ €,
 *       4·10¹⁸ nano-euros.</li>
 *   <li>{@code hourly_pay} up to 10⁶ € an hour (10¹⁵ nano-euros): far above any real rate, and
 *       a 10¹¹ typed for 10.11 is caught.</li>
 *   <li>{@code fte} from 0.01 (21 minutes of a 35-hour week) to 1; {@code weekly_hours} from 1 to
 *       168 (every hour of the week): below them a derived hourly rate divides by almost
 *       nothing.</li>
 *   <li>Dates from {@value #FIRST_DATE} to {@value #LAST_DATE}, like {@code birth_year}: an age or
 *       a length of service is then a small number, and a 5-digit year is a typo.</li>
 * </ul>
 */
@API(status = API.Status.STABLE)
public final class Bounds {

    /** The largest annual amount, in the dataset's currency: 10⁸. */
    public static final String MAX_ANNUAL_AMOUNT = "100000000";
    /** The largest hourly pay: 10⁶. */
    public static final String MAX_HOURLY_PAY = "1000000";
    /** The smallest working-time ratio. */
    public static final String MIN_FTE = "0.01";
    /** The fewest contractual weekly hours. */
    public static final String MIN_WEEKLY_HOURS = "1";
    /** The most contractual weekly hours: every hour of the week. */
    public static final String MAX_WEEKLY_HOURS = "168";
    /** The earliest date of the record (birth, hire, exit). */
    public static final String FIRST_DATE = "1900-01-01";
    /** The latest hire or exit date. */
    public static final String LAST_DATE = "2100-12-31";

    static final String ANNUAL_MESSAGE = "must be at most 100000000 (10^8 a year: check the decimal point)";
    static final String HOURLY_MESSAGE = "must be at most 1000000 (10^6 an hour: check the decimal point)";

    /** {@link #MAX_ANNUAL_AMOUNT} as a number. */
    public static final BigDecimal MAX_ANNUAL = new BigDecimal(MAX_ANNUAL_AMOUNT);
    /** {@link #MAX_HOURLY_PAY} as a number. */
    public static final BigDecimal MAX_HOURLY = new BigDecimal(MAX_HOURLY_PAY);
    /** {@link #MIN_FTE} as a number. */
    public static final BigDecimal SMALLEST_FTE = new BigDecimal(MIN_FTE);
    /** {@link #MIN_WEEKLY_HOURS} as a number. */
    public static final BigDecimal FEWEST_WEEKLY_HOURS = new BigDecimal(MIN_WEEKLY_HOURS);
    /** {@link #MAX_WEEKLY_HOURS} as a number. */
    public static final BigDecimal MOST_WEEKLY_HOURS = new BigDecimal(MAX_WEEKLY_HOURS);
    /** {@link #FIRST_DATE} as a date. */
    public static final LocalDate EARLIEST = LocalDate.parse(FIRST_DATE);
    /** {@link #LAST_DATE} as a date. */
    public static final LocalDate LATEST = LocalDate.parse(LAST_DATE);

    private Bounds() {
    }

    /** Whether a date of the record lies from {@link #EARLIEST} to {@link #LATEST}. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Whether an annual amount lies from 0 to {@link #MAX_ANNUAL}. */
    public static boolean annualAmount(BigDecimal amount) {
        return amount.signum() >= 0 && amount.compareTo(MAX_ANNUAL) <= 0;
    }
}
