package org.mixite.adapter.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.FieldText;

/**
 * Writes employee records as an Excel workbook that {@link XlsxAdapter} reads back: one sheet,
 * the canonical header, dates as Excel dates, amounts and counts as numbers, flags as booleans.
 * Rows are streamed to a temporary file (POI's SXSSF), so any number of records fits.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class XlsxRecordWriter implements AutoCloseable {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW); // inline strings: no shared table in memory
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private int nextRow;

    /** @param out where the workbook goes on {@link #close()}; left open */
    public XlsxRecordWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row header = sheet.createRow(nextRow++);
        for (RecordField field : RecordField.values()) {
            header.createCell(field.ordinal()).setCellValue(field.columnName());
        }
    }

    public void write(EmployeeRecord record) {
        Row row = sheet.createRow(nextRow++);
        for (RecordField field : RecordField.values()) {
            String text = FieldText.format(record, field);
            if (text.isEmpty()) {
                continue;
            }
            var cell = row.createCell(field.ordinal());
            switch (field.kind()) {
                case DATE -> {
                    cell.setCellValue(LocalDate.parse(text));
                    cell.setCellStyle(dateStyle);
                }
                case INTEGER, DECIMAL -> cell.setCellValue(new BigDecimal(text).doubleValue());
                case BOOLEAN -> cell.setCellValue(Boolean.parseBoolean(text));
                default -> cell.setCellValue(text);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes SXSSF's temporary file
        }
    }
}
