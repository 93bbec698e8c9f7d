package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.adapter.xlsx.XlsxRecordWriter;
import org.mixite.json.MixiteJson;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;

/** Issue 22: Excel in and out through the CLI, and the report service the web app shares with it. */
class ExcelReportTest {

    @TempDir
    Path dir;

    private Path demoFile(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/mixite/samples/demo/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    @DisplayName("report --xlsx: one sheet per section, numbers as numbers, suppressed cells written \"suppressed\" and listed, no formula")
    void workbook() throws IOException {
        Path file = demoFile("federation-2025.csv");
        CliRun run = CliRun.of("report", "--input", file.toString(), "--out", dir.resolve("fed").toString(), "--lang", "en",
                "--min-cell", "10", "--xlsx", "--company", "=HYPERLINK(\"http://x\")");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("report.xlsx");
        JsonNode report = MixiteJson.mapper().readTree(dir.resolve("fed/report.json").toFile());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dir.resolve("fed/report.xlsx")))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).startsWith("Summary", "Egapro", "Pay gaps", "France A-G", "Composition", "Flows")
                    .endsWith("Suppressed cells");
            Row index = find(book.getSheet("Summary"), "egaproIndex");
            if (report.path("headlines").path("egaproIndex").isNumber()) {
                assertThat(index.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(index.getCell(1).getNumericCellValue()).isEqualTo(report.path("headlines").path("egaproIndex").asDouble());
            }
            Row company = find(book.getSheet("Summary"), "company");
            assertThat(company.getCell(1).getStringCellValue()).as("OWASP CSV injection guard").isEqualTo("'=HYPERLINK(\"http://x\")");
            Row meanGap = find(book.getSheet("France A-G"), "France A-G › A");
            assertThat(meanGap).isNotNull();
            long suppressedCells = 0;
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (!sheet.getSheetName().equals("Suppressed cells") && cell.getColumnIndex() > 0 && cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().equals("suppressed")) {
                            suppressedCells++;
                        }
                    }
                }
            }
            assertThat(suppressedCells).isPositive();
            assertThat(book.getSheet("Suppressed cells").getLastRowNum()).isEqualTo((int) suppressedCells);
        }
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        return null;
    }

    @Test
    @DisplayName("an Excel export gives the report of the same records as CSV: same Egapro index and JSON sections")
    void excelInput() throws IOException {
        Path csv = demoFile("demo-2025.csv");
        Path xlsx = dir.resolve("demo-2025.xlsx");
        var records = DatasetLoader.builder().build().load(InputSource.of(csv)).records();
        try (OutputStream out = Files.newOutputStream(xlsx); XlsxRecordWriter writer = new XlsxRecordWriter(out, "Salariés")) {
            records.forEach(writer::write);
        }
        CliRun fromCsv = CliRun.of("report", "--input", csv.toString(), "--out", dir.resolve("csv").toString(), "--company", "C");
        CliRun fromXlsx = CliRun.of("report", "--input", xlsx.toString(), "--out", dir.resolve("xlsx").toString(), "--company", "C",
                "--option", "sheet=Salariés");
        assertThat(fromXlsx.exitCode()).as(fromXlsx.err()).isZero();
        JsonNode a = MixiteJson.mapper().readTree(dir.resolve("csv/report.json").toFile());
        JsonNode b = MixiteJson.mapper().readTree(dir.resolve("xlsx/report.json").toFile());
        assertThat(b.path("load").path("accepted").asInt()).isEqualTo(records.size());
        for (String section : new String[] {"headlines", "egapro", "paygap", "composition"}) {
            assertThat(b.path(section)).as(section).isEqualTo(a.path(section));
        }
    }

    @Test
    @DisplayName("the report service gives the CLI's bytes: the same PDF, JSON and rejects for the same input")
    void serviceMatchesCli() throws IOException {
        Path csv = demoFile("demo-2025.csv");
        CliRun run = CliRun.of("report", "--input", csv.toString(), "--out", dir.resolve("cli").toString(), "--lang", "fr",
                "--min-cell", "7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        ReportService.Report report = ReportService.report(List.of(InputSource.of(csv)), AdapterSettings.NONE,
                new ReportService.Request("demo-2025.csv", Optional.empty(), 7, Locale.FRENCH), org.mixite.spi.load.ProgressListener.NONE);
        assertThat(report.pdf()).isEqualTo(Files.readAllBytes(dir.resolve("cli/report.pdf")));
        assertThat(report.jsonBytes()).isEqualTo(Files.readAllBytes(dir.resolve("cli/report.json")));
        assertThat(report.rejectsCsv()).isEqualTo(Files.readAllBytes(dir.resolve("cli/rejects.csv")));
        assertThat(ReportService.demo(Locale.ENGLISH).headlines().egaproIndex()).isPresent();
    }
}
