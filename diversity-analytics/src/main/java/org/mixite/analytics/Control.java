package org.mixite.analytics;

import org.apiguardian.api.API;

/** A control variable of the adjusted pay gap. Categorical ones are dummy-coded. */
@API(status = API.Status.EXPERIMENTAL)
public enum Control {
    /** The category of workers ({@code categoryOrDerived()}), categorical. */
    CATEGORY("category", false),
    /** The level, categorical. */
    LEVEL("level", false),
    /** The job family, categorical. */
    JOB_FAMILY("jobFamily", false),
    /** The age band at the end of the period (&lt;30, 30–39, 40–49, 50+), categorical. */
    AGE_BAND("ageBand", false),
    /** Years since hire at the end of the period, numeric. */
    TENURE("tenure", true),
    /** The full-time equivalent, numeric. */
    FTE("fte", true),
    /** The establishment, categorical. */
    ESTABLISHMENT("establishment", false);

    private final String key;
    private final boolean numeric;

    Control(String key, boolean numeric) {
        this.key = key;
        this.numeric = numeric;
    }

    /** The name in JSON and on the command line, e.g. "jobFamily". */
    public String key() {
        return key;
    }

    public boolean isNumeric() {
        return numeric;
    }

    /** The control named {@code key} (case-insensitive, "-" and "_" ignored). */
    public static Control parse(String key) {
        String k = key.replace("-", "").replace("_", "").trim();
        for (Control c : values()) {
            if (c.key.equalsIgnoreCase(k)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown control '" + key + "'; expected one of "
                + java.util.Arrays.stream(values()).map(Control::key).toList());
    }
}
