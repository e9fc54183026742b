package org.storyline.core.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** The registered domain of a URL ("www.bbc.co.uk" → "bbc.co.uk") and a readable outlet name for it. */
final class HostNames {

    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go");

    private HostNames() {
    }

    /** The URL's registered domain in lower case, or {@code null} when it has no host. */
    static String domain(String url) {
        if (url == null) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null || host.isEmpty()) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        if (n <= 2) {
            return String.join(".", labels);
        }
        boolean twoPart = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
        int keep = twoPart ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    /** "nytimes.com" → "Nytimes": the domain's own label, capitalised. */
    static String readableName(String domain) {
        String label = domain.split("\\.")[0];
        return label.isEmpty() ? domain : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
