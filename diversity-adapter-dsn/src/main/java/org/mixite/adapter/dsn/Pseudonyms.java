package org.mixite.adapter.dsn;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonymous keys for people: HMAC-SHA256 of the NIR with a secret salt, cut to 64
 * bits. The same salt gives the same key month after month, so a person is matched across
 * files; the NIR itself is never kept, logged or shown. Set a salt of your own (option
 * {@code salt}): with the default, anyone holding a NIR could recompute its key.
 */
final class Pseudonyms {

    /** Documented default, for trials only. */
    static final String DEFAULT_SALT = "mixite-default-salt-change-me";

    private final SecretKeySpec key;
    /** Made once, not per NIR (getInstance looks the providers up each time); used under this object's lock. */
    private Mac mac;

    Pseudonyms(String salt) {
        if (salt.isEmpty()) {
            throw new IllegalArgumentException("the salt must not be empty");
        }
        this.key = new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A 16-hex-digit key for a NIR. */
    synchronized String of(String nir) {
        try {
            if (mac == null) {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
            }
            byte[] digest = mac.doFinal(nir.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
