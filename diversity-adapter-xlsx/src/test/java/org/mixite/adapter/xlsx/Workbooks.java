package org.mixite.adapter.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for the tests, made with POI as Excel would save them (shared strings, styles). */
final class Workbooks {

    private Workbooks() {
    }

    /**
     * A title row, a blank row, then the header and seven employees on sheet "Salariés": typed
     * cells (dates, numbers, booleans), text numbers and text dates; A4 has birth year 1800,
     * A5 an error cell in its pay.
     */
    static byte[] sample() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet notes = book.createSheet("Salariés");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            notes.createRow(0).createCell(0).setCellValue("Export SIRH — 2025");
            Row header = notes.createRow(2);
            String[] names = {"id", "sex", "birth_date", "birth_year", "establishment", "hire_date", "fte", "annual_base_pay", "raised", "comment"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Object[][] rows = {
                    {"A1", "F", LocalDate.of(1980, 4, 2), null, "Paris", LocalDate.of(2010, 1, 1), 1.0, 52000.0, true, "x"},
                    {"A2", "M", null, 1975.0, "Lyon, Part-Dieu", "2012-05-01", 0.8, "38000", false, null},
                    {"A3", "X", LocalDate.of(1990, 12, 31), "1990", "Lille", null, 1.0, 30000.0, null, null},
                    {"A4", "F", null, 1800.0, "Paris", LocalDate.of(2015, 1, 1), 1.0, 41000.0, null, null},
                    {"A5", "M", LocalDate.of(1969, 7, 14), null, "Paris", LocalDate.of(2001, 3, 1), 1.0, FormulaError.NA, null, null},
                    {"A6", "F", LocalDate.of(1985, 1, 1), null, "Paris", 43709.0, 0.5, 61000.5, true, null},
                    {1007.0, "M", LocalDate.of(1979, 5, 5), null, "Lyon", LocalDate.of(2020, 1, 1), "1", 33000.0, "false", null},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = notes.createRow(3 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (value instanceof FormulaError e) {
                        cell.setCellErrorValue(e.getCode());
                    } else {
                        cell.setCellValue((String) value);
                    }
                }
            }
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("nothing here");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
