package org.mixite.spi.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;

/**
 * Checks an {@link EmployeeRecord} against the constraints it declares, with Hibernate
 * Validator. Messages use EL-free interpolation, so no expression-language implementation is
 * needed on the class path. Thread-safe; share one instance.
 */
@API(status = API.Status.STABLE)
public final class RecordValidator implements AutoCloseable {

    /** Bean properties of the record's cross-field rules, reported under these columns. */
    private static final Map<String, RecordField> CROSS_FIELD_RULES = Map.of(
            "birthKnown", RecordField.BIRTH_DATE,
            "birthConsistent", RecordField.BIRTH_YEAR,
            "exitAfterHire", RecordField.EXIT_DATE,
            "maternityConsistent", RecordField.RAISED_AFTER_MATERNITY,
            "birthDateInRange", RecordField.BIRTH_DATE,
            "hireDateInRange", RecordField.HIRE_DATE,
            "exitDateInRange", RecordField.EXIT_DATE);

    /** The fields each cross-field rule reads. */
    private static final Map<String, java.util.Set<RecordField>> CROSS_FIELD_INPUTS = Map.of(
            "birthKnown", java.util.EnumSet.of(RecordField.BIRTH_DATE, RecordField.BIRTH_YEAR),
            "birthConsistent", java.util.EnumSet.of(RecordField.BIRTH_DATE, RecordField.BIRTH_YEAR),
            "exitAfterHire", java.util.EnumSet.of(RecordField.HIRE_DATE, RecordField.EXIT_DATE),
            "maternityConsistent", java.util.EnumSet.of(RecordField.RAISED_AFTER_MATERNITY, RecordField.MATERNITY_RETURN),
            "birthDateInRange", java.util.EnumSet.of(RecordField.BIRTH_DATE),
            "hireDateInRange", java.util.EnumSet.of(RecordField.HIRE_DATE),
            "exitDateInRange", java.util.EnumSet.of(RecordField.EXIT_DATE));

    private final ValidatorFactory factory;
    private final Validator validator;

    public RecordValidator() {
        factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    /**
     * Validates one record.
     *
     * @param record         the record to check
     * @param position       where the record was read (its line); columns are filled in per field
     * @param columnOfField  the column number of a field in the source, when the source has columns
     * @return the violations, ordered by column order; empty when the record is valid
     */
    public List<Violation> validate(EmployeeRecord record, SourcePosition position,
                                    Function<RecordField, Optional<Integer>> columnOfField) {
        if (DeclaredConstraints.certainlyValid(record, Math.floorDiv(System.currentTimeMillis(), 86_400_000L))) {
            return List.of(); // the common case, without Hibernate Validator's per-constraint paths
        }
        return violations(record, position, columnOfField, java.util.Set.of());
    }

    /**
     * Validates what could be read of a row some fields of which could not be parsed: the
     * constraints on those fields, and the cross-field rules that read them, are skipped (the
     * parse problem is already reported; "birth_date or birth_year is required" would only be
     * its echo), every other constraint is checked, so the row's problems are listed at once.
     *
     * @param partial    the record built from the fields that parsed (the others left absent)
     * @param unreadable the fields whose text could not be parsed
     */
    @API(status = API.Status.EXPERIMENTAL)
    public List<Violation> validateReadable(EmployeeRecord partial, SourcePosition position,
                                            Function<RecordField, Optional<Integer>> columnOfField,
                                            java.util.Set<RecordField> unreadable) {
        return violations(partial, position, columnOfField, unreadable);
    }

    /** Hibernate Validator's violations, but those of constraints reading an unreadable field, in column order. */
    private List<Violation> violations(EmployeeRecord record, SourcePosition position,
                                       Function<RecordField, Optional<Integer>> columnOfField,
                                       java.util.Set<RecordField> unreadable) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<EmployeeRecord> cv : validator.validate(record)) {
            String property = cv.getPropertyPath().iterator().next().getName();
            java.util.Set<RecordField> reads = CROSS_FIELD_INPUTS.getOrDefault(property, java.util.Set.of(fieldOf(cv.getPropertyPath())));
            if (!unreadable.isEmpty() && reads.stream().anyMatch(unreadable::contains)) {
                continue;
            }
            RecordField field = fieldOf(cv.getPropertyPath());
            SourcePosition where = columnOfField.apply(field).map(position::atColumn).orElse(position);
            violations.add(new Violation(where, field.columnName(), describe(field, cv)));
        }
        violations.sort(Comparator.comparing((Violation v) -> RecordField.byName(v.field()).orElseThrow())
                .thenComparing(Violation::message));
        return List.copyOf(violations);
    }

    /** Validates a record that has no source columns (e.g. built in code). */
    public List<Violation> validate(EmployeeRecord record, SourcePosition position) {
        return validate(record, position, field -> Optional.empty());
    }

    private static RecordField fieldOf(Path path) {
        String property = path.iterator().next().getName();
        RecordField rule = CROSS_FIELD_RULES.get(property);
        if (rule != null) {
            return rule;
        }
        return RecordField.byName(property)
                .orElseThrow(() -> new IllegalStateException("constraint on unknown property " + property));
    }

    private static String describe(RecordField field, ConstraintViolation<EmployeeRecord> cv) {
        if (CROSS_FIELD_RULES.containsValue(field) && cv.getInvalidValue() instanceof Boolean) {
            return cv.getMessage();
        }
        // Pay and birth dates are personal data: say what is wrong, never echo the value.
        Object value = cv.getInvalidValue();
        String shown = field.isMasked() || value == null ? "" : " (was '" + abbreviate(value) + "')";
        return field.columnName() + " " + cv.getMessage() + shown;
    }

    private static String abbreviate(Object value) {
        Object shown = value instanceof Optional<?> o ? o.map(Object::toString).orElse("") : value;
        String text = String.valueOf(shown).replaceAll("\\p{Cntrl}", "?");
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    @Override
    public void close() {
        factory.close();
    }
}
