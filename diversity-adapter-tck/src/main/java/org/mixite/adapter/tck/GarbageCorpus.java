package org.mixite.adapter.tck;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Inputs no adapter should choke on: a fixed corpus of classic parser killers (binary, broken
 * UTF-8, huge lines, deep nesting, other formats' signatures), plus reproducible mutations of
 * the adapter's own valid content (truncations, byte flips, spliced slices). Seeds are fixed, so
 * a failure names an input that fails again on every run.
 */
final class GarbageCorpus {

    private GarbageCorpus() {
    }

    /** The fixed corpus, by label. */
    static Map<String, byte[]> fixed() {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("empty", new byte[0]);
        corpus.put("one space", bytes(" "));
        corpus.put("blank lines", bytes("\n\n\r\n\n"));
        corpus.put("one NUL byte", new byte[] {0});
        corpus.put("one 0xFF byte", new byte[] {(byte) 0xFF});
        corpus.put("UTF-8 byte-order mark only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        corpus.put("UTF-16 text", "id,sex\nE1,F\n".getBytes(StandardCharsets.UTF_16));
        corpus.put("invalid UTF-8 sequences", concat(bytes("id,sex,birth_year\nE1,"), new byte[] {(byte) 0xC3, 0x28,
                (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0xC0, (byte) 0xAF}, bytes(",1980\n")));
        corpus.put("Latin-1 text", "id;sexe;prénom\nE1;F;Hélène\n".getBytes(StandardCharsets.ISO_8859_1));
        corpus.put("random binary", random(4096, 1));
        corpus.put("control characters", bytes("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000b\u000e\u001b[31m"));
        corpus.put("a 2 MB line", bytes("a".repeat(2_000_000)));
        corpus.put("a 2 MB quoted field", bytes("\"" + "x".repeat(2_000_000) + "\""));
        corpus.put("100,000 delimiters", bytes(",".repeat(50_000) + ";".repeat(50_000)));
        corpus.put("100,000 open brackets", bytes("[".repeat(100_000)));
        corpus.put("100,000 open braces", bytes("{\"a\":".repeat(100_000)));
        corpus.put("unterminated quote", bytes("id,sex,birth_year\n\"E1,F,1980\n"));
        corpus.put("doubled quotes", bytes("\"\"\"\",\"\"\n\"a\"\"b\",\"c\n"));
        corpus.put("a header only", bytes("id,sex,birth_date\n"));
        corpus.put("rows longer than the header", bytes("id,sex,birth_year\nE1,F,1980,x,y,z\nE2\n"));
        corpus.put("a huge number", bytes("id,sex,birth_year,fte\nE1,F,1" + "0".repeat(10_000) + ",1e999999999\n"));
        corpus.put("JSON scalars", bytes("null true 1e999999999 -0 NaN \"x\""));
        corpus.put("JSON edge cases", bytes("[null, [], {}, {\"id\": null}, {\"id\": {\"x\": [1]}}, {\"id\": \"E1\", \"sex\": 7}]"));
        corpus.put("unterminated JSON", bytes("[{\"id\": \"E1\", \"sex\": \"F\""));
        corpus.put("XML", bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]><employees><e id=\"&a;\"/></employees>"));
        corpus.put("PDF signature", bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"));
        corpus.put("ZIP signature", concat(new byte[] {'P', 'K', 3, 4}, random(256, 2)));
        corpus.put("DSN-like lines", bytes("S10.G00.00.001,'x'\nS21.G00.30.001,'\nS99,,,''\n"));
        corpus.put("SQL", bytes("'; DROP TABLE employees; --\nselect * from x where 1=1;\n"));
        corpus.put("Unicode oddities", bytes("id,sex\n\u202eE1\u2028,F\uFEFF\n\uD83D\uDE00,\u0000M\n"));
        corpus.put("lone carriage returns", bytes("id,sex,birth_year\rE1,F,1980\rE2,M,1981\r"));
        return corpus;
    }

    /** Reproducible mutations of valid content, by label. */
    static Map<String, byte[]> mutations(String of, byte[] valid, int count) {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        if (valid.length == 0) {
            return corpus;
        }
        for (int i = 1; i <= count; i++) {
            Random random = new Random(0x5EEDL * 31 + i);
            byte[] mutated = switch (i % 5) {
                case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length));
                case 1 -> flip(valid, random, 1 + random.nextInt(8));
                case 2 -> splice(valid, random);
                case 3 -> insert(valid, random);
                default -> delete(valid, random);
            };
            String kind = switch (i % 5) {
                case 0 -> "truncated";
                case 1 -> "bytes flipped";
                case 2 -> "slice repeated";
                case 3 -> "random bytes inserted";
                default -> "slice deleted";
            };
            corpus.put(of + ", mutation #" + i + " (" + kind + ")", mutated);
        }
        return corpus;
    }

    private static byte[] flip(byte[] valid, Random random, int flips) {
        byte[] copy = valid.clone();
        for (int f = 0; f < flips; f++) {
            int at = random.nextInt(copy.length);
            copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
        }
        return copy;
    }

    private static byte[] splice(byte[] valid, Random random) {
        int from = random.nextInt(valid.length);
        int to = from + random.nextInt(valid.length - from + 1);
        int at = random.nextInt(valid.length + 1);
        return concat(Arrays.copyOfRange(valid, 0, at), Arrays.copyOfRange(valid, from, to),
                Arrays.copyOfRange(valid, at, valid.length));
    }

    private static byte[] insert(byte[] valid, Random random) {
        int at = random.nextInt(valid.length + 1);
        byte[] noise = new byte[1 + random.nextInt(32)];
        random.nextBytes(noise);
        return concat(Arrays.copyOfRange(valid, 0, at), noise, Arrays.copyOfRange(valid, at, valid.length));
    }

    private static byte[] delete(byte[] valid, Random random) {
        int from = random.nextInt(valid.length);
        int to = from + random.nextInt(Math.min(valid.length - from, 64) + 1);
        return concat(Arrays.copyOfRange(valid, 0, from), Arrays.copyOfRange(valid, to, valid.length));
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
