package org.mixite.spi.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One employee over the dataset's reference period: the single record type that every adapter
 * produces and every indicator consumes. Field meanings are those of the canonical CSV (see
 * {@link RecordField} and {@code employee-record.md}). Optional fields are {@link Optional};
 * fields with a documented default ({@code fte} = 1, {@code contract} = permanent, flags = false)
 * hold that default.
 *
 * <p>Instances are created unvalidated; {@link org.mixite.spi.validation.RecordValidator} checks
 * the constraints declared here, including the cross-field rules (exit not before hire, a
 * catch-up raise implies a maternity return, birth date or year present).
 */
@API(status = API.Status.STABLE)
public record EmployeeRecord(
        @NotBlank(message = "must not be blank")
        @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String id,
        @NotNull Sex sex,
        Optional<@Past(message = "must be in the past") LocalDate> birthDate,
        Optional<@Min(value = 1900, message = "must be 1900 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer> birthYear,
        Optional<@Size(max = 200, message = "must be at most 200 characters") String> company,
        Optional<@Size(max = 200, message = "must be at most 200 characters") String> establishment,
        Optional<@Pattern(regexp = "[0-9A-Za-z]{2,8}", message = "must be a PCS-ESE code such as 388a") String> jobCode,
        Optional<@Size(max = 100, message = "must be at most 100 characters") String> jobFamily,
        Optional<@Size(max = 100, message = "must be at most 100 characters") String> category,
        Optional<@Size(max = 100, message = "must be at most 100 characters") String> level,
        @NotNull ManagementLevel managementLevel,
        @NotNull ContractType contract,
        Optional<LocalDate> hireDate,
        Optional<LocalDate> exitDate,
        Optional<ExitReason> exitReason,
        @NotNull
        @DecimalMin(value = Bounds.MIN_FTE, message = "must be at least " + Bounds.MIN_FTE)
        @DecimalMax(value = "1", message = "must be at most 1")
        BigDecimal fte,
        Optional<@DecimalMin(value = Bounds.MIN_WEEKLY_HOURS, message = "must be at least " + Bounds.MIN_WEEKLY_HOURS)
                 @DecimalMax(value = Bounds.MAX_WEEKLY_HOURS, message = "must be at most " + Bounds.MAX_WEEKLY_HOURS) BigDecimal> weeklyHours,
        Optional<@PositiveOrZero(message = "must be 0 or more") @DecimalMax(value = Bounds.MAX_ANNUAL_AMOUNT, message = Bounds.ANNUAL_MESSAGE) BigDecimal> annualBasePay,
        Optional<@PositiveOrZero(message = "must be 0 or more") @DecimalMax(value = Bounds.MAX_ANNUAL_AMOUNT, message = Bounds.ANNUAL_MESSAGE) BigDecimal> annualVariablePay,
        Optional<@PositiveOrZero(message = "must be 0 or more") @DecimalMax(value = Bounds.MAX_ANNUAL_AMOUNT, message = Bounds.ANNUAL_MESSAGE) BigDecimal> annualExcludedPay,
        Optional<@PositiveOrZero(message = "must be 0 or more") @DecimalMax(value = Bounds.MAX_HOURLY_PAY, message = Bounds.HOURLY_MESSAGE) BigDecimal> hourlyPay,
        Optional<@PositiveOrZero(message = "must be 0 or more") @DecimalMax(value = Bounds.MAX_ANNUAL_AMOUNT, message = Bounds.ANNUAL_MESSAGE) BigDecimal> bonus12m,
        Optional<@PositiveOrZero(message = "must be 0 or more") @Max(value = 366, message = "must be at most 366") Integer> daysPresent,
        boolean raised,
        boolean promoted,
        boolean maternityReturn,
        boolean raisedAfterMaternity,
        Optional<@Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z -]{0,9}", message = "must be a postal code such as 31000") String> workPostalCode) {

    public EmployeeRecord {
        // Null-hostile: Optional fields are never null, so indicators never check.
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(birthYear, "birthYear");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(establishment, "establishment");
        Objects.requireNonNull(jobCode, "jobCode");
        Objects.requireNonNull(jobFamily, "jobFamily");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(managementLevel, "managementLevel");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(hireDate, "hireDate");
        Objects.requireNonNull(exitDate, "exitDate");
        Objects.requireNonNull(exitReason, "exitReason");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(weeklyHours, "weeklyHours");
        Objects.requireNonNull(annualBasePay, "annualBasePay");
        Objects.requireNonNull(annualVariablePay, "annualVariablePay");
        Objects.requireNonNull(annualExcludedPay, "annualExcludedPay");
        Objects.requireNonNull(hourlyPay, "hourlyPay");
        Objects.requireNonNull(bonus12m, "bonus12m");
        Objects.requireNonNull(daysPresent, "daysPresent");
        Objects.requireNonNull(workPostalCode, "workPostalCode");
    }

    /** A builder with the documented defaults, for adapters and tests. */
    public static Builder builder(String id, Sex sex) {
        return new Builder(id, sex);
    }

    /** A builder pre-filled with this record's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The Egapro CSP or employer category: {@link #category()} when given, otherwise derived
     * from the first digit of the PCS-ESE {@link #jobCode()} (6 ouv, 5 emp, 4 tam, 3 ic, and 2,
     * chefs d'entreprise salariés, ic: job-families.md, "Deriving the Egapro CSP from PCS-ESE").
     */
    public Optional<String> categoryOrDerived() {
        if (category.isPresent()) {
            return category;
        }
        return jobCode.flatMap(code -> code.isEmpty() ? Optional.empty() : switch (code.charAt(0)) {
            case '6' -> Optional.of("ouv");
            case '5' -> Optional.of("emp");
            case '4' -> Optional.of("tam");
            case '3', '2' -> Optional.of("ic");
            default -> Optional.empty();
        });
    }

    /** The birth year, from {@link #birthDate()} or else {@link #birthYear()}. */
    public Optional<Integer> birthYearOrDerived() {
        return birthDate.map(LocalDate::getYear).or(() -> birthYear);
    }

    // Cross-field rules. Hibernate Validator reads these as bean properties; the validator
    // reports each under the column it names in RecordValidator.

    @AssertTrue(message = "birth_date or birth_year is required")
    private boolean isBirthKnown() {
        return birthDate.isPresent() || birthYear.isPresent();
    }

    @AssertTrue(message = "birth_year does not match the year of birth_date")
    private boolean isBirthConsistent() {
        return birthDate.isEmpty() || birthYear.isEmpty() || birthDate.get().getYear() == birthYear.get();
    }

    @AssertTrue(message = "exit_date must not be before hire_date")
    private boolean isExitAfterHire() {
        return hireDate.isEmpty() || exitDate.isEmpty() || !exitDate.get().isBefore(hireDate.get());
    }

    @AssertTrue(message = "raised_after_maternity requires maternity_return")
    private boolean isMaternityConsistent() {
        return !raisedAfterMaternity || maternityReturn;
    }

    @AssertTrue(message = "birth_date must be " + Bounds.FIRST_DATE + " or later")
    private boolean isBirthDateInRange() {
        return birthDate.isEmpty() || Bounds.inRange(birthDate.get());
    }

    @AssertTrue(message = "hire_date must be between " + Bounds.FIRST_DATE + " and " + Bounds.LAST_DATE)
    private boolean isHireDateInRange() {
        return hireDate.isEmpty() || Bounds.inRange(hireDate.get());
    }

    @AssertTrue(message = "exit_date must be between " + Bounds.FIRST_DATE + " and " + Bounds.LAST_DATE)
    private boolean isExitDateInRange() {
        return exitDate.isEmpty() || Bounds.inRange(exitDate.get());
    }

    /** Mutable builder for {@link EmployeeRecord}; not thread-safe. */
    public static final class Builder {
        private String id;
        private Sex sex;
        private Optional<LocalDate> birthDate = Optional.empty();
        private Optional<Integer> birthYear = Optional.empty();
        private Optional<String> company = Optional.empty();
        private Optional<String> establishment = Optional.empty();
        private Optional<String> jobCode = Optional.empty();
        private Optional<String> jobFamily = Optional.empty();
        private Optional<String> category = Optional.empty();
        private Optional<String> level = Optional.empty();
        private ManagementLevel managementLevel = ManagementLevel.NONE;
        private ContractType contract = ContractType.PERMANENT;
        private Optional<LocalDate> hireDate = Optional.empty();
        private Optional<LocalDate> exitDate = Optional.empty();
        private Optional<ExitReason> exitReason = Optional.empty();
        private BigDecimal fte = BigDecimal.ONE;
        private Optional<BigDecimal> weeklyHours = Optional.empty();
        private Optional<BigDecimal> annualBasePay = Optional.empty();
        private Optional<BigDecimal> annualVariablePay = Optional.empty();
        private Optional<BigDecimal> annualExcludedPay = Optional.empty();
        private Optional<BigDecimal> hourlyPay = Optional.empty();
        private Optional<BigDecimal> bonus12m = Optional.empty();
        private Optional<Integer> daysPresent = Optional.empty();
        private boolean raised;
        private boolean promoted;
        private boolean maternityReturn;
        private boolean raisedAfterMaternity;
        private Optional<String> workPostalCode = Optional.empty();

        private Builder(String id, Sex sex) {
            this.id = Objects.requireNonNull(id, "id");
            this.sex = Objects.requireNonNull(sex, "sex");
        }

        private Builder(EmployeeRecord r) {
            this(r.id, r.sex);
            birthDate = r.birthDate;
            birthYear = r.birthYear;
            company = r.company;
            establishment = r.establishment;
            jobCode = r.jobCode;
            jobFamily = r.jobFamily;
            category = r.category;
            level = r.level;
            managementLevel = r.managementLevel;
            contract = r.contract;
            hireDate = r.hireDate;
            exitDate = r.exitDate;
            exitReason = r.exitReason;
            fte = r.fte;
            weeklyHours = r.weeklyHours;
            annualBasePay = r.annualBasePay;
            annualVariablePay = r.annualVariablePay;
            annualExcludedPay = r.annualExcludedPay;
            hourlyPay = r.hourlyPay;
            bonus12m = r.bonus12m;
            daysPresent = r.daysPresent;
            raised = r.raised;
            promoted = r.promoted;
            maternityReturn = r.maternityReturn;
            raisedAfterMaternity = r.raisedAfterMaternity;
            workPostalCode = r.workPostalCode;
        }

        public Builder id(String value) { id = Objects.requireNonNull(value); return this; }
        public Builder sex(Sex value) { sex = Objects.requireNonNull(value); return this; }
        public Builder birthDate(LocalDate value) { birthDate = Optional.of(value); return this; }
        public Builder birthYear(int value) { birthYear = Optional.of(value); return this; }
        public Builder company(String value) { company = Optional.of(value); return this; }
        public Builder establishment(String value) { establishment = Optional.of(value); return this; }
        public Builder jobCode(String value) { jobCode = Optional.of(value); return this; }
        public Builder jobFamily(String value) { jobFamily = Optional.of(value); return this; }
        public Builder category(String value) { category = Optional.of(value); return this; }
        public Builder level(String value) { level = Optional.of(value); return this; }
        public Builder managementLevel(ManagementLevel value) { managementLevel = Objects.requireNonNull(value); return this; }
        public Builder contract(ContractType value) { contract = Objects.requireNonNull(value); return this; }
        public Builder hireDate(LocalDate value) { hireDate = Optional.of(value); return this; }
        public Builder exitDate(LocalDate value) { exitDate = Optional.of(value); return this; }
        public Builder exitReason(ExitReason value) { exitReason = Optional.of(value); return this; }
        public Builder fte(BigDecimal value) { fte = Objects.requireNonNull(value); return this; }
        public Builder weeklyHours(BigDecimal value) { weeklyHours = Optional.of(value); return this; }
        public Builder annualBasePay(BigDecimal value) { annualBasePay = Optional.of(value); return this; }
        public Builder annualVariablePay(BigDecimal value) { annualVariablePay = Optional.of(value); return this; }
        public Builder annualExcludedPay(BigDecimal value) { annualExcludedPay = Optional.of(value); return this; }
        public Builder hourlyPay(BigDecimal value) { hourlyPay = Optional.of(value); return this; }
        public Builder bonus12m(BigDecimal value) { bonus12m = Optional.of(value); return this; }
        public Builder daysPresent(int value) { daysPresent = Optional.of(value); return this; }
        public Builder raised(boolean value) { raised = value; return this; }
        public Builder promoted(boolean value) { promoted = value; return this; }
        public Builder maternityReturn(boolean value) { maternityReturn = value; return this; }
        public Builder raisedAfterMaternity(boolean value) { raisedAfterMaternity = value; return this; }
        public Builder workPostalCode(String value) { workPostalCode = Optional.of(value); return this; }

        /**
         * Sets one field from its already-parsed value; used by adapters that map columns
         * generically. {@code value} must have the field's Java type.
         */
        public Builder set(RecordField field, Object value) {
            Objects.requireNonNull(value, "value");
            switch (field) {
                case ID -> id((String) value);
                case SEX -> sex((Sex) value);
                case BIRTH_DATE -> birthDate((LocalDate) value);
                case BIRTH_YEAR -> birthYear((Integer) value);
                case COMPANY -> company((String) value);
                case ESTABLISHMENT -> establishment((String) value);
                case JOB_CODE -> jobCode((String) value);
                case JOB_FAMILY -> jobFamily((String) value);
                case CATEGORY -> category((String) value);
                case LEVEL -> level((String) value);
                case MANAGEMENT_LEVEL -> managementLevel((ManagementLevel) value);
                case CONTRACT -> contract((ContractType) value);
                case HIRE_DATE -> hireDate((LocalDate) value);
                case EXIT_DATE -> exitDate((LocalDate) value);
                case EXIT_REASON -> exitReason((ExitReason) value);
                case FTE -> fte((BigDecimal) value);
                case WEEKLY_HOURS -> weeklyHours((BigDecimal) value);
                case ANNUAL_BASE_PAY -> annualBasePay((BigDecimal) value);
                case ANNUAL_VARIABLE_PAY -> annualVariablePay((BigDecimal) value);
                case ANNUAL_EXCLUDED_PAY -> annualExcludedPay((BigDecimal) value);
                case HOURLY_PAY -> hourlyPay((BigDecimal) value);
                case BONUS_12M -> bonus12m((BigDecimal) value);
                case DAYS_PRESENT -> daysPresent((Integer) value);
                case RAISED -> raised((Boolean) value);
                case PROMOTED -> promoted((Boolean) value);
                case MATERNITY_RETURN -> maternityReturn((Boolean) value);
                case RAISED_AFTER_MATERNITY -> raisedAfterMaternity((Boolean) value);
                case WORK_POSTAL_CODE -> workPostalCode((String) value);
            }
            return this;
        }

        public EmployeeRecord build() {
            return new EmployeeRecord(id, sex, birthDate, birthYear, company, establishment, jobCode, jobFamily,
                    category, level, managementLevel, contract, hireDate, exitDate, exitReason, fte, weeklyHours,
                    annualBasePay, annualVariablePay, annualExcludedPay, hourlyPay, bonus12m, daysPresent,
                    raised, promoted, maternityReturn, raisedAfterMaternity, workPostalCode);
        }
    }
}
