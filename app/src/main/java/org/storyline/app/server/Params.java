package org.storyline.app.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.storyline.core.store.StoryOrder;

/** Reads and checks query parameters; anything malformed is a 400 that names the parameter. */
final class Params {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private Params() {
    }

    /** An id made safe to put back into a path. */
    static String pathSegment(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 500) {
            throw ApiError.badRequest(name + " is longer than 500 characters");
        }
        return value.strip();
    }

    static int offset(Context ctx) {
        return number(ctx, "offset", 0, 0, 9_900);
    }

    static int limit(Context ctx) {
        return number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    static int number(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw ApiError.badRequest(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number, not " + Printable.of(value));
        }
    }

    static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date like 2024-05-02, not " + Printable.of(value));
        }
    }

    static StoryOrder order(Context ctx) {
        String value = text(ctx, "sort");
        if (value == null || value.equals("recent") || value.equals("recency")) {
            return StoryOrder.RECENT;
        }
        if (value.equals("size")) {
            return StoryOrder.SIZE;
        }
        throw ApiError.badRequest("sort must be recent or size, not " + Printable.of(value));
    }
}
