package org.storyline.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Document ids made from the document's own bytes, so reading the same bytes again, from any path, gives
 * the same id: the first 16 bytes of SHA-256, as 32 hex digits.
 */
final class ContentId {

    private static final int ID_BYTES = 16;

    private ContentId() {
    }

    static String of(byte[] bytes) {
        return hex(digest().digest(bytes));
    }

    /** An id over several parts (a feed item's content and link); a separator keeps "ab"+"c" apart from "a"+"bc". */
    static String of(String... parts) {
        MessageDigest digest = digest();
        for (String part : parts) {
            digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return hex(digest.digest());
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash, 0, ID_BYTES);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
