package org.storyline.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.storyline.core.store.Archive;

/**
 * Rendered pages kept for as long as the archive shows the same {@linkplain Archive#version() version}:
 * a list of stories changes only when a commit does, yet rendering one means a sorted search, parsing
 * cards and writing JSON or HTML for every request. An entry is keyed by path and query string;
 * the whole cache is dropped when the version moves, and it never holds more than {@code capacity}
 * bytes, so big pages cannot crowd the heap (when full it starts again, which a burst of distinct
 * searches can cause but a list's few pages cannot). Each answer carries an ETag, and a request whose
 * {@code If-None-Match} names it gets 304 with no body. Thread-safe; two requests missing the same entry at once both render it.
 */
public final class PageCache {

    /** Renders a page; exceptions (a bad parameter, a store failure) pass through and nothing is kept. */
    @FunctionalInterface
    public interface Render {
        String render() throws IOException;
    }

    private record Entry(byte[] body, String etag) {
    }

    private record Edition(long version, Map<String, Entry> entries, AtomicLong bytes) {
    }

    private final Archive archive;
    private final long capacity;
    private volatile Edition edition = new Edition(Long.MIN_VALUE, Map.of(), new AtomicLong());

    /** @param capacity the most bytes of rendered pages kept */
    public PageCache(Archive archive, long capacity) {
        this.archive = archive;
        this.capacity = capacity;
    }

    /** Answers the request with the kept page, or renders, keeps and answers it. */
    public void answer(Context ctx, String contentType, Render render) throws IOException {
        long version = archive.version();
        Edition current = edition(version);
        String key = key(ctx);
        Entry entry = current.entries().get(key);
        if (entry == null) {
            byte[] body = render.render().getBytes(StandardCharsets.UTF_8);
            entry = new Entry(body, "\"" + Long.toHexString(version) + "-" + Integer.toHexString(key.hashCode())
                    + "-" + Integer.toHexString(Arrays.hashCode(body)) + "\"");
            if (current.bytes().addAndGet(body.length) > capacity) {
                current.entries().clear();
                current.bytes().set(body.length);
            }
            current.entries().put(key, entry);
        }
        ctx.header("ETag", entry.etag()).header("Cache-Control", "no-cache");
        String known = ctx.header("If-None-Match");
        if (known != null && known.contains(entry.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(contentType).result(entry.body());
    }

    private Edition edition(long version) {
        Edition current = edition;
        if (current.version() != version) {
            synchronized (this) {
                current = edition;
                if (current.version() != version) {
                    current = new Edition(version, new ConcurrentHashMap<>(), new AtomicLong());
                    edition = current;
                }
            }
        }
        return current;
    }

    /** The path and the raw query: the same parameters in another order are kept twice, which is harmless. */
    private static String key(Context ctx) {
        String query = ctx.queryString();
        return query == null ? ctx.path() : ctx.path() + '?' + query;
    }
}
