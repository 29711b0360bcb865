package org.lanterne.pseudonym.provider;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.lanterne.pseudonym.api.Pseudonyms;
import org.lanterne.store.api.KeyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Random codes from {@link SecureRandom}; export ids keyed with the installation's pseudonyms key. */
@Component
public class KeyedPseudonyms implements Pseudonyms {

    static final String KEY_NAME = "pseudonyms";

    // Names the purpose inside the HMAC input, so this key can never produce another kind of value by accident.
    private static final String DOMAIN = "lanterne.export-id/1";
    private static final int ID_BYTES = 20;

    private final KeyService keys;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public KeyedPseudonyms(@Reference KeyService keys) {
        this.keys = keys;
    }

    @Override
    public String newCode() {
        return CheckedCode.random(random);
    }

    @Override
    public boolean isWellFormed(String code) {
        return CheckedCode.normalize(code).isPresent();
    }

    @Override
    public String normalize(String code) {
        // The message never repeats the code: it may end up in a log.
        return CheckedCode.normalize(code).orElseThrow(() -> new IllegalArgumentException("Not a well-formed participant code"));
    }

    @Override
    public String exportId(String exportScope, String code) {
        if (exportScope == null || exportScope.isBlank()) {
            throw new IllegalArgumentException("An export scope is required");
        }
        byte[] message = lengthPrefixed(DOMAIN, exportScope, CheckedCode.compact(normalize(code)));
        byte[] key = keys.key(KEY_NAME);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // SecretKeySpec and the Mac keep their own copies until collected; ours is wiped below.
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal(message);
            return CheckedCode.base32(Arrays.copyOf(tag, ID_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Each field as its UTF-8 length and bytes, so that no two field lists encode alike. */
    static byte[] lengthPrefixed(String... fields) {
        byte[][] encoded = new byte[fields.length][];
        int size = 0;
        for (int i = 0; i < fields.length; i++) {
            encoded[i] = fields[i].getBytes(StandardCharsets.UTF_8);
            size += Integer.BYTES + encoded[i].length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        for (byte[] field : encoded) {
            buffer.putInt(field.length).put(field);
        }
        return buffer.array();
    }
}
