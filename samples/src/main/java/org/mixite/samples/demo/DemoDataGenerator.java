package org.mixite.samples.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;

/**
 * A fictitious digital company (or federation of companies), generated deterministically: the
 * same seed, size and year always give the same records, in the same order, and person i does
 * not depend on the others, so that any size streams in constant memory (10 million rows
 * included).
 *
 * <p>The structure follows the figures of job-families.md: about 55% of jobs are technical
 * digital (PCS-ESE 388a–e, 478a–d, 544a), about 23–25% women overall in one company (more in a
 * federation's smaller members) and 15–20% in technical
 * jobs, fewer women at each management step (a leaky pipeline), a small pay gap concentrated
 * in IT management and senior engineering, bonuses, hires, exits, promotions, maternity returns
 * with catch-up raises, part-time work, and a few executives and board members. Five
 * establishments; {@code TLS} (Toulouse) is the one in Occitanie.
 *
 * <p>Year-over-year: turnover is simulated from {@value #EPOCH} on, so that year Y is year Y−1's
 * population evolved: stayers keep their id, sex, birth and hire dates; those who leave in Y−1
 * (about 9% a year) are absent in Y and replaced by people hired in Y (ids suffixed with the hiring
 * year). Each hiring year brings slightly more women into technical jobs (13% before
 * {@value #EPOCH}, +0.4 point a year, at most 20%); at 2,000 people, year-to-year noise is of the same size.
 */
public final class DemoDataGenerator {

    /** Establishments: id → city, postal code. TLS is in Occitanie. */
    public static final String[][] ESTABLISHMENTS = {
            {"PAR", "Paris", "75002"}, {"LYS", "Lyon", "69002"}, {"TLS", "Toulouse (Occitanie)", "31000"}, {"NTE", "Nantes", "44000"},
            {"LIL", "Lille", "59000"}};
    static final String[] COMPANIES = {"NUMERIA", "OCCITECH", "DATAFORGE", "CLOUDLINE", "PIXELIS"};

    /** Job codes with their weight (per mille), whether technical, and a base salary at level 1. */
    private static final Object[][] JOBS = {
            {"388a", 200, true, 42_000}, {"388b", 80, true, 44_000}, {"388c", 70, true, 52_000}, {"388d", 10, true, 48_000},
            {"388e", 10, true, 47_000}, {"478a", 80, true, 33_000}, {"478b", 30, true, 31_000}, {"478c", 50, true, 30_000},
            {"478d", 10, true, 32_000}, {"544a", 10, true, 26_000},
            {"372a", 90, false, 50_000}, {"375a", 40, false, 46_000}, {"461d", 60, false, 34_000}, {"467a", 40, false, 32_000},
            {"542a", 90, false, 25_000}, {"543d", 60, false, 26_000}, {"546a", 30, false, 24_000}, {"621a", 20, false, 23_500},
            {"628a", 20, false, 24_000}};

    private final long seed;
    private final int employees;
    private final int companies;
    private final int year;

    /**
     * @param seed      any value; the same seed gives the same data
     * @param employees how many records
     * @param companies 1 for one company, more for a federation (members of falling sizes, each smaller one with more women)
     * @param year      the reference year
     */
    public DemoDataGenerator(long seed, int employees, int companies, int year) {
        if (employees < 0 || companies < 1 || companies > COMPANIES.length) {
            throw new IllegalArgumentException("employees must be ≥ 0 and companies between 1 and " + COMPANIES.length);
        }
        this.seed = seed;
        this.employees = employees;
        this.companies = companies;
        this.year = year;
    }

    /** The records, streamed in id order. */
    public Stream<EmployeeRecord> records() {
        Iterator<EmployeeRecord> iterator = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < employees;
            }

