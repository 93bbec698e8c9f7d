package org.mixite.samples.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mixite.spi.text.SpreadsheetFormulas;

/**
 * The report's tables as an Excel workbook: one sheet per section (summary, Egapro, pay gaps,
 * France A–G, composition, flows, analytics when present, suppressed cells), written from the
 * report JSON. Numbers are numeric cells with a number format of their own precision; a cell
 * suppressed for privacy reads "suppressed"; text is never a formula, and text that a spreadsheet could take for one is neutralised ({@link SpreadsheetFormulas}).
 *
 * <p>Each section's JSON is laid out generically: plain members as label/value rows, an object
 * of like objects (categories, bands, levels) as a table with a row per entry, and a list of
 * objects as a table with a row per element.
 */
public final class ReportWorkbook {

    /** What a suppressed cell holds, in the JSON and in the workbook. */
    public static final String SUPPRESSED = "suppressed";

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle heading;
    private final CellStyle header;
    private final Map<Integer, CellStyle> numberStyles = new HashMap<>();
    /** Every suppressed cell met while writing: sheet, location. */
    private final List<String[]> suppressed = new ArrayList<>();

    private ReportWorkbook() {
        Font bold = book.createFont();
        bold.setBold(true);
        heading = book.createCellStyle();
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        heading.setFont(big);
        header = book.createCellStyle();
        header.setFont(bold);
    }

    /** Writes the workbook of a report JSON document. */
    public static void write(ObjectNode report, OutputStream out) throws IOException {
        ReportWorkbook workbook = new ReportWorkbook();
        try (XSSFWorkbook book = workbook.book) {
            workbook.fill(report);
            book.write(out);
        }
    }

