package org.mixite.web;

import org.mixite.samples.cli.MixiteCli;
import picocli.CommandLine;

/** The {@code mixite} command with {@code serve} added: what {@code ./mixite} runs. */
public final class MixiteWithServe {

    private MixiteWithServe() {
    }

    public static void main(String[] args) {
        java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
        System.exit(newCommandLine().execute(args));
    }

    /** The CLI's command line plus {@code serve}. */
    public static CommandLine newCommandLine() {
        CommandLine cli = MixiteCli.newCommandLine();
        cli.addSubcommand("serve", new ServeCommand());
        return cli;
    }
}
