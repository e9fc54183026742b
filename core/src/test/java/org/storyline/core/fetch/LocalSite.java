package org.storyline.core.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.zip.GZIPOutputStream;

/**
 * A small web site on 127.0.0.1 for the fetch tests: static resources that answer conditional requests
 * as a real server does (ETag, Last-Modified, 304), gzip when asked, and handlers for odd behaviour.
 * Every request is logged with its answer.
 */
final class LocalSite implements AutoCloseable {

    /** One request as the site saw it. */
    record Request(String path, int status, String ifNoneMatch, String userAgent, long startNanos) {
    }

    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** The exchange's attribute holding what logs it, given the status it is answered with. */
    private static final String LOGGER = "local-site.logger";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> log = new CopyOnWriteArrayList<>();

    private LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::dispatch);
        server.setExecutor(threads);
        server.start();
    }

    static LocalSite start() throws IOException {
        return new LocalSite();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A static resource with an ETag and Last-Modified; {@code gzip} says whether it is sent compressed when asked. */
    void put(String path, String contentType, String body, boolean gzip) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        routes.put(path, exchange -> {
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", "Mon, 03 Mar 2025 10:00:00 GMT");
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                send(exchange, 304, null, new byte[0]);
                return;
            }
            boolean zip = gzip && String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
            if (zip) {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            send(exchange, 200, contentType, zip ? gzip(bytes) : bytes);
        });
    }

    void put(String path, String contentType, String body) {
        put(path, contentType, body, false);
    }

    void route(String path, Handler handler) {
        routes.put(path, handler);
    }

    List<Request> requests() {
        return List.copyOf(log);
    }

    List<String> paths() {
        return log.stream().map(Request::path).toList();
    }

    void clearLog() {
        log.clear();
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        // Logged before the answer leaves: a client may read the log as soon as it has its answer.
        if (exchange.getAttribute(LOGGER) instanceof IntConsumer logger) {
            logger.accept(status);
        }
        exchange.sendResponseHeaders(status, status == 304 || body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Handler handler = routes.getOrDefault(path, routes.get(exchange.getRequestURI().getRawPath()));
        boolean[] logged = {false};
        IntConsumer logger = status -> {
            logged[0] = true;
            log.add(new Request(path, status, exchange.getRequestHeaders().getFirst("If-None-Match"),
                    exchange.getRequestHeaders().getFirst("User-Agent"), start));
        };
        exchange.setAttribute(LOGGER, logger);
        try {
            if (handler == null) {
                send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
            } else {
                handler.handle(exchange);
            }
        } finally {
            if (!logged[0]) {
                logger.accept(exchange.getResponseCode());
            }
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
