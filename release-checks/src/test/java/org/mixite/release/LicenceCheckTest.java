package org.mixite.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * release/licences.md: the licence check that every module's verify runs on its SBOM
 * (release/LicenceCheck.java), with the project's real allow-list, on SBOMs made up here.
 */
class LicenceCheckTest {

    private static final Path ROOT = Path.of(System.getProperty("mixite.root", ".."));

    @TempDir
    Path tmp;

    record Run(int exit, String output) {
    }

    @Test
    @DisplayName("licences.md: Apache-2.0, MIT and an OFL font pass")
    void permissiveLicencesPass() throws Exception {
        Run run = check(component("a", "x", "<license><id>Apache-2.0</id></license>"),
                component("b", "y", "<license><id>MIT</id></license>"),
                component("c", "fonts", "<license><name>SIL Open Font License 1.1</name></license>"));
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("3 run-time dependencies");
    }

    @Test
    @DisplayName("licences.md: GPL-3.0 and AGPL-3.0 without an exception are rejected, naming the dependency")
    void strongCopyleftIsRejected() throws Exception {
        Run run = check(component("org.gpl", "lib", "<license><id>GPL-3.0-only</id></license>"),
                component("org.agpl", "server", "<license><id>AGPL-3.0-only</id></license>"),
                component("ok", "fine", "<license><id>BSD-3-Clause</id></license>"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("org.gpl:lib:1.0", "org.agpl:server:1.0").doesNotContain("ok:fine");
    }

    @Test
    @DisplayName("licences.md: a dependency under several licences passes when one is allowed (EPL-2.0 or GPL-2.0)")
    void dualLicenceNeedsOneAllowed() throws Exception {
        assertThat(check(component("jakarta", "api", "<license><id>EPL-2.0</id></license><license><id>GPL-2.0-only</id></license>")).exit())
                .isZero();
        assertThat(check(component("e", "x", "<expression>GPL-3.0-only OR MIT</expression>")).exit()).isZero();
        assertThat(check(component("e", "y", "<expression>MIT AND GPL-3.0-only</expression>")).exit()).isEqualTo(1);
    }

    @Test
    @DisplayName("licences.md: a dependency whose POM declares no licence fails until it is in the overrides file")
    void undeclaredLicenceFails() throws Exception {
        Run run = check(component("org.nolicence", "mystery", ""));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("org.nolicence:mystery:1.0", "licence-overrides.txt");
        // oro:oro is in the real overrides file (Apache-1.1), and org.jline:* for its whole group:
        // the same empty licence passes.
        assertThat(check(component("oro", "oro", "")).exit()).isZero();
        assertThat(check(component("org.jline", "jline-reader", "")).exit()).isZero();
    }

    private static String component(String group, String name, String licences) {
        return "<component type=\"library\"><group>" + group + "</group><name>" + name + "</name><version>1.0</version>"
                + (licences.isEmpty() ? "" : "<licenses>" + licences + "</licenses>") + "</component>";
    }

    private Run check(String... components) throws IOException, InterruptedException {
        Path bom = tmp.resolve("bom.xml");
        Files.writeString(bom, "<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" version=\"1\">"
                + "<metadata><component type=\"library\"><group>org.mixite</group><name>m</name></component></metadata>"
                + "<components>" + String.join("", components) + "</components></bom>");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), ROOT.resolve("release/LicenceCheck.java").toString(),
                ROOT.resolve("release").toString(), bom.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Run(p.waitFor(), out);
    }
}
