package org.mixite.core.jobs;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.mixite.core.reference.ReferenceTable;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.EmployeeRecord;

/**
 * Classifies jobs into families (job-families.md), from a versioned default mapping of PCS-ESE
 * codes shipped in the jar, plus a company's own mapping file that adds or overrides entries.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>a record's {@code job_family} label found in the company mapping, or naming a family
 *       ({@code technical_digital}, {@code digitised}, {@code other}), decides;</li>
 *   <li>otherwise the {@code job_code}: its first 4 characters, case ignored; the company
 *       mapping first, then the default table for a PCS-ESE code ({@code ^[0-9]{3}[a-z]$});</li>
 *   <li>a PCS-ESE code outside the mapping is {@code other}; a PCS 2020 code
 *       ({@code ^[0-9]{2}[A-Z][0-9]$}) is {@code unknown}, since no PCS 2020 table ships yet and
 *       Mixité does not guess; an empty or malformed code is {@code unknown}.</li>
 * </ol>
 * The digitised family is empty unless a company mapping fills it. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JobClassifier {

    static final String DEFAULT_TABLE = "/org/mixite/core/jobs/pcs-ese-2017-technical-digital.csv";
    private static final Pattern PCS_ESE = Pattern.compile("[0-9]{3}[a-z]");
    private static final Pattern PCS_2020 = Pattern.compile("[0-9]{2}[A-Z][0-9]");

    private final Map<String, JobClassification> defaults;
    private final Map<String, JobClassification> company;
    private final String version;
    /** Classifications already made, by raw code: a workforce has few distinct codes and many records. */
    private final Map<String, JobClassification> seen = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SEEN_MAX = 50_000;

    private JobClassifier(Map<String, JobClassification> defaults, Map<String, JobClassification> company, String version) {
        this.defaults = Map.copyOf(defaults);
        this.company = Map.copyOf(company);
        this.version = version;
    }

    /** The default mapping: the 10 PCS-ESE codes of technical digital jobs. */
    public static JobClassifier defaults() {
        ReferenceTable table = ReferenceTable.resource(JobClassifier.class, DEFAULT_TABLE);
        Map<String, JobClassification> map = new HashMap<>();
        for (Map<String, String> row : table.rows()) {
            JobFamily family = JobFamily.parse(table.required(row, "family")).orElseThrow();
            map.put(table.required(row, "code").toLowerCase(Locale.ROOT), new JobClassification(family,
                    Optional.of(row.getOrDefault("subfamily", "")).filter(s -> !s.isBlank()),
                    "PCS-ESE default mapping " + table.metadata("version").orElse("?")));
        }
        return new JobClassifier(map, Map.of(), table.metadata("version").orElse("unversioned"));
    }

    /**
     * This classifier with a company mapping on top: rows {@code key,family[,subfamily]} where
     * the key is a job code or a job_family label.
     *
     * @throws ConfigurationException naming the file and line of an unknown family
     */
    public JobClassifier withCompanyMapping(String name, Reader mapping) throws IOException {
        ReferenceTable table = ReferenceTable.read(name, mapping);
        Map<String, JobClassification> map = new HashMap<>(company);
        String keyColumn = table.header().get(0);
        for (Map<String, String> row : table.rows()) {
            String familyText = table.required(row, "family");
            JobFamily family = JobFamily.parse(familyText).orElseThrow(() -> new ConfigurationException(name + ":" + row.get("#line")
                    + ": unknown family '" + familyText + "' (technical_digital, digitised or other)"));
            map.put(normalize(table.required(row, keyColumn)), new JobClassification(family,
                    Optional.ofNullable(row.get("subfamily")).filter(s -> !s.isBlank()), "company mapping " + name));
        }
        return new JobClassifier(defaults, map, version + " + " + name);
    }

    /**
     * Every technical digital sub-family this mapping can give (default table and company
     * mapping), sorted; a breakdown by sub-family lists them all, with zeros.
     */
    public java.util.SortedSet<String> technicalDigitalSubFamilies() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (Map<String, JobClassification> map : List.of(defaults, company)) {
            map.values().stream().filter(c -> c.family() == JobFamily.TECHNICAL_DIGITAL)
                    .forEach(c -> c.subFamily().ifPresent(out::add));
        }
        return java.util.Collections.unmodifiableSortedSet(out);
    }

    /** The version of the mapping in use, e.g. {@code 2026.1 + my-mapping.csv}. */
    public String version() {
        return version;
    }

    public JobClassification classify(EmployeeRecord record) {
        if (record.jobFamily().isPresent()) {
            String label = record.jobFamily().get();
            JobClassification mapped = company.get(normalize(label));
            if (mapped != null) {
                return mapped;
            }
            Optional<JobFamily> named = JobFamily.parse(label).filter(f -> f != JobFamily.UNKNOWN);
            if (named.isPresent()) {
                return new JobClassification(named.get(), Optional.empty(), "job_family column");
            }
        }
        return classifyCode(record.jobCode().orElse(""));
    }

    /** Classifies a job code alone. */
    public JobClassification classifyCode(String rawCode) {
        JobClassification known = seen.get(rawCode);
        if (known != null) {
            return known;
        }
        JobClassification result = classifyUncached(rawCode);
        if (seen.size() < SEEN_MAX) {
            seen.put(rawCode, result);
        }
        return result;
    }

    private JobClassification classifyUncached(String rawCode) {
        String code = rawCode.strip();
        if (code.isEmpty()) {
            return new JobClassification(JobFamily.UNKNOWN, Optional.empty(), "no job code");
        }
        String key = normalize(code.length() > 4 ? code.substring(0, 4) : code);
        // A company's exact code wins over its 4-character prefix (MKT01 over MKT0).
        JobClassification mapped = company.get(normalize(code));
        if (mapped == null) {
            mapped = company.get(key);
        }
        if (mapped != null) {
            return mapped;
        }
        if (PCS_ESE.matcher(key).matches()) {
            JobClassification known = defaults.get(key);
            return known != null ? known : new JobClassification(JobFamily.OTHER, Optional.empty(), "PCS-ESE code outside the mapping");
        }
        String original = code.length() > 4 ? code.substring(0, 4) : code;
        if (PCS_2020.matcher(original).matches()) {
            return new JobClassification(JobFamily.UNKNOWN, Optional.empty(), "PCS 2020 code: no PCS 2020 table ships yet");
        }
        return new JobClassification(JobFamily.UNKNOWN, Optional.empty(), "not a PCS-ESE code");
    }

    private static String normalize(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }
}
