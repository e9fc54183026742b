package org.storyline.core.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Unzips gzip bodies (a Content-Encoding, or a {@code .xml.gz} sitemap) without letting a zip bomb past the limit. */
final class Gzip {

    private Gzip() {
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    static byte[] gunzip(byte[] bytes, long limit) throws FetchFailure {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 8192)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(bytes.length * 4, 1 << 20));
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (out.size() + (long) n > limit) {
                    throw new FetchFailure("too large: over " + limit + " bytes once unzipped", false);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchFailure("broken gzip body: " + e.getMessage(), false);
        }
    }
}
