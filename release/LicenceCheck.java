import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The licence allow-list check (release/licences.md), run in every module's verify phase on the
 * module's CycloneDX SBOM: each run-time dependency needs at least one licence on the allow-list
 * (a dependency under several licences may be used under any one of them), or an entry in the
 * overrides file when its POM declares none.
 *
 * <p>Usage: {@code java LicenceCheck.java RELEASE_DIR BOM_XML...}. Exits 1 and lists every
 * offending dependency otherwise. A single source file run by the JDK's source launcher, so that
 * the check needs no dependency of its own.
 */
public final class LicenceCheck {

    /** Set by the build when Maven runs offline (-o): -Dmixite.offline=true. */
    private static final boolean OFFLINE = Boolean.getBoolean("mixite.offline");

    private static final Pattern OR_AND = Pattern.compile("\\s+(?:OR|AND)\\s+|[()]");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java LicenceCheck.java RELEASE_DIR BOM_XML...");
            System.exit(2);
        }
        Path release = Path.of(args[0]);
        Set<String> allowed = readAllowList(release.resolve("licence-allow-list.txt"));
        Map<String, String> overrides = readOverrides(release.resolve("licence-overrides.txt"));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (int i = 1; i < args.length; i++) {
            Path bom = Path.of(args[i]);
            if (!Files.exists(bom)) {
                if (OFFLINE) {
                    // Maven skips the SBOM plugin offline (it asks to be online): nothing to read.
                    System.out.println("licence check: skipped offline (no SBOM at " + bom + "); online builds and CI run it");
                    continue;
                }
                System.err.println("licence check: no SBOM at " + bom + " (was the cyclonedx makeBom execution skipped?)");
                System.exit(2);
            }
            for (Element component : components(bom)) {
                checked++;
                String coordinates = text(component, "group") + ":" + text(component, "name");
                String version = text(component, "version");
                List<String> licences = licences(component);
                String override = overrides.getOrDefault(coordinates, overrides.get(text(component, "group") + ":*"));
                if (override != null) {
                    licences = List.of(override);
                }
                if (licences.isEmpty()) {
                    problems.add(coordinates + ":" + version + " declares no licence in its POM: check it by hand and"
                            + " add it to release/licence-overrides.txt");
                } else if (licences.stream().noneMatch(l -> isAllowed(l, allowed))) {
                    problems.add(coordinates + ":" + version + " is under " + licences + ", not on the allow-list"
                            + " (release/licence-allow-list.txt; release/licences.md says how to decide)");
                }
            }
        }
        if (!problems.isEmpty()) {
            System.err.println("licence check FAILED in " + String.join(", ", List.of(args).subList(1, args.length)) + ":");
            problems.forEach(p -> System.err.println("  - " + p));
            System.exit(1);
        }
        System.out.println("licence check: " + checked + " run-time dependencies, all on the allow-list");
    }

    /** A licence is allowed when it is on the list, or when it is an SPDX expression all of whose terms are. */
    static boolean isAllowed(String licence, Set<String> allowed) {
        String key = normalise(licence);
        if (allowed.contains(key)) {
            return true;
        }
        if (licence.contains(" OR ")) {
            // A choice: one allowed alternative is enough.
            for (String alternative : licence.split("\\s+OR\\s+")) {
                if (isAllowed(alternative.replaceAll("^\\(|\\)$", "").trim(), allowed)) {
                    return true;
                }
            }
            return false;
        }
        if (licence.contains(" AND ")) {
            for (String term : OR_AND.split(licence)) {
                if (!term.isBlank() && !allowed.contains(normalise(term))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static List<Element> components(Path bom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(bom.toFile()).getDocumentElement();
        List<Element> result = new ArrayList<>();
        Element components = child(root, "components");
        if (components != null) {
            collect(components, result);
        }
        return result;
    }

    /** Components, and the components nested in them (a shaded or assembled dependency). */
    private static void collect(Element components, List<Element> into) {
        for (Node n = components.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("component")) {
                into.add(e);
                Element nested = child(e, "components");
                if (nested != null) {
                    collect(nested, into);
                }
            }
        }
    }

    private static List<String> licences(Element component) {
        List<String> result = new ArrayList<>();
        Element licences = child(component, "licenses");
        if (licences == null) {
            return result;
        }
        for (Node n = licences.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getLocalName().equals("expression")) {
                    result.add(e.getTextContent().trim());
                } else if (e.getLocalName().equals("license")) {
                    String id = text(e, "id");
                    result.add(id.isEmpty() ? text(e, "name") : id);
                }
            }
        }
        result.removeIf(String::isBlank);
        return result;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }

    private static Set<String> readAllowList(Path file) throws Exception {
        Set<String> result = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            String entry = stripComment(line);
            if (!entry.isEmpty()) {
                result.add(normalise(entry));
            }
        }
        return result;
    }

    private static Map<String, String> readOverrides(Path file) throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String entry = stripComment(line);
            if (!entry.isEmpty()) {
                int eq = entry.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException(file + ": expected 'group:artifact = licence', got: " + line);
                }
                result.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
            }
        }
        return result;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).trim();
    }

    private static String normalise(String licence) {
        return licence.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
