package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 20: the NIR pseudonym computed from the salt's precomputed digest states is the first 64
 * bits of {@code javax.crypto.Mac} HMAC-SHA256 (the way it was computed before), for any salt —
 * short, of exactly one block, longer than a block (hashed first), non-ASCII — and any NIR.
 */
class PseudonymsProperties {

    private static String mac(String salt, String nir) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(nir.getBytes(StandardCharsets.US_ASCII)), 0, 8);
    }

    @Provide
    Arbitrary<String> salts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(200),
                Arbitraries.strings().alpha().ofLength(64), Arbitraries.strings().alpha().ofLength(65),
                Arbitraries.strings().withChars("éà€ü").ofMinLength(20).ofMaxLength(40), Arbitraries.just(Pseudonyms.DEFAULT_SALT));
    }

    @Provide
    Arbitrary<String> nirs() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789AB").ofLength(13), Arbitraries.strings().ascii().ofMaxLength(80));
    }

    @Property(tries = 2000)
    @Label("issue 20: the pseudonym of a NIR is HMAC-SHA256(salt, NIR) cut to 64 bits, as javax.crypto.Mac computes it")
    void pseudonymIsTheMac(@ForAll("salts") String salt, @ForAll("nirs") String nir) throws Exception {
        Pseudonyms pseudonyms = new Pseudonyms(salt);
        assertThat(pseudonyms.of(nir)).isEqualTo(mac(salt, nir));
        assertThat(pseudonyms.of(nir)).as("again: the salt's states are copied, not used up").isEqualTo(mac(salt, nir));
    }

    @Example
    @Label("RFC 4231 test case 2 (key 'Jefe'): the first 64 bits of its HMAC-SHA256")
    void rfc4231() {
        assertThat(new Pseudonyms("Jefe").of("what do ya want for nothing?")).isEqualTo("5bdcc146bf60754e");
    }
}
