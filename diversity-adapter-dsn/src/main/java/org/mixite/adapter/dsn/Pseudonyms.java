package org.mixite.adapter.dsn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable pseudonymous keys for people: HMAC-SHA256 of the NIR with a secret salt, cut to 64
 * bits. The same salt gives the same key month after month, so a person is matched across
 * files; the NIR itself is never kept, logged or shown. Set a salt of your own (option
 * {@code salt}): with the default, anyone holding a NIR could recompute its key.
 *
 * <p>The HMAC (RFC 2104) is {@code H((K ^ opad) || H((K ^ ipad) || nir))}. The two digests' states
 * after their first block, the salt's, are made once and copied per NIR, so each NIR costs two
 * SHA-256 blocks instead of the four {@code Mac.doFinal} hashes again (issue 20: a year's read
 * hashes 120,000 NIRs). {@code PseudonymsProperties} pins it to {@code javax.crypto.Mac}.
 */
final class Pseudonyms {

    /** Documented default, for trials only. */
    static final String DEFAULT_SALT = "mixite-default-salt-change-me";

    private static final int BLOCK = 64;
    private static final HexFormat HEX = HexFormat.of();

    /** SHA-256 having read the salt xor ipad, and xor opad: copied, never updated. */
    private final MessageDigest inner;
    private final MessageDigest outer;

    Pseudonyms(String salt) {
        if (salt.isEmpty()) {
            throw new IllegalArgumentException("the salt must not be empty");
        }
        byte[] key = salt.getBytes(StandardCharsets.UTF_8);
        if (key.length > BLOCK) {
            key = sha256().digest(key); // RFC 2104: a key longer than the block is hashed first
        }
        byte[] ipad = new byte[BLOCK];
        byte[] opad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < key.length ? key[i] : 0;
            ipad[i] = (byte) (k ^ 0x36);
            opad[i] = (byte) (k ^ 0x5c);
        }
        inner = sha256();
        inner.update(ipad);
        outer = sha256();
        outer.update(opad);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A 16-hex-digit key for a NIR. Thread-safe: the salt's digests are only copied. */
    String of(String nir) {
        try {
            MessageDigest in = (MessageDigest) inner.clone();
            in.update(nir.getBytes(StandardCharsets.US_ASCII));
            MessageDigest out = (MessageDigest) outer.clone();
            out.update(in.digest());
            return HEX.formatHex(out.digest(), 0, 8);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this JVM's SHA-256 cannot be copied", e);
        }
    }
}
