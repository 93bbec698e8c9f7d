package com.acme.hris.mixite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.samples.cli.MixiteCli;
import picocli.CommandLine;

/** With the plugin on the class path (as MIXITE_PLUGINS puts it), the CLI lists it and reads with it. */
class CliPluginTest {

    private static String run(String... args) {
        CommandLine cli = MixiteCli.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return "exit " + code + "\n" + out + err;
    }

    @Test
    @DisplayName("mixite adapters lists acme-hris with its option")
    void adaptersListsThePlugin() {
        assertThat(run("adapters")).contains("acme-hris").contains("ACME HRIS JSON export").contains("currency");
    }

    @Test
    @DisplayName("mixite records --adapter acme-hris --input sample.acme.json prints the mapped records")
    void recordsUsesThePlugin() {
        String output = run("records", "--adapter", "acme-hris", "--input", "src/test/resources/sample.acme.json");
        assertThat(output).contains("W-001,F,1980-04-02").contains("W-002,M,1975-11-30").doesNotContain("W-005,");
        assertThat(output).contains("7 read, 4 accepted, 3 rejected");
    }

    @Test
    @DisplayName("without --adapter, the plugin is chosen by probing a *.acme.json input")
    void probedWithoutAdapterOption() {
        assertThat(run("records", "--input", "src/test/resources/sample.acme.json")).contains("W-001,F,1980-04-02");
    }
}
