package org.mixite.web;

import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web page for HR analysts on this machine: upload files (CSV, Excel, JSON, DSN)",
                "or take the demo data, check what was rejected, see the dashboard, download PDF, JSON and Excel."},
        footer = {"", "Examples:", "  mixite serve", "  mixite serve --port 8080 --no-browser",
                "", "Exit codes: 0 stopped, 2 usage or I/O error."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, paramLabel = "P", defaultValue = "7070", description = "Port. Default: ${DEFAULT-VALUE} (0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = {"Address to listen on. Default: ${DEFAULT-VALUE}, this machine only.",
                    "Any other address lets other machines upload and read employee data: use with care."})
    String bind;

    @Option(names = "--no-browser", description = "Do not open the browser.")
    boolean noBrowser;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "100", description = "Largest upload, all files together. Default: ${DEFAULT-VALUE}.")
    int maxUploadMb;

    @Option(names = "--max-files", paramLabel = "N", defaultValue = "50", description = "Most files in one upload. Default: ${DEFAULT-VALUE}.")
    int maxFiles;

    @Override
    public Integer call() throws Exception {
        InetAddress address = InetAddress.getByName(bind);
        if (!address.isLoopbackAddress()) {
            spec.commandLine().getErr().println("mixite: WARNING: listening on " + bind
                    + ", not only on this machine: anyone who reaches it can upload and read employee data.");
        }
        WebApp app = WebApp.start(bind, port, new WebApp.Limits(maxUploadMb * 1024L * 1024L, maxFiles));
        String url = app.url();
        spec.commandLine().getErr().println("mixite: the web page is at " + url + "  (Ctrl+C to stop)");
        spec.commandLine().getErr().flush();
        if (!noBrowser) {
            openBrowser(url);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** Opens the default browser when the machine has one; says nothing when it has none. */
    private static void openBrowser(String url) {
        try {
            for (String opener : new String[] {"xdg-open", "open"}) {
                if (new java.io.File("/usr/bin/" + opener).canExecute()) {
                    new ProcessBuilder(opener, url).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    return;
                }
            }
        } catch (Exception | LinkageError e) {
            // No browser here (a server, a container): the printed address is enough.
        }
    }
}
