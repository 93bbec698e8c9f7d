package org.mixite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mixite.adapter.xlsx.XlsxRecordWriter;
import org.mixite.json.MixiteJson;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromium-driver), driven with
 * Selenium WebDriver: one server and one browser for all the tests. Without Chromium the tests
 * are skipped, unless {@code mixite.browser.required} is true (as .ci/run sets it), where its
 * absence fails them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A small upload limit, so that the too-large test sends little. */
    private static final long LIMIT = 1024 * 1024;

    private Path dir;
    private WebApp app;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            assertThat(Boolean.getBoolean("mixite.browser.required"))
                    .as("Chromium and chromedriver are required here (mixite.browser.required): apt-get install chromium chromium-driver")
                    .isFalse();
            Assumptions.abort("no Chromium here (apt-get install chromium chromium-driver): browser tests skipped");
        }
        dir = Files.createTempDirectory("mixite-browser");
        app = WebApp.start("127.0.0.1", 0, new WebApp.Limits(LIMIT, 5));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")), "--window-size=1280,1600", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    @DisplayName("demo flow: the Egapro index on the page is the CLI's, and the PDF downloaded is byte-identical to `mixite demo`'s")
    void demoFlow() throws Exception {
        browser.get(app.url() + "?lang=fr");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        screenshot("web-home.png");
        browser.findElement(By.id("demo-button")).click();
        WebElement index = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("egapro-index")));

        Path out = dir.resolve("cli-demo");
        cli("demo", "--out", out.toString(), "--lang", "fr");
        JsonNode report = MixiteJson.mapper().readTree(out.resolve("report.json").toFile());
        assertThat(index.getText()).isEqualTo(report.path("headlines").path("egaproIndex").asText());
        assertThat(browser.findElement(By.id("accepted-count")).getText()).isEqualTo(report.path("load").path("accepted").asText());
        assertThat(browser.findElements(By.cssSelector("section h2")).stream().map(WebElement::getText))
                .contains("Egapro", "Indicateurs France A à G", "Composition", "Flux", "Analyses");
        screenshot("web-dashboard.png");

        byte[] pdf = download(browser.findElement(By.id("download-pdf")));
        assertThat(pdf).isEqualTo(Files.readAllBytes(out.resolve("report.pdf")));
        byte[] json = download(browser.findElement(By.id("download-json")));
        assertThat(json).isEqualTo(Files.readAllBytes(out.resolve("report.json")));
        byte[] xlsx = download(browser.findElement(By.id("download-xlsx")));
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    @DisplayName("a file with bad rows: the rejections table shows each with its file, line and field")
    void badRows() throws Exception {
        List<String> lines = demoCsvLines().subList(0, 41); // header and 40 employees
        List<String> rows = new java.util.ArrayList<>(lines);
        String header = rows.get(0);
        List<String> columns = List.of(header.split(",", -1));
        rows.set(5, withField(rows.get(5), columns.indexOf("sex"), "Q"));     // line 6
        rows.set(12, withField(rows.get(12), columns.indexOf("fte"), "2"));   // line 13
        Path file = Files.write(dir.resolve("bad-rows.csv"), rows);
        upload(file);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rejections")));
        assertThat(browser.findElement(By.id("rejected-count")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("accepted-count")).getText()).isEqualTo("38");
        List<List<String>> table = browser.findElements(By.cssSelector("#rejections tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        assertThat(table).anySatisfy(r -> assertThat(r.subList(0, 3)).containsExactly("bad-rows.csv", "6", "sex"));
        assertThat(table).anySatisfy(r -> assertThat(r.subList(0, 3)).containsExactly("bad-rows.csv", "13", "fte"));
        String rejects = new String(download(browser.findElement(By.id("download-rejects"))), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(rejects).startsWith("source,line,column,adapter,id,field,message").contains("bad-rows.csv,6,").contains("bad-rows.csv,13,");
    }

    @Test
    @DisplayName("an Excel upload: the demo employees as .xlsx give the CLI's Egapro index for the same records")
    void excelUpload() throws Exception {
        Path csv = Files.write(dir.resolve("demo-2025.csv"), demoCsvLines());
        Path xlsx = dir.resolve("demo-2025.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx); XlsxRecordWriter writer = new XlsxRecordWriter(out, "Salariés")) {
            DatasetLoader.builder().build().load(InputSource.of(csv)).records().forEach(writer::write);
        }
        Path out = dir.resolve("cli-xlsx");
        cli("report", "--input", xlsx.toString(), "--out", out.toString(), "--lang", "en");
        JsonNode report = MixiteJson.mapper().readTree(out.resolve("report.json").toFile());
        browser.get(app.url() + "?lang=en");
        upload(xlsx);
        WebElement index = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("egapro-index")));
        assertThat(browser.findElement(By.id("accepted-count")).getText()).isEqualTo("2000");
        assertThat(index.getText()).isEqualTo(report.path("headlines").path("egaproIndex").asText());
    }

    @Test
    @DisplayName("the language switch: the same dashboard in French, then in English")
    void languageSwitch() {
        browser.get(app.url() + "?lang=en");
        browser.findElement(By.id("demo-button")).click();
        String index = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("egapro-index"))).getText();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Dashboard");
        browser.findElement(By.id("switch-language")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Tableau de bord");
        assertThat(browser.findElement(By.id("egapro-index")).getText()).isEqualTo(index);
        assertThat(browser.findElement(By.id("download-pdf")).getAttribute("href")).endsWith("lang=fr");
        browser.findElement(By.id("switch-language")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Dashboard");
    }

    @Test
    @DisplayName("an upload over the limit is refused with a message saying the size and the limit")
    void tooLarge() throws Exception {
        Path big = dir.resolve("big.csv");
        byte[] filler = new byte[(int) (LIMIT + LIMIT / 2)];
        java.util.Arrays.fill(filler, (byte) 'x');
        Files.write(big, filler);
        browser.get(app.url() + "?lang=en");
        upload(big);
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-message")));
        assertThat(message.getText()).isEqualTo("The upload is too large: 1.5 MB sent, at most 1.0 MB at once. "
                + "Split the files, or start the server with a larger --max-upload-mb.");
        assertThat(browser.findElement(By.id("error")).getAttribute("role")).isEqualTo("alert");
    }

    // ---------------------------------------------------------------- helpers

    private void upload(Path file) {
        if (!browser.getCurrentUrl().startsWith(app.url()) || browser.findElements(By.id("files")).isEmpty()) {
            browser.get(app.url() + "?lang=en");
        }
        browser.findElement(By.id("files")).sendKeys(file.toString());
        browser.findElement(By.id("upload-button")).click();
    }

    /** What a click on the link downloads: its href fetched with the browser's address. */
    private static byte[] download(WebElement link) throws Exception {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create(link.getAttribute("href")).toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
            assertThat(connection.getResponseCode()).isEqualTo(200);
            assertThat(connection.getHeaderField("Content-Disposition")).startsWith("attachment");
            return in.readAllBytes();
        } finally {
            connection.disconnect();
        }
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of(System.getProperty("mixite.screenshots", "target/screenshots"));
        Files.createDirectories(target);
        ((ChromeDriver) browser).executeScript("window.scrollTo(0, 0)");
        Files.write(target.resolve(name), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void cli(String... args) {
        CommandLine cli = MixiteWithServe.newCommandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute(args);
        assertThat(code).as(err.toString()).isZero();
    }

    private static List<String> demoCsvLines() throws Exception {
        try (InputStream in = BrowserTest.class.getResourceAsStream("/org/mixite/samples/demo/demo-2025.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static String withField(String line, int column, String value) {
        String[] fields = line.split(",", -1);
        fields[column] = value;
        return String.join(",", fields);
    }
}
