package org.mixite.core.barometer;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.spi.model.ReferencePeriod;

/**
 * One member's contribution to a federation's barometer (issue 18): counts by sex only, never a
 * person — no id, no birth date, no pay, no postal code, no name. What a member sends instead
 * of its HR file.
 *
 * @param schemaVersion  the version of this document's shape ({@link #SCHEMA_VERSION})
 * @param member         the member's id: its SIREN or a label it chooses
 * @param period         the reference period; stocks are counted on its last day, flows over it
 * @param mixiteVersion  the Mixité version that wrote it
 * @param jobMapping     the version of the job-family mapping used
 * @param regionList     the version of the region code list used
 * @param total          the people on the period's last day, by sex, with their FTE
 * @param stock          the same people by breakdown ({@link #STOCK_BREAKDOWNS}), every key listed, with zeros
 * @param flows          hires, exits and promotions of the period
 * @param headline       the member's own published figures, where computable
 */
@API(status = API.Status.EXPERIMENTAL)
public record Contribution(int schemaVersion, String member, ReferencePeriod period, String mixiteVersion, String jobMapping,
                           String regionList, SexTally total, Map<String, Map<String, SexTally>> stock, Flows flows,
                           Headline headline) {

    /** The shape written by this version of Mixité. */
    public static final int SCHEMA_VERSION = 1;

    /** Breakdowns of the stock, in their order: job family, management level, age band, contract type, region. */
    public static final java.util.List<String> STOCK_BREAKDOWNS = java.util.List.of("jobFamily", "managementLevel", "ageBand",
            "contract", "region");

    public Contribution {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(mixiteVersion, "mixiteVersion");
        Objects.requireNonNull(jobMapping, "jobMapping");
        Objects.requireNonNull(regionList, "regionList");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(flows, "flows");
        Objects.requireNonNull(headline, "headline");
        stock = nested(stock);
    }

    /**
     * Movements of the period: hires and exits dated in it, promotions of people present in it,
     * by job family ({@code byFamily}) and exits by reason.
     */
    public record Flows(SexTally hires, SexTally exits, SexTally promotions, Map<String, SexTally> exitsByReason,
                        Map<String, FamilyFlows> byFamily) {
        public Flows {
            Objects.requireNonNull(hires, "hires");
            Objects.requireNonNull(exits, "exits");
            Objects.requireNonNull(promotions, "promotions");
            exitsByReason = ordered(exitsByReason);
            byFamily = ordered(byFamily);
        }
    }

    /** The flows of one job family; exits by reason, every reason listed. */
    public record FamilyFlows(SexTally hires, SexTally exits, SexTally promotions, Map<String, SexTally> exitsByReason) {
        public FamilyFlows {
            Objects.requireNonNull(hires, "hires");
            Objects.requireNonNull(exits, "exits");
            Objects.requireNonNull(promotions, "promotions");
            exitsByReason = ordered(exitsByReason);
        }
    }

    /**
     * The member's own headline figures, public anyway (the Egapro index is published each year;
     * France's indicators A and C will be): empty where not computable.
     *
     * @param hourlyGapA France indicator A: the mean hourly pay gap, in percent
     * @param hourlyGapC France indicator C: the median hourly pay gap, in percent
     */
    public record Headline(Optional<Integer> egaproIndex, Optional<BigDecimal> hourlyGapA, Optional<BigDecimal> hourlyGapC) {
        public static final Headline NONE = new Headline(Optional.empty(), Optional.empty(), Optional.empty());

        public Headline {
            Objects.requireNonNull(egaproIndex, "egaproIndex");
            Objects.requireNonNull(hourlyGapA, "hourlyGapA");
            Objects.requireNonNull(hourlyGapC, "hourlyGapC");
        }
    }

    /** The Mixité major version this contribution was written by (the part before the first dot). */
    public String mixiteMajor() {
        return majorOf(mixiteVersion);
    }

    static String majorOf(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    /** The version of the running Mixité, as the build wrote it. */
    public static String runningMixiteVersion() {
        try (java.io.InputStream in = Contribution.class.getResourceAsStream("mixite-version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            String version = p.getProperty("version", "0-development");
            return version.startsWith("${") ? "0-development" : version;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static Map<String, Map<String, SexTally>> nested(Map<String, Map<String, SexTally>> map) {
        Map<String, Map<String, SexTally>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, ordered(v)));
        return Collections.unmodifiableMap(out);
    }
}
