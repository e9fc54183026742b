package org.storyline.core.ingest;

import java.util.Optional;

/**
 * Recognises bytes that are not text: a news reader fed a photo or a PDF should say so, not extract
 * mojibake. Known magic numbers are named; anything else with NUL bytes near the start is "binary data".
 */
final class BinarySniffer {

    private static final int LOOK_AT = 8192;

    private BinarySniffer() {
    }

    /** What kind of binary data {@code bytes} hold, or empty when they may be text. */
    static Optional<String> kindOf(byte[] bytes) {
        if (TextDecoder.hasUtf16Bom(bytes)) {
            return Optional.empty();
        }
        String magic = magic(bytes);
        if (magic != null) {
            return Optional.of(magic);
        }
        int end = Math.min(bytes.length, LOOK_AT);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return Optional.of("binary data (NUL bytes)");
            }
        }
        return Optional.empty();
    }

    private static String magic(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "WebP image";
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return "ZIP archive (also .docx, .xlsx, .epub)";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "gzip data (name the file .gz to have it read)";
        }
        if (starts(b, 0x7F, 'E', 'L', 'F')) {
            return "executable (ELF)";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        return TextDecoder.startsWith(bytes, prefix);
    }
}
