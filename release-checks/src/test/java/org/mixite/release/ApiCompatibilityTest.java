package org.mixite.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README "API stability": binary compatibility of STABLE and MAINTAINED types with the baseline release. */
class ApiCompatibilityTest {

    private static final Path ROOT = Path.of(System.getProperty("mixite.root", ".."));
    private static final String VERSION = System.getProperty("mixite.version", "0.1.0-SNAPSHOT");
    private static final Path BASELINE = Path.of(System.getProperty("mixite.api.baselineDir", "target/api-baseline"));

    @TempDir
    Path tmp;

    @Test
    @DisplayName("README 'API stability': no binary-incompatible change to a STABLE or MAINTAINED type since the baseline, within a major version")
    void stableTypesKeepTheBaselinesBinaryApi() throws IOException {
        Path none = BASELINE.resolve("NONE");
        Assumptions.assumeFalse(Files.exists(none), () -> read(none));
        Properties baseline = new Properties();
        try (var in = Files.newInputStream(BASELINE.resolve("baseline.properties"))) {
            baseline.load(in);
        }
        String baselineVersion = baseline.getProperty("version");
        Assumptions.assumeTrue(ApiCompatibility.major(VERSION) == ApiCompatibility.major(baselineVersion),
                () -> VERSION + " has another major number than the baseline " + baselineVersion + ": breaking changes allowed");

        List<String> classPath = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
        List<String> problems = new ArrayList<>();
        List<Path> baselineJars;
        try (Stream<Path> jars = Files.list(BASELINE)) {
            baselineJars = jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        assertThat(baselineJars).as("baseline jars in %s", BASELINE).isNotEmpty();
        for (Path old : baselineJars) {
            String artifact = old.getFileName().toString().replaceAll("\\.jar$", "");
            Path current = ROOT.resolve(artifact).resolve("target").resolve(artifact + "-" + VERSION + ".jar");
            if (!Files.exists(current)) {
                problems.add(artifact + ": released in " + baseline.getProperty("tag") + ", but not built now (" + current + ")");
                continue;
            }
            ApiCompatibility.breaks(old, current, classPath).forEach(b -> problems.add(artifact + ": " + b));
        }
        assertThat(problems)
                .as("binary-incompatible changes to STABLE/MAINTAINED types since %s (%s); keep the old"
                        + " signature beside the new one, or mark the member EXPERIMENTAL before the release",
                        baseline.getProperty("tag"), baseline.getProperty("commit"))
                .isEmpty();
    }

    @Test
    @DisplayName("the rule: a method removed from a STABLE type breaks; added methods do not")
    void removedMethodOfStableTypeBreaks() throws IOException {
        var breaks = compare(Map.of("p/A.java", stable("STABLE", "public class A { public void kept() {} public void removed() {} }")),
                Map.of("p/A.java", stable("STABLE", "public class A { public void kept() {} public void added() {} }")));
        assertThat(breaks).extracting(ApiCompatibility.Break::member).containsExactly("removed()V");
        assertThat(breaks.get(0).change()).contains("METHOD_REMOVED");
    }

    @Test
    @DisplayName("the rule: MAINTAINED is guarded like STABLE")
    void maintainedIsGuarded() throws IOException {
        var breaks = compare(Map.of("p/A.java", stable("MAINTAINED", "public class A { public int f; }")),
                Map.of("p/A.java", stable("MAINTAINED", "public class A { }")));
        assertThat(breaks).extracting(ApiCompatibility.Break::member).containsExactly("f");
    }

    @Test
    @DisplayName("the rule: EXPERIMENTAL and unannotated types may change")
    void experimentalTypesMayBreak() throws IOException {
        var breaks = compare(Map.of("p/A.java", stable("EXPERIMENTAL", "public class A { public void removed() {} }"),
                        "p/B.java", "package p; public class B { public void removed() {} }"),
                Map.of("p/A.java", stable("EXPERIMENTAL", "public class A { }"),
                        "p/B.java", "package p; public class B { }"));
        assertThat(breaks).isEmpty();
    }

    @Test
    @DisplayName("the rule: a member marked EXPERIMENTAL inside a STABLE type may change")
    void experimentalMemberOfStableTypeMayBreak() throws IOException {
        var breaks = compare(Map.of("p/A.java", stable("STABLE",
                        "public class A { @API(status = API.Status.EXPERIMENTAL) public void trial() {} public void kept() {} }")),
                Map.of("p/A.java", stable("STABLE", "public class A { public void kept() {} }")));
        assertThat(breaks).isEmpty();
    }

    @Test
    @DisplayName("the rule: the baseline's status governs, so demoting a type in the same change does not escape it")
    void demotingDoesNotEscape() throws IOException {
        var breaks = compare(Map.of("p/A.java", stable("STABLE", "public class A { public void removed() {} }")),
                Map.of("p/A.java", stable("EXPERIMENTAL", "public class A { }")));
        assertThat(breaks).hasSize(1);
    }

    @Test
    @DisplayName("the rule: nested types inherit their enclosing type's status; a record's new component breaks its constructor")
    void nestedRecordOfStableTypeIsGuarded() throws IOException {
        var breaks = compare(Map.of("p/A.java", stable("STABLE", "public final class A { public record R(int x) {} }")),
                Map.of("p/A.java", stable("STABLE", "public final class A { public record R(int x, int y) {} }")));
        assertThat(breaks).extracting(ApiCompatibility.Break::type).containsExactly("p.A$R");
        assertThat(breaks).extracting(ApiCompatibility.Break::member).containsExactly("<init>(I)V");
    }

    @Test
    @DisplayName("the rule: a removed STABLE type breaks")
    void removedStableTypeBreaks() throws IOException {
        var breaks = compare(Map.of("p/A.java", stable("STABLE", "public class A { }"), "p/B.java", "package p; public class B { }"),
                Map.of("p/B.java", "package p; public class B { }"));
        assertThat(breaks).extracting(ApiCompatibility.Break::type).containsExactly("p.A");
        assertThat(breaks.get(0).change()).contains("CLASS_REMOVED");
    }

    @Test
    @DisplayName("major numbers: 0.1.0 → 0, 1.0.0-SNAPSHOT → 1, v2.3 → 2")
    void majorNumbers() {
        assertThat(ApiCompatibility.major("0.1.0")).isZero();
        assertThat(ApiCompatibility.major("1.0.0-SNAPSHOT")).isEqualTo(1);
        assertThat(ApiCompatibility.major("v2.3")).isEqualTo(2);
    }

    private static String stable(String status, String body) {
        return "package p; import org.apiguardian.api.API; @API(status = API.Status." + status + ") " + body;
    }

    private List<ApiCompatibility.Break> compare(Map<String, String> before, Map<String, String> after) throws IOException {
        Path old = jar("old", before);
        Path now = jar("new", after);
        return ApiCompatibility.breaks(old, now, List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
    }

    private Path jar(String name, Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(tmp.resolve(name + "-src"));
        Path classes = Files.createDirectories(tmp.resolve(name + "-classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        for (var e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac").isZero();
        Path jar = tmp.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return file + ": " + e;
        }
    }
}
