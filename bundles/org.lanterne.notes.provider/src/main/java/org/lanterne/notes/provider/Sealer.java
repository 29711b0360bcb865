package org.lanterne.notes.provider;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals text with AES-256-GCM before it reaches the database, so that note text is encrypted on
 * every engine, PostgreSQL included, and in every backup. Each value is bound to where it belongs
 * (its table, column and row) as associated data: a sealed value copied into another row does not
 * open there.
 */
final class Sealer {

    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    Sealer(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("A sealing key has 32 bytes.");
        }
        this.key = new SecretKeySpec(key, "AES");
        Arrays.fill(key, (byte) 0);
    }

    /** @param place where the value is stored, for example {@code note-text:<id>} */
    String seal(String text, String place) {
        return FORMAT + Base64.getEncoder().encodeToString(sealBytes(text.getBytes(StandardCharsets.UTF_8), place));
    }

    /**
     * @throws IllegalStateException if the value was not sealed for this place with this key, or was altered;
     *                               the message names the place, never the value
     */
    String open(String sealed, String place) {
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new IllegalStateException("The stored value of " + place + " is not in a known sealed format.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The stored value of " + place + " is not in a known sealed format.", e);
        }
        return new String(openBytes(bytes, place), StandardCharsets.UTF_8);
    }

    /** @return the nonce followed by the ciphertext and its tag */
    byte[] sealBytes(byte[] content, String place) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, place).doFinal(content);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available.", e);
        }
    }

    /** @throws IllegalStateException as {@link #open(String, String)} */
    byte[] openBytes(byte[] sealed, String place) {
        if (sealed == null || sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("The stored value of " + place + " is truncated.");
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES), place).doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("The stored value of " + place + " does not open: it was altered, moved or sealed with another key.", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available.", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String place) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
