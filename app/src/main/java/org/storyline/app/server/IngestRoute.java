package org.storyline.app.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.storyline.core.store.RecordJson;

/**
 * {@code POST /api/ingest}: a JSON body (one article object or an array, fields as the ingest's JSON
 * reader knows them) or the raw bytes of a file of any supported format, named by {@code ?name=}.
 * Needs the server's token as {@code Authorization: Bearer …}: none → 401, a wrong one → 403, and
 * when the server was started without a token, ingest is refused (403). Bodies over the limit → 413.
 */
final class IngestRoute {

    /** How much of an oversized body is read and dropped before answering, so the client sees the 413. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final Intake intake;
    private final byte[] token;
    private final long maxBytes;

    IngestRoute(Intake intake, String token, long maxBytes) {
        this.intake = intake;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.maxBytes = maxBytes;
    }

    void handle(Context ctx) throws IOException {
        if (token == null || intake == null) {
            throw new ApiError(403, "ingest is disabled: start the server with --token (or STORYLINE_TOKEN) to allow it");
        }
        String given = bearer(ctx);
        if (given == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "ingest needs the server's token: send Authorization: Bearer <token>");
        }
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(403, "the token is wrong");
        }
        byte[] body = boundedBody(ctx.req().getInputStream());
        if (body == null) {
            throw new ApiError(413, "the upload is larger than " + maxBytes + " bytes");
        }
        if (body.length == 0) {
            throw ApiError.badRequest("the request body is empty: send JSON or a file");
        }
        String name = fileName(ctx);
        if (name == null) {
            checkJson(body);
            name = "upload.json";
        }
        Receipt receipt = intake.receive(name, body);
        boolean nothingRead = receipt.added().isEmpty() && receipt.alreadyStored().isEmpty();
        ctx.status(nothingRead && !receipt.problems().isEmpty() ? 422 : 200).json(receipt);
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        return ctx.header("X-Storyline-Token");
    }

    /** The body, or {@code null} when it is over the limit (the rest is drained up to a bound). */
    private byte[] boundedBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
                    total += n;
                }
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The upload's file name, for its format only: the last path segment, never used to open a file. */
    private static String fileName(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            String type = ctx.contentType();
            return type == null || type.startsWith("application/json") ? null : "upload.txt";
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return last.isBlank() || last.startsWith(".") ? "upload" + last : last;
    }

    private static void checkJson(byte[] body) {
        try {
            RecordJson.mapper().readTree(body);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw ApiError.badRequest("malformed JSON: " + reason);
        }
    }
}
