package org.mixite.samples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.mixite.spi.InvalidRecordException;
import org.mixite.spi.MixiteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mixite} command: gender-diversity indicators from employee records. */
@Command(name = "mixite",
        mixinStandardHelpOptions = true,
        versionProvider = MixiteCli.Version.class,
        description = {"Gender-diversity (mixité) indicators from employee records: validate exports,",
                "compute the Egapro index, pay gaps and composition, and write PDF and JSON reports."},
        subcommands = {
                DemoCommand.class,
                ReportCommand.class,
                EgaproCommand.class,
                PaygapCommand.class,
                ReconcileCommand.class,
                DeclareCommand.class,
                AnalyzeCommand.class,
                JobEvaluationCommand.class,
                RightToInfoCommand.class,
                JointAssessmentCommand.class,
                CompositionCommand.class,
                ContributeCommand.class,
                BarometerCommand.class,
                TrendCommand.class,
                GenerateCommand.class,
                ValidateCommand.class,
                RecordsCommand.class,
                AdaptersCommand.class,
                CommandLine.HelpCommand.class
        },
        footer = {"", "Start here:",
                "  mixite demo --out out                  report on the embedded demo data",
                "  mixite validate --input employees.csv  check your own export",
                "  mixite help COMMAND                    options and examples of a command",
                "", ExitCodes.HELP})
public final class MixiteCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Hibernate Validator announces itself at INFO through java.util.logging; the CLI keeps stderr for people. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    public static void main(String[] args) {
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line, for {@code main} and for tests. */
    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new MixiteCli());
        // Every command gets --help and --version, including those added later.
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        cli.setExecutionExceptionHandler(MixiteCli::handle);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("mixite: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, cmd.getErr()); // "Did you mean: demo?"
            }
            cmd.getErr().println("Try 'mixite " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ") + "--help'.");
            return ExitCodes.USAGE_OR_IO;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Errors in one readable line; the stack trace only with --verbose. */
    private static int handle(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean verbose = cmd.getCommand() instanceof BaseCommand base && base.output.verbose;
        String message = ex instanceof MixiteException || ex instanceof IOException || ex instanceof UncheckedIOException
                ? oneLine(ex)
                : "internal error: " + ex + " (run with --verbose for details, and please report it)";
        cmd.getErr().println("mixite: " + Terminal.printable(message));
        if (verbose) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return ex instanceof InvalidRecordException ? ExitCodes.DATA_REJECTED : ExitCodes.USAGE_OR_IO;
    }

    private static String oneLine(Exception ex) {
        if (ex instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": file not found";
        }
        if (ex instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        // Strict-mode errors list one violation per line: keep them, they are the point.
        return ex instanceof InvalidRecordException ? message : message.replace(System.lineSeparator(), " ");
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MixiteCli.class.getPackage().getImplementationVersion();
            return new String[] {"mixite " + (version == null ? "development build" : version),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
