package org.mixite.core.jobs;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The job families of job-families.md: technical digital, digitised, other, and unknown (no usable code). */
@API(status = API.Status.EXPERIMENTAL)
public enum JobFamily {
    TECHNICAL_DIGITAL, DIGITISED, OTHER, UNKNOWN;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The code used in files and JSON, e.g. {@code technical_digital}. */
    public String code() {
        return code;
    }

    public static Optional<JobFamily> parse(String code) {
        for (JobFamily f : values()) {
            if (f.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
