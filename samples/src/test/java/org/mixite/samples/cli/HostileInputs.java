package org.mixite.samples.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random and mutated inputs for the fuzz properties (issue 19, item 2): a valid employee file
 * (canonical CSV or JSON) or an Egapro form, then one to four mutations drawn from what real
 * and hostile exports hold — huge and tiny numbers, exponents, NaN, Infinity, negative zero,
 * 10,000-character fields, deep JSON nesting, invalid UTF-8, a BOM in the middle, CR-only line
 * ends, a header repeated mid-file, truncation. Everything comes from the seed: a failing seed
 * gives the same bytes again.
 */
final class HostileInputs {

    static final String[] HEADER = {"id", "sex", "birth_date", "birth_year", "company", "establishment", "job_code",
            "job_family", "category", "level", "management_level", "contract", "hire_date", "exit_date", "exit_reason", "fte",
            "weekly_hours", "annual_base_pay", "annual_variable_pay", "annual_excluded_pay", "hourly_pay", "bonus_12m",
            "days_present", "raised", "promoted", "maternity_return", "raised_after_maternity"};

    /** Cell values that have broken, or could break, a parser or an indicator. */
    static final String[] TOKENS = {
            "200000000000", "1e999999999", "1E+8", "1e-999999999", "-0", "-0.0", "+0", "NaN", "Infinity", "-Infinity", "0x10",
            "1_000", "1,5", "1.5.5", "\u0661\u0662\u0663", "0." + "0".repeat(9_997) + "1", "9".repeat(10_000), "x".repeat(10_000),
            "", " ", "\"", "\"\"", "'", "=cmd|' /C calc'!A0", "@SUM(1)", "+1", "-1", "9999-12-31", "0000-01-01",
            "+999999999-12-31", "2025-02-30", "2025-13-01", "\u0000", "\uFEFF", "\u202E", "true", "oui", "F", "M", "X", "f",
            "388a", "1.5", "0.001", "0.01", "168", "169", "367", "366", "-2147483648", "2147483648", "99999999999999999999",
            "100000000", "100000000.01", "1000000.5", "executive", "board", "fixed_term", "resignation", "1900-01-01",
            "1899-12-31", "2100-12-31", "2101-01-01", "1E+2147483647", "12:00", "null", "{}", "[]", "\\", "\t", "\r", "\n",
            "a,b", "a;b", "\uD800", "\uD83D\uDE00", "\u00e9\u00e8"};

    private static final String[] SEXES = {"F", "M", "F", "M", "X", ""};
    private static final String[] CATEGORIES = {"ouv", "emp", "tam", "ic"};

    private HostileInputs() {
    }

