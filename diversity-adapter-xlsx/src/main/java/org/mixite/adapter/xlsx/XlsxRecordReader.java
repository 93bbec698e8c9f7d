package org.mixite.adapter.xlsx;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.mixite.adapters.csv.ColumnMapping;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.RowMapper;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * Streams the rows of one sheet: POI opens the package and reads the shared strings and the
 * styles; the sheet's XML is pulled with StAX, one row at a time.
 */
final class XlsxRecordReader implements RecordReader {

    /** How many rows above the header may hold titles or notes. */
    static final int HEADER_SEARCH_ROWS = 30;

    private static final XMLInputFactory XML = xmlFactory();

    private final InputSource input;
    private final OPCPackage workbook;
    private final InputStream sheetData;
    private final XMLStreamReader sheet;
    private final String sheetName;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final ColumnMapping mapping;
    private final RowMapper rowMapper = new RowMapper(false);
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<SheetCell> row = new ArrayList<>();
    private long rowNumber;
    /** The field of each 0-based column, null for an ignored one; null until the header is read. */
    private RecordField[] fieldOfColumn;
    private Map<RecordField, Integer> columnOfField;
    private boolean closed;

    private XlsxRecordReader(InputSource input, OPCPackage workbook, XSSFReader reader, Optional<String> wantedSheet,
                             ColumnMapping mapping) throws Exception {
        this.input = input;
        this.workbook = workbook;
        this.mapping = mapping;
        this.strings = new ReadOnlySharedStringsTable(workbook, false);
        this.styles = reader.getStylesTable();
        try (InputStream book = reader.getWorkbookData()) {
            this.date1904 = isDate1904(book);
        }
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> names = new ArrayList<>();
        InputStream chosen = null;
        String chosenName = null;
        while (sheets.hasNext() && chosen == null) {
            InputStream data = sheets.next();
            String name = sheets.getSheetName();
            names.add(name);
            if (wantedSheet.isEmpty() || wantedSheet.get().strip().equalsIgnoreCase(name.strip())) {
                chosen = data;
                chosenName = name;
            } else {
                data.close();
            }
        }
        if (chosen == null) {
            throw new InputException(SourcePosition.of(input.name()), wantedSheet
                    .map(w -> "has no sheet named '" + w + "' (sheets: " + String.join(", ", names) + ")")
                    .orElse("has no sheet"));
        }
        this.sheetData = chosen;
        this.sheetName = chosenName;
        this.sheet = XML.createXMLStreamReader(chosen);
    }

