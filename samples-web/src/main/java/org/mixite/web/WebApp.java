package org.mixite.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.mixite.samples.cli.ReportService;
import org.mixite.spi.MixiteException;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.ProgressListener;

/**
 * The web application behind {@code mixite serve}: one form (files or the demo data, period,
 * minimum cell size, language), a dashboard per report, and its downloads. Pages are rendered on
 * the server from Mustache templates; the style sheet and the small script are served by the app,
 * so it works offline. Uploads stay in memory (a DSN folder goes to a private temporary folder,
 * deleted when the request ends); reports are kept in memory for their downloads, the last few
 * only. Nothing is logged.
 */
public final class WebApp {

    /**
     * Upload limits.
     *
     * @param maxBytes all files of one upload together
     * @param maxFiles files in one upload
     */
    public record Limits(long maxBytes, int maxFiles) {
    }

    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("org/mixite/web/templates");

    private final Javalin server;
    private final Limits limits;
    private final Path scratch;
    private final ReportStore reports = new ReportStore(8);

    private WebApp(Javalin server, Limits limits, Path scratch) {
        this.server = server;
        this.limits = limits;
        this.scratch = scratch;
    }

    /** Starts the server on {@code host:port} (port 0: any free port). */
    public static WebApp start(String host, int port, Limits limits) throws IOException {
        Path scratch = Files.createTempDirectory("mixite-web", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        // The server reads a little more than the limit, so that it can answer with a clear message.
        long ceiling = limits.maxBytes() + limits.maxBytes() / 2 + 1024 * 1024;
        Javalin server = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/mixite/web/public";
                files.location = Location.CLASSPATH;
            });
            config.jetty.multipartConfig.cacheDirectory(scratch.toString());
            config.jetty.multipartConfig.maxFileSize(ceiling, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(ceiling, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, ceiling), SizeUnit.BYTES);
            config.http.maxRequestSize = ceiling;
        });
        WebApp app = new WebApp(server, limits, scratch);
        server.get("/", app::home);
        server.post("/report", app::upload);
        server.post("/demo", app::demo);
        server.get("/report/{id}", app::dashboard);
        server.get("/report/{id}/{file}", app::download);
        server.exception(MixiteException.class, (e, ctx) -> app.problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage()));
        server.exception(Exception.class, (e, ctx) -> app.problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                Texts.of(language(ctx)).get("error.internal") + " (" + e.getClass().getSimpleName() + ")"));
        server.start(host, port);
        return app;
    }

    /** The address to open, e.g. {@code http://127.0.0.1:7070/}. */
    public String url() {
        String host = server.jettyServer().server().getURI().getHost();
        return "http://" + (host == null || host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + server.port() + "/";
    }

    public int port() {
        return server.port();
    }

    public void stop() {
        server.stop();
        delete(scratch);
    }

    private static String language(Context ctx) {
        String asked = Optional.ofNullable(ctx.queryParam("lang")).orElse(ctx.formParam("lang"));
        return Texts.language(asked == null ? "en" : asked);
    }

    private Map<String, Object> page(Context ctx) {
        String language = language(ctx);
        Map<String, Object> scope = new HashMap<>();
        scope.put("lang", language);
        scope.put("t", Texts.of(language));
        scope.put("other", "fr".equals(language) ? "en" : "fr");
        scope.put("otherName", "fr".equals(language) ? "English" : "Français");
        scope.put("maxMb", limits.maxBytes() / (1024 * 1024) == 0 ? "1" : Long.toString(limits.maxBytes() / (1024 * 1024)));
        scope.put("maxBytes", limits.maxBytes());
        scope.put("maxFiles", limits.maxFiles());
        scope.put("path", ctx.path());
        return scope;
    }

    private void render(Context ctx, String template, Map<String, Object> scope) {
        Mustache mustache = TEMPLATES.compile(template + ".mustache");
        StringWriter html = new StringWriter();
        mustache.execute(html, scope);
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.html(html.toString());
    }

    private void home(Context ctx) {
        Map<String, Object> scope = page(ctx);
        scope.put("minCell", "5");
        render(ctx, "home", scope);
    }

    private void problem(Context ctx, HttpStatus status, String message) {
        Map<String, Object> scope = page(ctx);
        scope.put("error", message);
        scope.put("minCell", Optional.ofNullable(ctx.formParam("minCell")).orElse("5"));
        scope.put("period", Optional.ofNullable(ctx.formParam("period")).orElse(""));
        ctx.status(status);
        render(ctx, "home", scope);
    }

    private void demo(Context ctx) throws IOException {
        String language = language(ctx);
        String id = reports.put(new ReportStore.Entry(ReportService.demo(Texts.locale(language)), "Numeria (demo)"));
        ctx.redirect("/report/" + id + "?lang=" + language, HttpStatus.SEE_OTHER);
    }

    private void upload(Context ctx) throws IOException {
        Map<String, String> t = Texts.of(language(ctx));
        List<UploadedFile> files = new ArrayList<>(ctx.uploadedFiles("files"));
        List<UploadedFile> folder = ctx.uploadedFiles("folder").stream().filter(f -> f.size() > 0 || !f.filename().isEmpty()).toList();
        files.removeIf(f -> f.filename().isEmpty() && f.size() == 0); // the empty part of an untouched file field
        long total = Stream.concat(files.stream(), folder.stream()).mapToLong(UploadedFile::size).sum();
        if (files.isEmpty() && folder.isEmpty()) {
            problem(ctx, HttpStatus.BAD_REQUEST, t.get("error.noFile"));
            return;
        }
        if (files.size() + folder.size() > limits.maxFiles()) {
            problem(ctx, HttpStatus.CONTENT_TOO_LARGE, String.format(t.get("error.tooManyFiles"), files.size() + folder.size(), limits.maxFiles()));
            return;
        }
        if (total > limits.maxBytes()) {
            problem(ctx, HttpStatus.CONTENT_TOO_LARGE, String.format(t.get("error.tooLarge"),
                    megabytes(total), megabytes(limits.maxBytes())));
            return;
        }
        int minCell = parseMinCell(ctx, t);
        Optional<String> period = Optional.ofNullable(ctx.formParam("period")).map(String::strip).filter(p -> !p.isEmpty());
        Path request = Files.createTempDirectory(scratch, "upload");
        try {
            List<InputSource> inputs = new ArrayList<>();
            for (UploadedFile file : files) {
                byte[] bytes;
                try (InputStream in = file.content()) {
                    bytes = in.readAllBytes();
                }
                inputs.add(InputSource.of(baseName(file.filename()), bytes));
            }
            String company = inputs.isEmpty() ? "" : inputs.get(0).name();
            if (!folder.isEmpty()) {
                // A folder of monthly DSN: the DSN adapter reads a directory and combines the months.
                String folderName = folderName(folder.get(0).filename());
                Path dir = Files.createDirectories(request.resolve(folderName));
                for (UploadedFile file : folder) {
                    try (InputStream in = file.content()) {
                        Files.copy(in, dir.resolve(baseName(file.filename())));
                    }
                }
                inputs.add(InputSource.of(dir));
                company = company.isEmpty() ? folderName : company;
            }
            ReportService.Request settings = new ReportService.Request(company, period, minCell, Texts.locale(language(ctx)));
            ReportService.Report report = ReportService.report(inputs, AdapterSettings.NONE, settings, ProgressListener.NONE);
            String id = reports.put(new ReportStore.Entry(report, company));
            ctx.redirect("/report/" + id + "?lang=" + language(ctx), HttpStatus.SEE_OTHER);
        } finally {
            delete(request);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private int parseMinCell(Context ctx, Map<String, String> t) {
        String text = Optional.ofNullable(ctx.formParam("minCell")).orElse("5").strip();
        try {
            int k = Integer.parseInt(text);
            if (k >= 1 && k <= 1000) {
                return k;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new org.mixite.spi.ConfigurationException(String.format(t.get("error.minCell"), text));
    }

    /** The file's own name: browsers may send a path (a folder upload), never trusted as one. */
    static String baseName(String filename) {
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return name.isEmpty() || name.startsWith(".") ? "upload" + name : name;
    }

    private static String folderName(String filename) {
        String name = filename.replace('\\', '/');
        int slash = name.indexOf('/');
        return slash > 0 ? baseName(name.substring(0, slash)) : "dsn";
    }

    private void dashboard(Context ctx) {
        Optional<ReportStore.Entry> entry = reports.get(ctx.pathParam("id"));
        if (entry.isEmpty()) {
            problem(ctx, HttpStatus.NOT_FOUND, Texts.of(language(ctx)).get("error.gone"));
            return;
        }
        Map<String, Object> scope = page(ctx);
        scope.put("id", ctx.pathParam("id"));
        scope.putAll(Dashboard.of(entry.get().report(), entry.get().company(), Texts.of(language(ctx))).scope());
        render(ctx, "dashboard", scope);
    }

    private void download(Context ctx) throws IOException {
        Optional<ReportStore.Entry> entry = reports.get(ctx.pathParam("id"));
        if (entry.isEmpty()) {
            problem(ctx, HttpStatus.NOT_FOUND, Texts.of(language(ctx)).get("error.gone"));
            return;
        }
        ReportService.Report report = entry.get().report();
        String file = ctx.pathParam("file");
        switch (file) {
            case "report.pdf" -> send(ctx, "application/pdf", file, report.pdf(Texts.locale(language(ctx))));
            case "report.json" -> send(ctx, "application/json", file, report.jsonBytes());
            case "report.xlsx" -> send(ctx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file, report.workbook());
            case "rejects.csv" -> send(ctx, "text/csv; charset=utf-8", file, report.rejectsCsv());
            default -> problem(ctx, HttpStatus.NOT_FOUND, Texts.of(language(ctx)).get("error.gone"));
        }
    }

    private static void send(Context ctx, String type, String name, byte[] bytes) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.result(bytes);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
