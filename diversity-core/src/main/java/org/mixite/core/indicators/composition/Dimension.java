package org.mixite.core.indicators.composition;

import java.util.Locale;
import org.apiguardian.api.API;

/** The breakdowns of the composition by sex. */
@API(status = API.Status.EXPERIMENTAL)
public enum Dimension {
    JOB_FAMILY, DIGITAL_SUBFAMILY, CATEGORY, LEVEL, AGE_BAND, ESRS_AGE_BAND, MANAGEMENT_LEVEL, ESTABLISHMENT, CONTRACT;

    /** The JSON member name, e.g. {@code jobFamilies}-style camelCase {@code ageBand}. */
    public String member() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }
}
