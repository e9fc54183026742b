package org.storyline.core.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One HTTP GET, with nothing followed and nothing retried: the User-Agent, conditional headers when
 * given, gzip asked for and undone, the body bounded, and the whole exchange (body included) bounded
 * in time. Thread-safe.
 */
final class WebClient {

    private final HttpClient client;
    private final FetchSettings settings;

    WebClient(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Response get(URI url, Validators validators, String accept, long limit) throws FetchFailure, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        AtomicReference<BoundedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), BoundedBody.handler(limit, body::set));
        HttpResponse<byte[]> response;
        try {
            response = future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abort(future, body);
            throw new FetchFailure("timed out after " + Durations.inWords(settings.requestTimeout()), true);
        } catch (InterruptedException e) {
            abort(future, body);
            throw e;
        } catch (ExecutionException e) {
            throw failure(e.getCause(), limit);
        }
        HttpHeaders headers = response.headers();
        return new Response(url, response.statusCode(), header(headers, "Content-Type"),
                decoded(response.body(), header(headers, "Content-Encoding"), limit), header(headers, "ETag"),
                header(headers, "Last-Modified"), header(headers, "Location"), retryAfter(header(headers, "Retry-After")));
    }

    private static void abort(CompletableFuture<?> future, AtomicReference<BoundedBody> body) {
        future.cancel(true);
        if (body.get() != null) {
            body.get().abort();
        }
    }

    private static byte[] decoded(byte[] body, String encoding, long limit) throws FetchFailure {
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
            return body;
        }
        String lower = encoding.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("gzip") || lower.equals("x-gzip")) {
            return body.length == 0 ? body : Gzip.gunzip(body, limit);
        }
        throw new FetchFailure("content encoded as " + lower + ", which Storyline does not decode", false);
    }

    private static FetchFailure failure(Throwable cause, long limit) {
        if (cause instanceof BoundedBody.TooLarge) {
            return new FetchFailure("too large: over " + limit + " bytes", false);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchFailure("timed out: " + cause.getMessage(), true);
        }
        if (cause instanceof ConnectException) {
            String message = cause.getMessage() != null ? cause.getMessage()
                    : cause.getCause() != null ? cause.getCause().toString() : "connection refused";
            return new FetchFailure("cannot connect: " + message, true);
        }
        if (cause instanceof IOException) {
            return new FetchFailure("connection failed: " + cause.getMessage(), true);
        }
        return new FetchFailure("request failed: " + cause, true);
    }

    private static String header(HttpHeaders headers, String name) {
        return headers.firstValue(name).filter(v -> !v.isBlank()).orElse(null);
    }

    /** Retry-After as seconds or as an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
