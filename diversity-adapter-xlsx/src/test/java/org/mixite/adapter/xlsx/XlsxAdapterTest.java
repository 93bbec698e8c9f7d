package org.mixite.adapter.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

class XlsxAdapterTest {

    private static LoadResult load(InputSource input, AdapterSettings settings) {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new XlsxAdapter()))
                .settings(settings).build().load(input);
    }

    private static EmployeeRecord byId(LoadResult result, String id) {
        return result.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    @DisplayName("the header is found below title rows, and typed cells become fields: dates, numbers, booleans, text numbers")
    void typedCells() throws Exception {
        LoadResult result = load(InputSource.of("export.xlsx", Workbooks.sample()), AdapterSettings.NONE);
        assertThat(result.summary().accepted()).isEqualTo(5);
        EmployeeRecord a1 = byId(result, "A1");
        assertThat(a1.sex()).isEqualTo(Sex.FEMALE);
        assertThat(a1.birthDate()).contains(LocalDate.of(1980, 4, 2));
        assertThat(a1.annualBasePay()).contains(new BigDecimal("52000"));
        assertThat(a1.raised()).isTrue();
        EmployeeRecord a2 = byId(result, "A2");
        assertThat(a2.birthYear()).hasValue(1975);
        assertThat(a2.hireDate()).contains(LocalDate.of(2012, 5, 1)); // a text date
        assertThat(a2.annualBasePay()).contains(new BigDecimal("38000")); // a text number
        assertThat(a2.fte()).isEqualByComparingTo("0.8");
        // A date serial number in a date column without a date format is still a date.
        assertThat(byId(result, "A6").hireDate()).contains(LocalDate.of(2019, 9, 1));
        assertThat(byId(result, "A6").annualBasePay()).contains(new BigDecimal("61000.5"));
        // A numeric id reads as the integer Excel shows.
        assertThat(byId(result, "1007").sex()).isEqualTo(Sex.MALE);
        assertThat(result.summary().warnings()).anyMatch(w -> w.contains("comment"));
    }

    @Test
    @DisplayName("an error cell is rejected with the sheet and the cell, Salariés!H8")
    void errorsNameSheetAndCell() throws Exception {
        LoadResult result = load(InputSource.of("export.xlsx", Workbooks.sample()), AdapterSettings.NONE);
        var rejection = result.rejections().stream().filter(r -> r.id().equals(java.util.Optional.of("A5"))).findFirst().orElseThrow();
        assertThat(rejection.position().line()).hasValue(8);
        assertThat(rejection.violations()).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo("annual_base_pay");
            assertThat(v.message()).startsWith("Salariés!H8: ").contains("#N/A");
        });
    }

    @Test
    @DisplayName("a field that does not parse names its cell too")
    void parseProblemsNameTheCell() throws Exception {
        byte[] book = workbook(new String[] {"id", "sex", "birth_year", "fte"}, new Object[] {"B1", "F", 1980.0, "beaucoup"});
        LoadResult result = load(InputSource.of("b.xlsx", book), AdapterSettings.NONE);
        assertThat(result.rejections()).singleElement().satisfies(r -> assertThat(r.violations())
                .anySatisfy(v -> assertThat(v.message()).startsWith("Sheet1!D2: ")));
    }

    @Test
    @DisplayName("--option sheet=NAME reads that sheet; an unknown name lists the sheets")
    void sheetOption() throws Exception {
        byte[] book;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Readme").createRow(0).createCell(0).setCellValue("see the other sheet");
            var data = wb.createSheet("Data");
            var header = data.createRow(0);
            header.createCell(0).setCellValue("id");
            header.createCell(1).setCellValue("sex");
            header.createCell(2).setCellValue("birth_year");
            var row = data.createRow(1);
            row.createCell(0).setCellValue("C1");
            row.createCell(1).setCellValue("M");
            row.createCell(2).setCellValue(1970);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            book = out.toByteArray();
        }
        assertThat(load(InputSource.of("c.xlsx", book), AdapterSettings.NONE.with("sheet", "data")).records())
                .extracting(EmployeeRecord::id).containsExactly("C1");
        assertThatThrownBy(() -> load(InputSource.of("c.xlsx", book), AdapterSettings.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("Readme").hasMessageContaining("no header row");
        assertThatThrownBy(() -> load(InputSource.of("c.xlsx", book), AdapterSettings.NONE.with("sheet", "Paie")))
                .isInstanceOf(InputException.class).hasMessageContaining("no sheet named 'Paie' (sheets: Readme, Data)");
    }

    @Test
    @DisplayName("the CSV column-mapping file maps French headers")
    void mapping(@TempDir Path dir) throws Exception {
        Path mapping = Files.writeString(dir.resolve("headers.csv"), "source;target\nmatricule;id\nsexe;sex\nannée de naissance;birth_year\n");
        byte[] book = workbook(new String[] {"Matricule", "Sexe", "Année de naissance"}, new Object[] {"D1", "F", 1990.0});
        LoadResult result = load(InputSource.of("d.xlsx", book), AdapterSettings.NONE.with("mapping", mapping.toString()));
        assertThat(result.records()).singleElement().satisfies(r -> assertThat(r.birthYear()).hasValue(1990));
    }

    @Test
    @DisplayName("a header without the birth column is refused naming the sheet and row")
    void missingColumn() throws Exception {
        byte[] book = workbook(new String[] {"id", "sex"}, new Object[] {"E1", "F"});
        assertThatThrownBy(() -> load(InputSource.of("e.xlsx", book), AdapterSettings.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("Sheet1!1").hasMessageContaining("birth_date or birth_year");
    }

    @Test
    @DisplayName("a file that is not a workbook is an input error, not a crash")
    void notAWorkbook() {
        assertThatThrownBy(() -> load(InputSource.of("f.xlsx", "id,sex\n".getBytes()), AdapterSettings.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("not a readable Excel workbook");
    }

    @Test
    @DisplayName("column letters and indexes convert both ways")
    void columnNames() {
        for (Map.Entry<String, Integer> e : Map.of("A", 0, "Z", 25, "AA", 26, "AB", 27, "XFD", 16383).entrySet()) {
            assertThat(SheetCell.columnOf(e.getKey() + "12")).isEqualTo(e.getValue());
            assertThat(SheetCell.columnName(e.getValue())).isEqualTo(e.getKey());
        }
        assertThat(SheetCell.columnOf("12")).isEqualTo(-1);
    }

    private static byte[] workbook(String[] header, Object[] values) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Sheet1");
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Double d) {
                    row.createCell(i).setCellValue(d);
                } else {
                    row.createCell(i).setCellValue((String) values[i]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