    /** A valid canonical CSV of {@code rows} employees, as rows of cells (header first). */
    static List<String[]> validRows(SplittableRandom random, int rows) {
        List<String[]> table = new ArrayList<>();
        table.add(HEADER.clone());
        for (int i = 0; i < rows; i++) {
            String[] r = new String[HEADER.length];
            java.util.Arrays.fill(r, "");
            r[0] = "E" + i;
            r[1] = SEXES[random.nextInt(SEXES.length)];
            r[3] = Integer.toString(1950 + random.nextInt(55));
            r[5] = random.nextBoolean() ? "Paris" : "Lyon";
            r[6] = random.nextBoolean() ? "388a" : "621a";
            r[8] = CATEGORIES[random.nextInt(CATEGORIES.length)];
            r[12] = "20" + (10 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            r[15] = random.nextInt(4) == 0 ? "0.8" : "1";
            r[16] = random.nextBoolean() ? "35" : "";
            r[17] = Integer.toString(20_000 + random.nextInt(60_000));
            r[18] = random.nextBoolean() ? Integer.toString(random.nextInt(5_000)) : "";
            r[22] = random.nextInt(5) == 0 ? Integer.toString(random.nextInt(366)) : "";
            r[23] = Boolean.toString(random.nextBoolean());
            r[24] = Boolean.toString(random.nextInt(5) == 0);
            table.add(r);
        }
        return table;
    }

    /** A mutated canonical CSV. */
    static byte[] csv(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> table = validRows(random, 1 + random.nextInt(12));
        for (int m = random.nextInt(4); m >= 0; m--) {
            int row = random.nextInt(table.size());
            int column = random.nextInt(HEADER.length);
            switch (random.nextInt(5)) {
                case 0, 1, 2 -> table.get(row == 0 && random.nextInt(4) > 0 ? Math.min(1, table.size() - 1) : row)[column] = token(random);
                case 3 -> table.add(1 + random.nextInt(table.size()), HEADER.clone()); // the header again, mid-file
                default -> table.get(row)[column] = randomText(random);
            }
        }
        char delimiter = random.nextInt(5) == 0 ? ';' : ',';
        StringBuilder text = new StringBuilder();
        String lineEnd = switch (random.nextInt(6)) {
            case 0 -> "\r";      // CR only (old Mac)
            case 1 -> "\r\n";
            default -> "\n";
        };
        for (String[] row : table) {
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    text.append(delimiter);
                }
                text.append(random.nextInt(8) == 0 || row[c].indexOf(delimiter) >= 0 ? quoted(row[c]) : row[c]);
            }
            text.append(lineEnd);
        }
        return bytesMutated(random, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A mutated JSON array (or NDJSON) of employees in camelCase. */
    static byte[] json(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> table = validRows(random, 1 + random.nextInt(10));
        boolean ndjson = random.nextInt(4) == 0;
        StringBuilder text = new StringBuilder(ndjson ? "" : "[");
        for (int r = 1; r < table.size(); r++) {
            if (r > 1) {
                text.append(ndjson ? "\n" : ",\n");
            }
            text.append('{');
            String[] row = table.get(r);
            boolean first = true;
            for (int c = 0; c < row.length; c++) {
                String value = random.nextInt(12) == 0 ? jsonHostile(random) : row[c].isEmpty() && c != 1 ? null : jsonValue(row[c], c);
                if (value == null) {
                    continue;
                }
                text.append(first ? "" : ",").append('"').append(camel(HEADER[c])).append("\":").append(value);
                first = false;
            }
            text.append('}');
        }
        text.append(ndjson ? "\n" : "]");
        String document = text.toString();
        if (random.nextInt(10) == 0) {
            int depth = 1 + random.nextInt(5_000);
            document = "[".repeat(depth) + document + "]".repeat(random.nextInt(3) == 0 ? depth - 1 : depth);
        }
        return bytesMutated(random, document.getBytes(StandardCharsets.UTF_8));
    }

    /** A mutated Egapro form (the government's aggregated JSON): one member set to a hostile JSON value. */
    static byte[] egaproForm(byte[] valid, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String text = new String(valid, StandardCharsets.UTF_8);
        for (int m = random.nextInt(3); m >= 0; m--) {
            // replace the value after a random "member": with a hostile one
            List<Integer> colons = new ArrayList<>();
            for (int i = text.indexOf("\":"); i >= 0; i = text.indexOf("\":", i + 1)) {
                colons.add(i + 2);
            }
            if (colons.isEmpty()) {
                break;
            }
            int at = colons.get(random.nextInt(colons.size()));
            int end = valueEnd(text, at);
            text = text.substring(0, at) + " " + jsonHostile(random) + text.substring(end);
        }
        return bytesMutated(random, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The end of the JSON scalar starting at {@code from} (objects and arrays are kept: only scalars are swapped). */
    private static int valueEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '{' || text.charAt(i) == '[')) {
            return i;
        }
        if (i < text.length() && text.charAt(i) == '"') {
            int close = text.indexOf('"', i + 1);
            return close < 0 ? text.length() : close + 1;
        }
        while (i < text.length() && ",}]\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    static String jsonHostile(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> "[".repeat(1 + random.nextInt(3_000)) + "]".repeat(random.nextInt(2) == 0 ? 0 : 1);
            case 1 -> "{\"a\":".repeat(1 + random.nextInt(2_000)) + "1" + "}".repeat(random.nextInt(2_000));
            case 2, 3 -> token(random).isEmpty() ? "\"\"" : jsonNumberOrString(token(random));
            case 4 -> "\"" + token(random).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("\r", "\\r").replace("\t", "\\t").replace("\u0000", "\\u0000") + "\"";
            case 5 -> new String[] {"NaN", "Infinity", "-Infinity", "1e999999999", "-1e999999999", "1e-999999999", "-0", "-0.0",
                    "123456789012345678901234567890", "0.0000000000000000000000001", "1E400", "true", "null", "{}", "[]"}[random.nextInt(15)];
            case 6 -> "1" + "0".repeat(random.nextInt(2_000));
            default -> "\"" + "x".repeat(10_000) + "\"";
        };
    }

    private static String jsonNumberOrString(String token) {
        boolean number = token.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
        return number ? token : "\"" + token.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\r", "\\r").replace("\t", "\\t").replace("\u0000", "\\u0000") + "\"";
    }

    private static String jsonValue(String cell, int column) {
        if (column == 3 || column == 22 || (column >= 15 && column <= 21)) {
            return cell; // numbers as JSON numbers
        }
        if (column >= 23) {
            return cell; // booleans
        }
        return "\"" + cell + "\"";
    }

    private static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    static String token(SplittableRandom random) {
        return TOKENS[random.nextInt(TOKENS.length)];
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(20);
        for (int i = 0; i < n; i++) {
            b.append((char) random.nextInt(random.nextBoolean() ? 128 : 0xFFFF));
        }
        return b.toString();
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** Byte-level damage, sometimes: invalid UTF-8, a BOM in the middle, truncation, a NUL. */
    private static byte[] bytesMutated(SplittableRandom random, byte[] bytes) {
        if (bytes.length == 0 || random.nextInt(3) > 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        byte[] insert = switch (random.nextInt(5)) {
            case 0 -> new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
            case 1 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case 2 -> new byte[] {0};
            case 3 -> new byte[] {(byte) 0xE2, (byte) 0x82}; // a cut-off 3-byte sequence
            default -> null; // truncation
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        if (insert != null) {
            out.write(insert, 0, insert.length);
            out.write(bytes, at, bytes.length - at);
        }
        return out.toByteArray();
    }
}
