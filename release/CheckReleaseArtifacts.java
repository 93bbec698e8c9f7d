import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Inspects what {@code ./build -Prelease -Dgpg.skip package} built (RELEASING.md): for every
 * published module, the jar, a sources jar holding Java sources, a javadoc jar holding an
 * index.html, the CycloneDX SBOM naming the module, and Maven Central's metadata in the
 * module's effective POM; the CLI jar and its SBOM.
 *
 * <p>Usage: {@code java CheckReleaseArtifacts.java ROOT EFFECTIVE_POMS_XML}. Exits 1 listing
 * every problem. A single source file (JDK only), run by .ci/check-release-artifacts.
 */
public final class CheckReleaseArtifacts {

    private final List<String> problems = new ArrayList<>();
    private int checked;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java CheckReleaseArtifacts.java ROOT EFFECTIVE_POMS_XML");
            System.exit(2);
        }
        CheckReleaseArtifacts check = new CheckReleaseArtifacts();
        check.run(Path.of(args[0]), Path.of(args[1]));
        if (!check.problems.isEmpty()) {
            System.err.println("release artifacts: " + check.problems.size() + " problem(s):");
            check.problems.forEach(p -> System.err.println("  - " + p));
            System.exit(1);
        }
        System.out.println("release artifacts: " + check.checked + " published modules with jar, sources, javadoc, SBOM"
                + " and Central metadata; CLI jar and its SBOM present");
    }

    private void run(Path root, Path effectivePoms) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element doc = factory.newDocumentBuilder().parse(effectivePoms.toFile()).getDocumentElement();
        List<Element> projects = doc.getLocalName().equals("projects") ? children(doc, "project") : List.of(doc);
        boolean sawCore = false;
        for (Element project : projects) {
            String artifact = text(project, "artifactId");
            if (!artifact.startsWith("diversity-") && !artifact.equals("mixite-parent")) {
                continue; // samples, the sample plugin, benchmarks, release-checks: not published
            }
            sawCore |= artifact.equals("diversity-core");
            checked++;
            String version = text(project, "version");
            String packaging = text(project, "packaging").isEmpty() ? "jar" : text(project, "packaging");
            Path target = Path.of(text(child(project, "build"), "directory"));
            centralMetadata(artifact, project);
            sbom(artifact, target);
            if (packaging.equals("jar")) {
                jar(artifact, target.resolve(artifact + "-" + version + ".jar"), ".class");
                jar(artifact, target.resolve(artifact + "-" + version + "-sources.jar"), ".java");
                jar(artifact, target.resolve(artifact + "-" + version + "-javadoc.jar"), "index.html");
            }
        }
        if (!sawCore) {
            problems.add("diversity-core is not among the effective POMs of " + effectivePoms);
        }
        Path cli = root.resolve("samples/target/mixite-cli.jar");
        jar("samples (CLI)", cli, "org/mixite/samples/cli/MixiteCli.class");
        sbom("samples", root.resolve("samples/target"));
    }

    /** What Central requires of every POM: name, description, url, licences, developers, scm. */
    private void centralMetadata(String artifact, Element project) {
        for (String field : List.of("name", "description", "url")) {
            if (text(project, field).isEmpty()) {
                problems.add(artifact + ": no <" + field + "> in its POM");
            }
        }
        List<Element> licences = children(child(project, "licenses"), "license");
        if (licences.isEmpty() || licences.stream().anyMatch(l -> text(l, "name").isEmpty() || text(l, "url").isEmpty())) {
            problems.add(artifact + ": <licenses> needs each licence's name and url");
        }
        List<Element> developers = children(child(project, "developers"), "developer");
        if (developers.isEmpty() || developers.stream().anyMatch(d -> text(d, "name").isEmpty())) {
            problems.add(artifact + ": <developers> needs at least one developer with a name");
        }
        Element scm = child(project, "scm");
        for (String field : List.of("url", "connection", "developerConnection")) {
            if (text(scm, field).isEmpty()) {
                problems.add(artifact + ": no <scm><" + field + ">");
            }
        }
    }

    private void sbom(String artifact, Path target) throws Exception {
        Path json = target.resolve("bom.json");
        Path xml = target.resolve("bom.xml");
        if (!Files.isRegularFile(json) || !Files.isRegularFile(xml)) {
            problems.add(artifact + ": no CycloneDX SBOM (target/bom.json and bom.xml)");
            return;
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element bom = factory.newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
        Element component = child(child(bom, "metadata"), "component");
        String name = text(component, "name");
        if (!artifact.startsWith(name) || name.isEmpty()) {
            problems.add(artifact + ": its SBOM describes '" + name + "'");
        }
        if (!Files.readString(json).contains("\"bomFormat\" : \"CycloneDX\"") && !Files.readString(json).contains("\"bomFormat\":\"CycloneDX\"")) {
            problems.add(artifact + ": target/bom.json is not a CycloneDX document");
        }
    }

    /** A jar that exists and holds at least one entry ending with {@code expected}. */
    private void jar(String artifact, Path jar, String expected) throws Exception {
        if (!Files.isRegularFile(jar)) {
            problems.add(artifact + ": missing " + jar.getFileName());
            return;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(e -> e.getName().endsWith(expected))) {
                problems.add(artifact + ": " + jar.getFileName() + " holds no " + expected);
            }
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals(name)) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    private static Element child(Element parent, String name) {
        List<Element> all = children(parent, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }
}