            @Override
            public EmployeeRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return person(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(iterator, employees, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Turnover is simulated from this year on: the people present then were all hired before it. */
    static final int EPOCH = 2010;
    private static final double EXIT_RATE = 0.09;

    /**
     * Who holds slot {@code i} in the year: the slot's first holder, or the person hired into it the
     * year after its previous holder left. Walking the years from {@link #EPOCH} makes consecutive
     * years one evolving population: stayers keep their id and identity, leavers of year Y−1 are gone
     * in year Y, and their replacements appear in year Y only.
     *
     * @return {hiredYear or 0 for the first holder, 1 if this holder leaves in the year, else 0}
     */
    private int[] holder(int i) {
        int hiredYear = 0;
        boolean left = false;
        for (int y = EPOCH; y <= year; y++) {
            boolean hiredNow = left;
            if (hiredNow) {
                hiredYear = y;
            }
            left = !hiredNow && new SplittableRandom((seed * 0x2545F4914F6CDD1DL + y) * 0x9E3779B97F4A7C15L + i).nextDouble() < EXIT_RATE;
        }
        return new int[] {hiredYear, left ? 1 : 0};
    }

    /**
     * The company of slot {@code i}. With several companies their sizes fall off (weights C, C−1,
     * …, 1: 50%, 33% and 17% for three), as in a real federation; one company holds everyone.
     */
    private int companyOf(int i) {
        if (companies == 1) {
            return 0;
        }
        int draw = new SplittableRandom((seed ^ 0x5DEECE66DL) * 0x9E3779B97F4A7C15L + i).nextInt(companies * (companies + 1) / 2);
        for (int k = 0; k < companies; k++) {
            draw -= companies - k;
            if (draw < 0) {
                return k;
            }
        }
        return companies - 1;
    }

    /** How much likelier a board seat is in company k than on average, so each member's board is about the same size. */
    private double boardScale(int k) {
        double weight = (companies - k) / (companies * (companies + 1) / 2.0);
        return 1.0 / (companies * weight);
    }

    /** Person {@code i}, independent of every other person. */
    EmployeeRecord person(int i) {
        int[] holder = holder(i);
        int hiredYear = holder[0];
        boolean leaves = holder[1] == 1;
        // Identity (sex, job, birth, hire) depends on the seed, the slot and the holder only, so stayers are the same people.
        SplittableRandom who = new SplittableRandom((seed * 0x9E3779B97F4A7C15L + i) * 31 + hiredYear);
        SplittableRandom thisYear = new SplittableRandom((seed * 31 + year) * 0xBF58476D1CE4E5B9L + i);
        int companyIndex = companyOf(i);
        String company = COMPANIES[companyIndex];
        Object[] job = pickJob(who.nextInt(1000));
        boolean technical = (Boolean) job[2];
        String jobCode = (String) job[0];
        // Women: 13% of the first technical holders, a little more in each later hiring year; ~31% elsewhere.
        double womenShare = (technical ? Math.min(0.20, 0.13 + 0.004 * Math.max(0, hiredYear - EPOCH)) : 0.31)
                * (1 + 0.2 * companyIndex); // federation members differ in mix: each smaller one has more women
        Sex sex = who.nextDouble() < 0.004 ? Sex.OTHER : who.nextDouble() < womenShare ? Sex.FEMALE : Sex.MALE;
        boolean female = sex == Sex.FEMALE;
        // Hired at 21 to 51 (technical people younger); first holders hired 0 to 7 years before the epoch (a young digital company).
        int hireYear = hiredYear != 0 ? hiredYear : EPOCH - 1 - who.nextInt(8);
        int birthYear = hireYear - 21 - (int) Math.round(Math.pow(who.nextDouble(), technical ? 1.6 : 1.2) * 30);
        int age = year - birthYear;
        LocalDate birth = LocalDate.of(birthYear, 1 + who.nextInt(12), 1 + who.nextInt(28));
        LocalDate hire = LocalDate.of(hireYear, 1 + who.nextInt(12), 1 + who.nextInt(28));
        int seniority = Math.max(0, year - hireYear);
        // The leaky pipeline: women are less often promoted into management.
        double m = who.nextDouble();
        double board = (female ? 0.0015 : 0.002) * boardScale(companyIndex); // a board of similar size in every member
        ManagementLevel level = m < board ? ManagementLevel.BOARD
                : m < (female ? 0.011 : 0.025) ? ManagementLevel.EXECUTIVE
                : m < (female ? 0.08 : 0.15) && age > 28 ? ManagementLevel.MANAGER : ManagementLevel.NONE;
        int grade = Math.min(6, 1 + seniority / 4 + (level == ManagementLevel.NONE ? 0 : 1) + (age > 45 ? 1 : 0));
        double c = who.nextDouble();
        ContractType contract = c < 0.02 ? ContractType.APPRENTICE : c < 0.03 ? ContractType.INTERN
                : c < 0.08 ? ContractType.FIXED_TERM : ContractType.PERMANENT;
        BigDecimal fte = who.nextDouble() < (female ? 0.12 : 0.03) ? new BigDecimal("0.8") : BigDecimal.ONE;
        // Pay: base by job and grade; a small gap, concentrated in IT management and senior engineering.
        double base = ((Integer) job[3]) * (1 + 0.11 * (grade - 1)) * (0.94 + 0.12 * thisYear.nextDouble());
        if (level == ManagementLevel.MANAGER) {
            base *= 1.15;
        } else if (level == ManagementLevel.EXECUTIVE) {
            base *= 1.9;
        } else if (level == ManagementLevel.BOARD) {
            base *= 2.6;
        }
        if (female) {
            base *= jobCode.equals("388c") || (jobCode.equals("388a") && grade >= 4) || jobCode.equals("372a") ? 0.93 : 0.99;
        }
        if (contract == ContractType.APPRENTICE || contract == ContractType.INTERN) {
            base = contract == ContractType.APPRENTICE ? 14_000 : 7_800;
        }
        double variableRate = level == ManagementLevel.NONE ? 0.04 : 0.12;
        double variable = thisYear.nextDouble() < 0.7 ? base * variableRate * (0.5 + thisYear.nextDouble()) : 0;
        // Exits and the year's events.
        LocalDate exit = null;
        ExitReason reason = null;
        if (leaves) { // never someone hired this year: holder() replaces leavers the next year only
            exit = LocalDate.of(year, 1 + thisYear.nextInt(12), 1 + thisYear.nextInt(28));
            double r = thisYear.nextDouble();
            reason = r < 0.6 ? ExitReason.RESIGNATION : r < 0.75 ? ExitReason.END_OF_CONTRACT : r < 0.9 ? ExitReason.RETIREMENT
                    : r < 0.97 ? ExitReason.DISMISSAL : ExitReason.OTHER;
            if (contract == ContractType.FIXED_TERM) {
                reason = ExitReason.END_OF_CONTRACT;
            }
        }
        LocalDate start = hire.isAfter(LocalDate.of(year, 1, 1)) ? hire : LocalDate.of(year, 1, 1);
        LocalDate end = exit != null ? exit : LocalDate.of(year, 12, 31);
        double presence = Math.max(1, end.toEpochDay() - start.toEpochDay() + 1) / 365.0;
        boolean maternity = female && age >= 25 && age <= 40 && thisYear.nextDouble() < 0.07;
        boolean promoted = thisYear.nextDouble() < (female ? 0.07 : 0.085);
        boolean raised = promoted || thisYear.nextDouble() < (female ? 0.67 : 0.69);

        String[] site = ESTABLISHMENTS[who.nextInt(ESTABLISHMENTS.length)];
        EmployeeRecord.Builder b = EmployeeRecord.builder(hiredYear == 0 ? String.format("%s-%07d", company.substring(0, 3), i)
                        : String.format("%s-%07d-%d", company.substring(0, 3), i, hiredYear), sex)
                .birthDate(birth)
                .company(company)
                .establishment(site[0])
                .workPostalCode(site[2])
                .jobCode(jobCode)
                .level("L" + grade)
                .managementLevel(level)
                .contract(contract)
                .hireDate(hire)
                .fte(fte)
                .weeklyHours(BigDecimal.valueOf(35).multiply(fte).setScale(1, RoundingMode.HALF_UP))
                .annualBasePay(money(base * presence * fte.doubleValue()))
                .annualVariablePay(money(variable * presence))
                .bonus12m(money(variable * presence))
                .raised(raised)
                .promoted(promoted)
                .maternityReturn(maternity)
                .raisedAfterMaternity(maternity && thisYear.nextDouble() < 0.9); // most get the catch-up raise the law requires
        if (exit != null) {
            b.exitDate(exit).exitReason(reason);
        }
        if (thisYear.nextDouble() < 0.05) {
            b.annualExcludedPay(money(base * 0.02)); // overtime and seniority premiums, excluded from Egapro pay
        }
        return b.build();
    }

    private static Object[] pickJob(int perMille) {
        int cumulative = 0;
        for (Object[] job : JOBS) {
            cumulative += (Integer) job[1];
            if (perMille < cumulative) {
                return job;
            }
        }
        return JOBS[JOBS.length - 1];
    }

    private static BigDecimal money(double euros) {
        return BigDecimal.valueOf(Math.round(euros * 100), 2);
    }
}
