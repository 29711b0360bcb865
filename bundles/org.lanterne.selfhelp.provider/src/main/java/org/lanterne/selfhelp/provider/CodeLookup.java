package org.lanterne.selfhelp.provider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The lookup tag of a resume code: HMAC-SHA256 under the installation's {@code selfhelp-codes}
 * key. It finds an enrolment with one indexed read, without scanning every slow hash, and cannot be
 * computed or tested from a code by anyone who has the database but not the key.
 */
final class CodeLookup {

    static final String KEY_NAME = "selfhelp-codes";

    private final byte[] key;

    /** @param key the key's bytes; this object keeps a copy */
    CodeLookup(byte[] key) {
        this.key = key.clone();
    }

    /** @param canonicalCode the code as {@link ResumeCodes#canonical} gives it */
    String tag(String canonicalCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonicalCode.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Overwrites the key. */
    void forget() {
        Arrays.fill(key, (byte) 0);
    }
}
