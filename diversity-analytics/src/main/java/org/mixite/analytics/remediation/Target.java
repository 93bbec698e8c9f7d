package org.mixite.analytics.remediation;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/** What the raises must achieve. */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Target {

    /** The target in the command-line form: "art10", "adjusted", "adjusted:X", "gap:X" or "egapro1:X". */
    String key();

    /**
     * Art. 10 of Directive 2023/970: in every category of workers with both sexes, the mean
     * hourly pay gap (men − women) / men is strictly between −5% and 5%.
     */
    record Art10() implements Target {
        public static final BigDecimal THRESHOLD = BigDecimal.valueOf(5);

        @Override
        public String key() {
            return "art10";
        }
    }

    /** The adjusted gap not significant at the 5% level (p ≥ 0.05). */
    record AdjustedNotSignificant() implements Target {
        @Override
        public String key() {
            return "adjusted";
        }
    }

    /** The adjusted gap strictly between −X% and X%. */
    record AdjustedBelow(BigDecimal percent) implements Target {
        public AdjustedBelow {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("the gap target must be between 0 and 100, was " + percent);
            }
        }

        @Override
        public String key() {
            return "adjusted:" + percent.toPlainString();
        }
    }

    /** The raw mean hourly gap of the whole sample strictly between −X% and X%. */
    record RawGapBelow(BigDecimal percent) implements Target {
        public RawGapBelow {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("the gap target must be between 0 and 100, was " + percent);
            }
        }

        @Override
        public String key() {
            return "gap:" + percent.toPlainString();
        }
    }

    /**
     * Egapro indicator 1 (the pay gap by CSP or level × age band, decree 2019-15 annex) scoring at
     * least {@code points} out of 40.
     */
    record EgaproPayPoints(int points) implements Target {
        public EgaproPayPoints {
            if (points < 0 || points > 40) {
                throw new IllegalArgumentException("Egapro indicator 1 scores 0 to 40 points, was " + points);
            }
        }

        @Override
        public String key() {
            return "egapro1:" + points;
        }
    }

    /**
     * Parses "art10", "adjusted", "adjusted:X", "gap:X" (X in percent, e.g. "gap:3.5") or
     * "egapro1:X" (X points out of 40).
     */
    static Target parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("art10")) {
            return new Art10();
        }
        if (t.equals("adjusted")) {
            return new AdjustedNotSignificant();
        }
        try {
            if (t.startsWith("gap:")) {
                return new RawGapBelow(new BigDecimal(t.substring(4).trim()));
            }
            if (t.startsWith("adjusted:")) {
                return new AdjustedBelow(new BigDecimal(t.substring(9).trim()));
            }
            if (t.startsWith("egapro1:")) {
                return new EgaproPayPoints(Integer.parseInt(t.substring(8).trim()));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in '" + text + "'");
        }
        throw new IllegalArgumentException("unknown target '" + text + "'; expected art10, adjusted, adjusted:X, gap:X or egapro1:X");
    }
}
