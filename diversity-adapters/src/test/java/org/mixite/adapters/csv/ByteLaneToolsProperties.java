package org.mixite.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Issue 20 (the CSV byte lane): its tools agree with the plain code they replace — the line
 * breaks counted eight bytes at a time with a byte-by-byte count (the one the reader used, in
 * any buffer split), the byte-keyed memo with a map keyed by the same bytes.
 */
class ByteLaneToolsProperties {

    @Property(tries = 1000)
    @Label("issue 20: line breaks counted a word at a time = counted byte by byte (\\r\\n, \\n, lone \\r), across buffers")
    void lineBreaksAsBytewise(@ForAll("text") byte[] bytes, @ForAll @IntRange(min = 1, max = 40) int buffer) {
        LineBreaks words = new LineBreaks();
        for (int from = 0; from < bytes.length; from += buffer) {
            int n = Math.min(buffer, bytes.length - from);
            byte[] chunk = new byte[n + 3];
            System.arraycopy(bytes, from, chunk, 0, n);
            words.count(chunk, n);
        }
        assertThat(words.total()).isEqualTo(bytewise(bytes));
        assertThat((long) RangeLines.breaks(bytes, 0, bytes.length)).isEqualTo(bytewise(bytes));
    }

    @Property(tries = 300)
    @Label("issue 20: the byte-keyed memo gives what a map keyed by the same bytes gives, short and long keys, up to its limit")
    void memoAsMap(@ForAll("keys") @Size(max = 300) List<byte[]> keys, @ForAll @IntRange(min = 1, max = 50) int limit) {
        ByteMemo memo = new ByteMemo(limit);
        Map<String, Object> shortKeys = new HashMap<>();
        Map<String, Object> longKeys = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byte[] key = keys.get(i);
            // the key in the middle of a larger buffer, as a line holds it
            byte[] line = new byte[key.length + 5];
            System.arraycopy(key, 0, line, 2, key.length);
            String text = new String(key, StandardCharsets.ISO_8859_1);
            Map<String, Object> map = key.length <= 7 ? shortKeys : longKeys;
            assertThat(memo.get(line, 2, 2 + key.length)).isEqualTo(map.get(text));
            if (map.get(text) == null) {
                Integer value = i;
                memo.put(line, 2, 2 + key.length, value);
                if (map.size() < limit) {
                    map.put(text, value);
                }
            }
        }
    }

    private static long bytewise(byte[] bytes) {
        long breaks = 0;
        boolean afterCr = false;
        for (byte b : bytes) {
            if (b == '\n') {
                breaks += afterCr ? 0 : 1;
                afterCr = false;
            } else if (b == '\r') {
                breaks++;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
        return breaks;
    }

    private static byte[] array(List<Byte> values) {
        byte[] bytes = new byte[values.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = values.get(i);
        }
        return bytes;
    }

    @Provide
    Arbitrary<byte[]> text() {
        return Arbitraries.of((byte) '\n', (byte) '\r', (byte) 'a', (byte) 0x8A, (byte) (0x0D ^ 0x80), (byte) 0, (byte) 0xFF)
                .list().ofMaxSize(200).map(ByteLaneToolsProperties::array);
    }

    @Provide
    Arbitrary<List<byte[]>> keys() {
        Arbitrary<byte[]> key = Arbitraries.of((byte) 'a', (byte) 'b', (byte) 0, (byte) 0xFF, (byte) 0x80)
                .list().ofMaxSize(10).map(ByteLaneToolsProperties::array);
        return key.list();
    }
}
