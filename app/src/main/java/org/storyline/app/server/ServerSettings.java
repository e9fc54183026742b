package org.storyline.app.server;

/**
 * How the server listens.
 *
 * @param host          the interface to bind; loopback by default so nothing is exposed unasked
 * @param port          the TCP port, 0 for any free one
 * @param token         the token that {@code POST /api/ingest} requires, or {@code null}: ingest refused
 * @param maxUploadBytes the largest accepted ingest body; larger ones get 413 and the server goes on
 */
public record ServerSettings(String host, int port, String token, long maxUploadBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    public static ServerSettings local(int port, String token) {
        return new ServerSettings(DEFAULT_HOST, port, token, DEFAULT_MAX_UPLOAD);
    }
}
