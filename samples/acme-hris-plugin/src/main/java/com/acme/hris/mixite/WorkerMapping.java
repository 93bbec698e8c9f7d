package com.acme.hris.mixite;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.RowMapper;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * ACME's vocabulary onto the canonical record. Vendor codes are translated here (gender words,
 * French contract codes, a percentage for the working-time ratio); the canonical texts are then
 * parsed by the SPI's {@link RowMapper}, and validated by the loader like any other input.
 *
 * <pre>
 * workerId                → id                  employment.type CDI|CDD|APPR|STAGE|INTERIM → contract
 * gender female|male|…    → sex F|M|X           employment.start / end → hire_date / exit_date
 * dob                     → birth_date          employment.ratio (%)   → fte (ratio / 100)
 * site.name               → establishment       pay.base / variable    → annual_base_pay / _variable_pay
 * position.pcs|family|grade → job_code|job_family|level   events.raise|promotion|maternityReturn|
 *                                                         raiseAfterMaternity → raised|promoted|…
 * </pre>
 */
final class WorkerMapping {

    private static final Map<String, String> GENDERS = Map.of("female", "F", "male", "M", "other", "X", "unknown", "");
    private static final Map<String, String> CONTRACTS = Map.of("CDI", "permanent", "CDD", "fixed_term",
            "APPR", "apprentice", "STAGE", "intern", "INTERIM", "temporary");

    private final String currency;
    private final RowMapper rowMapper = new RowMapper(false);

    WorkerMapping(String currency) {
        this.currency = currency.strip().toUpperCase(Locale.ROOT);
    }

    ReadResult map(JsonNode worker, SourcePosition at) {
        Map<RecordField, String> values = new EnumMap<>(RecordField.class);
        List<Violation> problems = new ArrayList<>();
        Scalars scalars = new Scalars(at, problems);
        scalars.text(worker, "workerId").ifPresent(v -> values.put(RecordField.ID, v));
        scalars.text(worker, "gender").ifPresent(g -> {
            String code = GENDERS.get(g.toLowerCase(Locale.ROOT));
            if (code == null) {
                problems.add(new Violation(at, "sex", "gender must be female, male, other or unknown (was '" + shorten(g) + "')"));
            } else {
                values.put(RecordField.SEX, code);
            }
        });
        scalars.text(worker, "dob").ifPresent(v -> values.put(RecordField.BIRTH_DATE, v));
        scalars.text(worker.path("site"), "name").ifPresent(v -> values.put(RecordField.ESTABLISHMENT, v));
        JsonNode position = worker.path("position");
        scalars.text(position, "pcs").ifPresent(v -> values.put(RecordField.JOB_CODE, v));
        scalars.text(position, "family").ifPresent(v -> values.put(RecordField.JOB_FAMILY, v));
        scalars.text(position, "grade").ifPresent(v -> values.put(RecordField.LEVEL, v));
        JsonNode employment = worker.path("employment");
        scalars.text(employment, "type").ifPresent(t -> {
            String code = CONTRACTS.get(t.toUpperCase(Locale.ROOT));
            if (code == null) {
                problems.add(new Violation(at, "contract", "employment.type must be one of " + String.join(", ",
                        new java.util.TreeSet<>(CONTRACTS.keySet())) + " (was '" + shorten(t) + "')"));
            } else {
                values.put(RecordField.CONTRACT, code);
            }
        });
        scalars.text(employment, "start").ifPresent(v -> values.put(RecordField.HIRE_DATE, v));
        scalars.text(employment, "end").ifPresent(v -> values.put(RecordField.EXIT_DATE, v));
        scalars.text(employment, "ratio").ifPresent(r -> {
            try {
                BigDecimal percent = new BigDecimal(r);
                if (Math.abs(percent.scale()) > 100) {
                    throw new NumberFormatException("implausible");
                }
                values.put(RecordField.FTE, percent.movePointLeft(2).stripTrailingZeros().toPlainString());
            } catch (NumberFormatException e) {
                problems.add(new Violation(at, "fte", "employment.ratio must be a percentage (was '" + shorten(r) + "')"));
            }
        });
        JsonNode pay = worker.path("pay");
        boolean paid = pay.has("base") || pay.has("variable");
        String payCurrency = scalars.text(pay, "currency").orElse("");
        if (paid && !payCurrency.equalsIgnoreCase(currency)) {
            // Never echo the amounts: pay is personal data.
            problems.add(new Violation(at, "annual_base_pay", "pay.currency must be " + currency
                    + " (was '" + shorten(payCurrency) + "')"));
        }
        scalars.text(pay, "base").ifPresent(v -> values.put(RecordField.ANNUAL_BASE_PAY, v));
        scalars.text(pay, "variable").ifPresent(v -> values.put(RecordField.ANNUAL_VARIABLE_PAY, v));
        JsonNode events = worker.path("events");
        scalars.text(events, "raise").ifPresent(v -> values.put(RecordField.RAISED, v));
        scalars.text(events, "promotion").ifPresent(v -> values.put(RecordField.PROMOTED, v));
        scalars.text(events, "maternityReturn").ifPresent(v -> values.put(RecordField.MATERNITY_RETURN, v));
        scalars.text(events, "raiseAfterMaternity").ifPresent(v -> values.put(RecordField.RAISED_AFTER_MATERNITY, v));
        return rowMapper.map(values, at, Map.of(), problems); // with the row's other problems, if any
    }

    /** Reads scalar members; an object or array where a value belongs is a violation. */
    private record Scalars(SourcePosition at, List<Violation> problems) {

        /** The member as text (numbers in plain notation); empty when absent, null or not a scalar. */
        Optional<String> text(JsonNode parent, String member) {
            JsonNode node = parent.path(member);
            if (node.isMissingNode() || node.isNull()) {
                return Optional.empty();
            }
            if (node.isNumber()) {
                BigDecimal number = node.decimalValue();
                // 1e999999999 is a short token but a billion digits in plain notation.
                if (Math.abs(number.scale()) > 100) {
                    problems.add(new Violation(at, "", member + " is not a plausible number"));
                    return Optional.empty();
                }
                return Optional.of(number.toPlainString());
            }
            if (node.isValueNode()) {
                return Optional.of(node.asText());
            }
            problems.add(new Violation(at, "", member + " must be a value, not " + node.getNodeType().name().toLowerCase(Locale.ROOT)));
            return Optional.empty();
        }
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 37) + "...";
    }
}
