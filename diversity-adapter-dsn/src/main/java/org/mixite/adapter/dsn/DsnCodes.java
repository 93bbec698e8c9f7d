package org.mixite.adapter.dsn;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.ExitReason;

/**
 * The code tables Mixité needs from the NEODeS norm (dsn.md §3), for norms P25 and P26. A code
 * outside them maps to {@code other} and is reported, never guessed.
 */
final class DsnCodes {

    private DsnCodes() {
    }

    /** The blocks the reader knows: others are reported once per file and skipped. */
    static final Set<String> KNOWN_BLOCKS = Set.of(
            "S10.G00.00", "S10.G00.01", "S10.G00.02", "S20.G00.05", "S20.G00.07", "S21.G00.85", "S21.G00.06", "S21.G00.11",
            "S21.G00.15", "S21.G00.16", "S21.G00.20", "S21.G00.22", "S21.G00.23", "S21.G00.44", "S21.G00.82", "S21.G00.30",
            "S21.G00.31", "S21.G00.34", "S21.G00.40", "S21.G00.41", "S21.G00.60", "S21.G00.66", "S21.G00.62", "S21.G00.63",
            "S21.G00.65", "S21.G00.70", "S21.G00.71", "S21.G00.72", "S21.G00.73", "S21.G00.50", "S21.G00.51", "S21.G00.52",
            "S21.G00.53", "S21.G00.54", "S21.G00.55", "S21.G00.56", "S21.G00.58", "S21.G00.78", "S21.G00.79", "S21.G00.81",
            "S21.G00.86", "S90.G00.90");

    /**
     * Each known block's parent (CT2019 "Blocks" table, dsn.md §2): the file is a depth-first walk
     * of this tree, so a block can only come after its parent.
     */
    private static final Map<String, String> PARENT = Map.ofEntries(
            Map.entry("S10.G00.01", "S10.G00.00"), Map.entry("S10.G00.02", "S10.G00.00"), Map.entry("S20.G00.05", "S10.G00.00"),
            Map.entry("S20.G00.07", "S20.G00.05"), Map.entry("S21.G00.85", "S20.G00.05"), Map.entry("S21.G00.06", "S20.G00.05"),
            Map.entry("S21.G00.11", "S21.G00.06"), Map.entry("S21.G00.15", "S21.G00.11"), Map.entry("S21.G00.16", "S21.G00.15"),
            Map.entry("S21.G00.20", "S21.G00.11"), Map.entry("S21.G00.55", "S21.G00.20"), Map.entry("S21.G00.22", "S21.G00.11"),
            Map.entry("S21.G00.23", "S21.G00.22"), Map.entry("S21.G00.44", "S21.G00.11"), Map.entry("S21.G00.82", "S21.G00.11"),
            Map.entry("S21.G00.30", "S21.G00.11"), Map.entry("S21.G00.31", "S21.G00.30"), Map.entry("S21.G00.34", "S21.G00.30"),
            Map.entry("S21.G00.40", "S21.G00.30"), Map.entry("S21.G00.41", "S21.G00.40"), Map.entry("S21.G00.60", "S21.G00.40"),
            Map.entry("S21.G00.66", "S21.G00.60"), Map.entry("S21.G00.62", "S21.G00.40"), Map.entry("S21.G00.63", "S21.G00.62"),
            Map.entry("S21.G00.65", "S21.G00.40"), Map.entry("S21.G00.70", "S21.G00.40"), Map.entry("S21.G00.73", "S21.G00.70"),
            Map.entry("S21.G00.71", "S21.G00.40"), Map.entry("S21.G00.72", "S21.G00.40"), Map.entry("S21.G00.50", "S21.G00.30"),
            Map.entry("S21.G00.51", "S21.G00.50"), Map.entry("S21.G00.53", "S21.G00.51"), Map.entry("S21.G00.52", "S21.G00.50"),
            Map.entry("S21.G00.54", "S21.G00.50"), Map.entry("S21.G00.56", "S21.G00.50"), Map.entry("S21.G00.58", "S21.G00.50"),
            Map.entry("S21.G00.78", "S21.G00.50"), Map.entry("S21.G00.79", "S21.G00.78"), Map.entry("S21.G00.81", "S21.G00.78"),
            Map.entry("S21.G00.86", "S21.G00.30"), Map.entry("S90.G00.90", "S10.G00.00"));

    /** The norm's order down to {@code block}: its ancestors, outermost first, then the block ({@code S10.G00.00 > ... > block}). */
    static String order(String block) {
        java.util.Deque<String> chain = new java.util.ArrayDeque<>();
        for (String b = block; b != null && chain.size() < 12; b = PARENT.get(b)) {
            chain.addFirst(b);
        }
        return String.join(" > ", chain);
    }

    /** 40.007 nature du contrat → contract type; empty for the natures Mixité leaves out (mandates). */
    static Optional<ContractType> contract(String nature) {
        return switch (nature) {
            case "01", "07", "08", "09", "50", "82", "91" -> Optional.of(ContractType.PERMANENT);
            case "02", "10", "92" -> Optional.of(ContractType.FIXED_TERM);
            case "03" -> Optional.of(ContractType.TEMPORARY);
            case "29" -> Optional.of(ContractType.INTERN);
            default -> Optional.of(ContractType.OTHER);
        };
    }

    /** 40.008 dispositif: apprenticeship and professionalisation contracts. */
    static boolean workStudy(String dispositif) {
        return WORK_STUDY.contains(dispositif);
    }

    private static final Set<String> WORK_STUDY = Set.of("61", "64", "65", "81");

    /** 62.002 motif de la rupture → exit reason (dsn.md's grouping; mutual ends and others → other). */
    static ExitReason exitReason(String motif) {
        return switch (motif) {
            case "059", "058", "035", "037" -> ExitReason.RESIGNATION;
            case "011", "012", "014", "015", "020", "025", "026", "086", "087", "088", "089", "091", "092", "093",
                    "113", "115", "117", "034", "036", "095", "096", "097" -> ExitReason.DISMISSAL;
            case "031", "032", "081", "116", "118", "119" -> ExitReason.END_OF_CONTRACT;
            case "038", "039" -> ExitReason.RETIREMENT;
            default -> ExitReason.OTHER;
        };
    }

    /** 52.001 types counted as variable pay (bonuses). */
    static boolean bonus(String type) {
        return BONUSES.contains(type);
    }

    private static final Set<String> BONUSES = Set.of("026", "027", "028", "029", "030", "031");

    /** 52.001 indemnities that Egapro excludes from pay. */
    static boolean excludedIndemnity(String type) {
        return EXCLUDED_INDEMNITIES.contains(type);
    }

    // Made once, not per amount read.
    private static final Set<String> EXCLUDED_INDEMNITIES = Set.of("001", "002", "003", "004", "005", "006", "007", "008",
            "009", "010", "011", "012", "013", "014", "015", "016", "017", "018", "019", "020", "021", "022", "023", "025", "032", "033", "034");

    /** 54.001 types: benefits in kind (count as pay), participation and intéressement (excluded). */
    static final Set<String> BENEFITS_IN_KIND = Set.of("02", "03", "04", "05", "06");
    static final Set<String> PROFIT_SHARING = Set.of("11", "12");

    /** 60.001 motifs that are maternity (02) or adoption (09) leave. */
    static boolean maternity(String motif) {
        return motif.equals("02") || motif.equals("09");
    }

    static final Map<String, String> SEX = Map.of("01", "M", "02", "F");
}
