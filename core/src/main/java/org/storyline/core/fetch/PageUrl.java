package org.storyline.core.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The URLs the watcher fetches and remembers. Only absolute http and https URLs are fetched. A URL is
 * remembered in one spelling: scheme and host in lower case, no default port, no fragment, an empty path
 * as {@code /}, and without the {@code utm_} campaign parameters that feeds add to links (the same
 * article reached from two feeds is one page).
 */
public final class PageUrl {

    /** Longer is no article's address (and would not fit a store key). */
    private static final int MAX_LENGTH = 4096;

    private PageUrl() {
    }

    /** The URL when it is an absolute http or https URL, resolved against {@code base} when relative. */
    static Optional<URI> parse(String text, URI base) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip().replace(" ", "%20"));
            URI absolute = base == null ? uri : base.resolve(uri);
            return fetchable(absolute) ? Optional.of(absolute) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} is an absolute http or https URL. */
    public static boolean isWebUrl(String text) {
        return parse(text, null).isPresent();
    }

    static boolean fetchable(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                && uri.getHost() != null && !uri.getHost().isEmpty();
    }

    /** The one spelling a URL is remembered in. */
    public static String normalize(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = withoutCampaign(uri.getRawQuery());
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query == null ? "" : "?" + query);
    }

    /** {@code scheme://host:port}: what politeness and robots.txt are kept per. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String withoutCampaign(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                kept.add(pair);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }
}
