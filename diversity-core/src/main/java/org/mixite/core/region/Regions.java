package org.mixite.core.region;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.reference.ReferenceTable;

/**
 * From an establishment's postal code to its département and region (barometer.md, "From a
 * postal code to a département"). A postal code is a delivery area, not an administrative one:
 * a few codes cross a département border, so this is the usual approximation; the INSEE commune
 * code would be exact, but the DSN establishment block ({@code S21.G00.11}) does not carry it.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Regions {

    /** The key of people without a postal code, or with one that maps to no region. */
    public static final String UNKNOWN = "unknown";

    static final String TABLE = "/org/mixite/core/region/insee-regions-2016.csv";

    private static final Regions INSEE = load();

    private final List<Region> regions;
    private final Map<String, Region> byDepartement;
    private final String version;

    private Regions(List<Region> regions, String version) {
        this.regions = List.copyOf(regions);
        this.version = version;
        Map<String, Region> index = new LinkedHashMap<>();
        regions.forEach(region -> region.departements().forEach(d -> index.put(d, region)));
        this.byDepartement = Map.copyOf(index);
    }

    /** The 18 regions of the INSEE code list shipped with Mixité. */
    public static Regions insee() {
        return INSEE;
    }

    private static Regions load() {
        ReferenceTable table = ReferenceTable.resource(Regions.class, TABLE);
        List<Region> regions = table.rows().stream().map(row -> new Region(table.required(row, "code"),
                table.required(row, "name"), Arrays.asList(table.required(row, "departements").split(" ")))).toList();
        return new Regions(regions, table.metadata("version").orElse("unversioned"));
    }

    /** The regions in the order of their INSEE codes. */
    public List<Region> all() {
        return regions;
    }

    /** The version of the code list, e.g. {@code insee-2016}. */
    public String version() {
        return version;
    }

    /**
     * The département of a postal code: five digits, else empty; {@code 20xxx} (Corsica) is
     * {@code 2A} below 20200 and {@code 2B} from 20200; {@code 97133} (Saint-Barthélemy) is {@code 977} and
     * {@code 97150} (Saint-Martin) {@code 978}, their INSEE codes; other {@code 97xxx} and {@code 98xxx}
     * give their first three digits; any other code its first two. Spaces around the code are ignored.
     */
    public static Optional<String> departement(String postalCode) {
        String code = postalCode.strip();
        if (code.length() != 5 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        if (code.startsWith("20")) {
            return Optional.of(Integer.parseInt(code) < 20200 ? "2A" : "2B");
        }
        // Saint-Barthélemy and Saint-Martin kept Guadeloupe's postal codes when they became overseas
        // collectivities (2007): their INSEE codes are 977 and 978, in no region.
        if (code.equals("97133")) {
            return Optional.of("977");
        }
        if (code.equals("97150")) {
            return Optional.of("978");
        }
        if (code.startsWith("97") || code.startsWith("98")) {
            return Optional.of(code.substring(0, 3));
        }
        return Optional.of(code.substring(0, 2));
    }

    /** The region of a postal code, or empty (not five digits, or a département in no region: 975, 98x, 00…). */
    public Optional<Region> ofPostalCode(String postalCode) {
        return departement(postalCode).map(byDepartement::get);
    }

    /** The region key of a person's workplace: its INSEE region code, or {@link #UNKNOWN}. */
    public String key(Optional<String> postalCode) {
        return postalCode.flatMap(this::ofPostalCode).map(Region::code).orElse(UNKNOWN);
    }

    /** A region by its INSEE code. */
    public Optional<Region> byCode(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
