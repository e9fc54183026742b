package org.storyline.core.ingest;

/**
 * Whether bytes that are not valid UTF-8 are still mostly UTF-8: a page with one corrupt byte among a
 * hundred accented letters should lose that byte, not have every letter turned into mojibake by a
 * single-byte fallback. Counts well-formed multi-byte sequences against bytes that fit no sequence.
 */
final class Utf8Evidence {

    private Utf8Evidence() {
    }

    static boolean mostlyUtf8(byte[] bytes) {
        int sound = 0;
        int broken = 0;
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
            } else if (length > 1 && continues(bytes, i + 1, length - 1)) {
                sound++;
                i += length;
            } else {
                broken++;
                i++;
            }
        }
        return sound > broken;
    }

    private static boolean continues(byte[] bytes, int from, int count) {
        if (from + count > bytes.length) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