    /** Opens the workbook (a file is read in place; other content is read into memory by POI). */
    static XlsxRecordReader open(InputSource input, Optional<String> sheet, ColumnMapping mapping) throws IOException {
        OPCPackage workbook;
        try {
            if (input.path().isPresent()) {
                File file = input.path().get().toFile();
                if (!file.isFile()) {
                    throw new java.nio.file.NoSuchFileException(input.name());
                }
                workbook = OPCPackage.open(file, PackageAccess.READ);
            } else {
                try (InputStream in = input.open()) {
                    workbook = OPCPackage.open(in);
                }
            }
        } catch (IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                throw e;
            }
            throw notAWorkbook(input, e);
        } catch (Exception | LinkageError e) { // POI reports broken packages with many unchecked types
            throw notAWorkbook(input, e);
        }
        try {
            return new XlsxRecordReader(input, workbook, new XSSFReader(workbook), sheet, mapping);
        } catch (InputException e) {
            workbook.revert();
            throw e;
        } catch (Exception | LinkageError e) {
            workbook.revert();
            throw notAWorkbook(input, e);
        }
    }

    private static InputException notAWorkbook(InputSource input, Throwable cause) {
        return new InputException(SourcePosition.of(input.name()),
                "is not a readable Excel workbook (.xlsx): " + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + oneLine(cause.getMessage())), cause);
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        if (closed) {
            return Optional.empty();
        }
        try {
            if (fieldOfColumn == null) {
                findHeader();
            }
            while (readRow()) {
                if (row.stream().allMatch(c -> c.type() == SheetCell.Type.TEXT && c.value().isBlank())) {
                    continue; // an empty or blank row, e.g. formatting left below the data
                }
                return Optional.of(toResult());
            }
            return Optional.empty();
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof InputException input) {
                throw input;
            }
            throw new InputException(SourcePosition.of(input.name(), Math.max(rowNumber, 1)),
                    sheetName + "!" + Math.max(rowNumber, 1) + ": the sheet's XML is broken: " + oneLine(String.valueOf(e.getMessage())), e);
        }
    }

    /** The header is the first row, among the first few, where the id and sex columns are found. */
    private void findHeader() throws XMLStreamException {
        List<String> firstRow = null;
        for (int seen = 0; seen < HEADER_SEARCH_ROWS && readRow(); seen++) {
            List<String> texts = row.stream().map(SheetCell::value).toList();
            if (firstRow == null) {
                firstRow = texts;
            }
            if (readHeader()) {
                return;
            }
        }
        throw new InputException(SourcePosition.of(input.name(), 1), "sheet '" + sheetName
                + "' has no header row with the columns id and sex in its first " + HEADER_SEARCH_ROWS + " rows"
                + (firstRow == null ? " (the sheet is empty)" : " (first row: " + abbreviate(String.join(", ", firstRow)) + ")")
                + (mapping.toString().equals("canonical") ? "" : " after mapping " + mapping));
    }

    /** Reads the current row as the header if it names id and sex; false to look further down. */
    private boolean readHeader() {
        Map<RecordField, Integer> columns = new EnumMap<>(RecordField.class);
        Map<RecordField, String> cells = new EnumMap<>(RecordField.class);
        Set<String> ignored = new LinkedHashSet<>();
        int width = row.isEmpty() ? 0 : row.get(row.size() - 1).column() + 1;
        RecordField[] fields = new RecordField[width];
        for (SheetCell cell : row) {
            if (cell.type() != SheetCell.Type.TEXT || cell.value().isBlank()) {
                continue;
            }
            Optional<RecordField> field = mapping.resolve(cell.value());
            if (field.isEmpty()) {
                ignored.add(cell.value().strip());
                continue;
            }
            Integer previous = columns.putIfAbsent(field.get(), cell.column() + 1);
            if (previous != null) {
                throw new InputException(SourcePosition.of(input.name(), rowNumber, cell.column() + 1),
                        sheetName + "!" + cell.reference() + ": column " + field.get().columnName() + " appears twice (also "
                                + sheetName + "!" + cells.get(field.get()) + ")");
            }
            cells.put(field.get(), cell.reference());
            fields[cell.column()] = field.get();
        }
        if (!columns.containsKey(RecordField.ID) || !columns.containsKey(RecordField.SEX)) {
            return false;
        }
        List<String> missing = new ArrayList<>();
        for (RecordField field : RecordField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                missing.add(field.columnName());
            }
        }
        if (!columns.containsKey(RecordField.BIRTH_DATE) && !columns.containsKey(RecordField.BIRTH_YEAR)) {
            missing.add("birth_date or birth_year");
        }
        if (!missing.isEmpty()) {
            throw new InputException(SourcePosition.of(input.name(), rowNumber), sheetName + "!" + rowNumber
                    + ": the header row lacks the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        fieldOfColumn = fields;
        columnOfField = Map.copyOf(columns);
        if (!ignored.isEmpty()) {
            warnings.add(input.name() + " (sheet " + sheetName + "): ignored columns not in the canonical record: "
                    + abbreviate(String.join(", ", ignored)));
        }
        return true;
    }

    private ReadResult toResult() {
        SourcePosition position = SourcePosition.of(input.name(), rowNumber);
        Map<RecordField, String> values = new EnumMap<>(RecordField.class);
        Map<RecordField, String> references = new EnumMap<>(RecordField.class);
        List<Violation> found = new ArrayList<>();
        for (SheetCell cell : row) {
            RecordField field = cell.column() < fieldOfColumn.length ? fieldOfColumn[cell.column()] : null;
            if (field == null) {
                continue;
            }
            references.put(field, cell.reference());
            String place = sheetName + "!" + cell.reference();
            SourcePosition at = position.atColumn(cell.column() + 1);
            switch (cell.type()) {
                case ERROR -> found.add(new Violation(at, field.columnName(),
                        place + ": " + field.columnName() + " holds the Excel error " + cell.value()));
                case DATE, NUMBER -> numberText(field, cell, place, at).ifPresentOrElse(
                        text -> values.put(field, text), () -> found.add(new Violation(at, field.columnName(),
                                place + ": " + field.columnName() + " holds " + cell.value() + ", which is not a valid Excel date")));
                default -> values.put(field, cell.value());
            }
        }
        ReadResult result = rowMapper.map(values, position, columnOfField, found);
        if (result instanceof ReadResult.Malformed malformed) {
            // Name the cell of each problem the way a spreadsheet user finds it: Sheet1!F12.
            List<Violation> named = malformed.violations().stream().map(v -> v.message().startsWith(sheetName + "!") ? v
                    : new Violation(v.position(), v.field(), RecordField.byName(v.field()).map(references::get)
                            .or(() -> RecordField.byName(v.field()).map(f -> columnOfField.get(f))
                                    .map(c -> SheetCell.columnName(c - 1) + rowNumber))
                            .map(ref -> sheetName + "!" + ref).orElse(sheetName + "!" + rowNumber) + ": " + v.message()))
                    .toList();
            return new ReadResult.Malformed(malformed.position(), malformed.id(), named);
        }
        return result;
    }

    /** A numeric cell as field text: a date for date fields (serial numbers too), else the exact decimal. */
    private Optional<String> numberText(RecordField field, SheetCell cell, String place, SourcePosition at) {
        if (field.kind() == RecordField.Kind.DATE) {
            double serial = Double.parseDouble(cell.value());
            if (!DateUtil.isValidExcelDate(serial)) {
                return Optional.empty();
            }
            LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904, false);
            return Optional.ofNullable(dateTime).map(d -> d.toLocalDate().toString());
        }
        if (cell.type() == SheetCell.Type.DATE) {
            // A date in a non-date column: give the date, so the message shows what the user sees.
            double serial = Double.parseDouble(cell.value());
            return Optional.of(DateUtil.isValidExcelDate(serial)
                    ? DateUtil.getLocalDateTime(serial, date1904, false).toLocalDate().toString() : cell.value());
        }
        BigDecimal number = new BigDecimal(cell.value());
        if (number.scale() > 0) {
            number = number.stripTrailingZeros();
        }
        return Optional.of(number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString());
    }

    /** Pulls the next row element into {@link #row}; false at the end of the sheet. */
    private boolean readRow() throws XMLStreamException {
        row.clear();
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                String r = sheet.getAttributeValue(null, "r");
                rowNumber = r == null ? rowNumber + 1 : parseRowNumber(r);
                readCells();
                return true;
            }
        }
        return false;
    }

    private long parseRowNumber(String r) {
        try {
            return Long.parseLong(r.strip());
        } catch (NumberFormatException e) {
            throw new InputException(SourcePosition.of(input.name(), Math.max(rowNumber, 1)),
                    "sheet '" + sheetName + "' has a row numbered '" + abbreviate(r) + "'");
        }
    }

    private void readCells() throws XMLStreamException {
        int nextColumn = 0;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(sheet.getLocalName())) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(sheet.getLocalName())) {
                String reference = sheet.getAttributeValue(null, "r");
                int column = reference == null ? nextColumn : SheetCell.columnOf(reference);
                if (column < 0 || column < nextColumn) {
                    throw new InputException(SourcePosition.of(input.name(), rowNumber),
                            sheetName + "!" + rowNumber + ": a cell has the reference '" + abbreviate(String.valueOf(reference)) + "'");
                }
                if (reference == null) {
                    reference = SheetCell.columnName(column) + rowNumber;
                }
                SheetCell cell = readCell(reference, column, sheet.getAttributeValue(null, "t"), sheet.getAttributeValue(null, "s"));
                if (cell != null) {
                    row.add(cell);
                }
                nextColumn = column + 1;
            }
        }
    }

    /** Reads one {@code <c>} element; null for a cell without a value (formatting only). */
    private SheetCell readCell(String reference, int column, String type, String style) throws XMLStreamException {
        StringBuilder value = null;
        StringBuilder inline = null;
        int phonetic = 0;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = sheet.getLocalName();
                if ("c".equals(name)) {
                    break;
                }
                if ("rPh".equals(name)) {
                    phonetic--;
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = sheet.getLocalName();
                if ("v".equals(name)) {
                    value = new StringBuilder(sheet.getElementText());
                } else if ("rPh".equals(name)) {
                    phonetic++;
                } else if ("t".equals(name) && phonetic == 0) {
                    inline = inline == null ? new StringBuilder() : inline;
                    inline.append(sheet.getElementText());
                } else if ("f".equals(name)) {
                    sheet.getElementText(); // the formula: its cached value in <v> is what counts
                }
            }
        }
        String t = type == null ? "n" : type;
        if ("inlineStr".equals(t)) {
            return inline == null ? null : new SheetCell(reference, column, SheetCell.Type.TEXT, inline.toString());
        }
        if (value == null) {
            return null;
        }
        String v = value.toString();
        return switch (t) {
            case "s" -> new SheetCell(reference, column, SheetCell.Type.TEXT, sharedString(reference, v));
            case "str" -> new SheetCell(reference, column, SheetCell.Type.TEXT, v);
            case "b" -> new SheetCell(reference, column, SheetCell.Type.BOOLEAN, "1".equals(v.strip()) ? "true" : "false");
            case "e" -> new SheetCell(reference, column, SheetCell.Type.ERROR, v);
            case "n", "d" -> number(reference, column, v, style, t);
            default -> throw new InputException(SourcePosition.of(input.name(), rowNumber, column + 1),
                    sheetName + "!" + reference + ": unknown cell type '" + abbreviate(t) + "'");
        };
    }

    private SheetCell number(String reference, int column, String v, String style, String t) {
        if ("d".equals(t)) { // an ISO 8601 date cell (strict OOXML): the text is already a date
            return new SheetCell(reference, column, SheetCell.Type.TEXT, v.length() >= 10 ? v.substring(0, 10) : v);
        }
        try {
            new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            return new SheetCell(reference, column, SheetCell.Type.ERROR, "'" + abbreviate(v) + "' (not a number)");
        }
        return new SheetCell(reference, column, isDateStyle(style) ? SheetCell.Type.DATE : SheetCell.Type.NUMBER, v.strip());
    }

    private String sharedString(String reference, String index) {
        try {
            return strings.getItemAt(Integer.parseInt(index.strip())).getString();
        } catch (RuntimeException e) {
            throw new InputException(SourcePosition.of(input.name(), rowNumber),
                    sheetName + "!" + reference + ": refers to shared string " + abbreviate(index) + ", which the workbook lacks", e);
        }
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) {
            return false;
        }
        int index;
        try {
            index = Integer.parseInt(style.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            if (i < 0 || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    private static boolean isDate1904(InputStream workbookXml) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(workbookXml);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if ("workbookPr".equals(xml.getLocalName())) {
                        String value = xml.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                    if ("sheets".equals(xml.getLocalName())) {
                        return false; // workbookPr comes before the sheets
                    }
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A workbook is untrusted input: no DTD, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    private static String oneLine(String text) {
        return abbreviate(text.replaceAll("\\s+", " "));
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            // closing the parser frees nothing more: the stream below is closed next
        } finally {
            try {
                sheetData.close();
            } finally {
                workbook.revert(); // read-only: release the file without writing it
            }
        }
    }
}