    private void fill(ObjectNode report) {
        Sheet summary = sheet("Summary");
        Cursor at = new Cursor(summary);
        section(at, "Report", report.path("meta"));
        section(at, "Load", report.path("load"));
        section(at, "Headlines", report.path("headlines"));

        Cursor egapro = new Cursor(sheet("Egapro"));
        section(egapro, "Egapro", report.path("egapro"));
        section(egapro, "Rixain", report.path("rixain"));

        ObjectNode paygap = report.path("paygap").isObject() ? ((ObjectNode) report.path("paygap")).deepCopy() : null;
        JsonNode france = paygap == null ? null : paygap.remove("fr");
        Cursor gaps = new Cursor(sheet("Pay gaps"));
        section(gaps, "Pay gaps", paygap == null ? report.missingNode() : paygap);
        section(new Cursor(sheet("France A-G")), "France A-G", france == null ? report.missingNode() : france);

        ObjectNode composition = report.path("composition").isObject() ? ((ObjectNode) report.path("composition")).deepCopy() : null;
        JsonNode flows = composition == null ? null : composition.remove("flows");
        JsonNode cells = composition == null ? null : composition.remove("suppressedCells");
        section(new Cursor(sheet("Composition")), "Composition", composition == null ? report.missingNode() : composition);
        section(new Cursor(sheet("Flows")), "Flows", flows == null ? report.missingNode() : flows);
        if (report.path("analytics").isObject()) {
            section(new Cursor(sheet("Analytics")), "Analytics", report.path("analytics"));
        }
        if (report.path("trend").isObject()) {
            section(new Cursor(sheet("Trend")), "Trend", report.path("trend"));
        }

        Cursor hidden = new Cursor(sheet("Suppressed cells"));
        hidden.row(header, "Sheet", "Cell", "Reason");
        if (cells != null) {
            cells.fields().forEachRemaining(e -> suppressedReason(e.getKey(), e.getValue().asText()));
        }
        for (String[] cell : suppressed) {
            hidden.row(null, cell);
        }
        if (suppressed.isEmpty()) {
            hidden.row(null, "none", "", "no cell is below the minimum size");
        }
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            book.getSheetAt(i).setColumnWidth(0, 48 * 256);
        }
    }

    /** Gives a listed cell its reason from composition.suppressedCells (keys are JSON paths such as flows.exitsByReason.other). */
    private void suppressedReason(String path, String reason) {
        for (String[] cell : suppressed) {
            String location = cell[1].replace(" › ", ".");
            if (location.endsWith("." + path) || location.equalsIgnoreCase(path)) {
                cell[2] = reason;
            }
        }
    }

    private Sheet sheet(String name) {
        return book.createSheet(name);
    }

    /** Writes one section: a heading, then its members. */
    private void section(Cursor at, String title, JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            at.row(heading, title);
            at.row(null, "not in this report");
            at.skip();
            return;
        }
        block(at, title, node);
    }

    private void block(Cursor at, String title, JsonNode node) {
        if (node.isArray() && allObjects(node)) {
            at.row(heading, title);
            table(at, title, rowsOfArray(node));
            at.skip();
            return;
        }
        if (!node.isObject()) {
            at.row(heading, title);
            valueRow(at, title, "", node);
            at.skip();
            return;
        }
        if (allObjects(node) && node.size() > 1 && scalarsOnly(node)) {
            at.row(heading, title);
            Map<String, JsonNode> rows = new java.util.LinkedHashMap<>();
            node.fields().forEachRemaining(e -> rows.put(e.getKey(), e.getValue()));
            table(at, title, rows);
            at.skip();
            return;
        }
        boolean headed = false;
        List<Map.Entry<String, JsonNode>> nested = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            JsonNode value = member.getValue();
            if (value.isObject() || (value.isArray() && !value.isEmpty() && !allScalars(value))) {
                nested.add(member);
                continue;
            }
            if (!headed) {
                at.row(heading, title);
                headed = true;
            }
            valueRow(at, title, member.getKey(), value);
        }
        if (headed) {
            at.skip();
        }
        for (Map.Entry<String, JsonNode> member : nested) {
            block(at, title + " › " + member.getKey(), member.getValue());
        }
    }

    /** A table: one row per entry, a column per scalar member (in order of first appearance). */
    private void table(Cursor at, String title, Map<String, JsonNode> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.values().forEach(r -> r.fields().forEachRemaining(e -> {
            if (!e.getValue().isContainerNode()) {
                columns.add(e.getKey());
            }
        }));
        List<String> names = new ArrayList<>();
        names.add("");
        names.addAll(columns);
        at.row(header, names.toArray(String[]::new));
        for (Map.Entry<String, JsonNode> entry : rows.entrySet()) {
            Row row = at.next();
            text(row, 0, entry.getKey(), null);
            int c = 1;
            for (String column : columns) {
                cell(at, row, c++, title + " › " + entry.getKey() + " › " + column, entry.getValue().get(column));
            }
        }
    }

    private static Map<String, JsonNode> rowsOfArray(JsonNode array) {
        Map<String, JsonNode> rows = new java.util.LinkedHashMap<>();
        int i = 1;
        for (JsonNode element : array) {
            rows.put(Integer.toString(i++), element);
        }
        return rows;
    }

    private void valueRow(Cursor at, String title, String label, JsonNode value) {
        Row row = at.next();
        text(row, 0, label, null);
        if (value.isArray()) {
            int c = 1;
            for (JsonNode element : value) {
                cell(at, row, c++, title + " › " + label, element);
            }
            return;
        }
        cell(at, row, 1, title + (label.isEmpty() ? "" : " › " + label), value);
    }

    private void cell(Cursor at, Row row, int column, String location, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            var cell = row.createCell(column);
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(numberStyle(Math.max(0, Math.min(6, number.stripTrailingZeros().scale()))));
        } else if (value.isBoolean()) {
            row.createCell(column).setCellValue(value.booleanValue());
        } else if (value.isTextual() && SUPPRESSED.equals(value.textValue())) {
            text(row, column, SUPPRESSED, null);
            suppressed.add(new String[] {at.sheet.getSheetName(), location, "below the minimum cell size"});
        } else if (value.isContainerNode()) {
            text(row, column, value.toString(), null);
        } else {
            text(row, column, value.asText(), null);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(SpreadsheetFormulas.neutralise(text)); // a string cell: never a formula
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private CellStyle numberStyle(int decimals) {
        return numberStyles.computeIfAbsent(decimals, d -> {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
            return style;
        });
    }

    private static boolean allObjects(JsonNode node) {
        if (node.isEmpty()) {
            return false;
        }
        for (JsonNode child : node) {
            if (!child.isObject()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the objects of a table hold mostly plain values (their nested objects are left out). */
    private static boolean scalarsOnly(JsonNode node) {
        for (JsonNode child : node) {
            for (JsonNode value : child) {
                if (value.isContainerNode() && !(value.isObject() && value.size() <= 2)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    /** The next free row of a sheet. */
    private static final class Cursor {
        final Sheet sheet;
        int next;

        Cursor(Sheet sheet) {
            this.sheet = sheet;
        }

        Row next() {
            return sheet.createRow(next++);
        }

        void row(CellStyle style, String... texts) {
            Row row = next();
            for (int i = 0; i < texts.length; i++) {
                text(row, i, texts[i], style);
            }
        }

        void skip() {
            next++;
        }
    }
}
