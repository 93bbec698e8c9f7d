package org.mixite.spi.validation;

import org.apiguardian.api.API;

/**
 * The text constraints that {@code EmployeeRecord} declares with {@code @Pattern} and
 * {@code @Size}, as plain checks: one copy for the validation fast path and for readers that put
 * rows straight into columns, so that both accept exactly the same texts. Hibernate Validator
 * stays the reference; a text these checks refuse goes to it for the message.
 */
@API(status = API.Status.INTERNAL)
public final class TextConstraints {

    private TextConstraints() {
    }

    /** The id's {@code @NotBlank @Size(max = 100) @Pattern("[^\\p{Cntrl}]*")}. */
    public static boolean validId(String id) {
        if (id == null || id.length() > 100 || id.isBlank()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The job code's {@code @Pattern("[0-9A-Za-z]{2,8}")} (a PCS-ESE code). */
    public static boolean pcsLike(String code) {
        if (code.length() < 2 || code.length() > 8) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /** The work postal code's {@code @Pattern("[0-9A-Za-z][0-9A-Za-z -]{0,9}")}. */
    public static boolean postalCodeLike(String code) {
        if (code.isEmpty() || code.length() > 10 || !Character.isLetterOrDigit(code.charAt(0)) || code.charAt(0) > 'z') {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == ' ' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
