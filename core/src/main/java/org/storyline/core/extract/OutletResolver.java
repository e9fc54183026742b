package org.storyline.core.extract;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.model.Outlet;

/**
 * Names the outlet behind a document: from its URL's host, from a name a container gives, or from the
 * places where scraped text names its own outlet (a dateline's "(Reuters)", a sign-up box's "from Stars
 * and Stripes", a copyright line). Known outlets come from {@code known-outlets.txt}; an unknown host
 * gets a readable name made from its registered domain ("the-daily-planet.co.uk" becomes "The Daily
 * Planet"). Immutable and thread-safe.
 */
public final class OutletResolver {

    private static final String NAME_WORD = "\\p{Lu}(?:[\\p{L}\\p{N}'\u2019&-]|\\.(?=\\p{L}))*";
    /** A capitalised name, small joining words allowed inside: "Stars and Stripes", "Corriere della Sera". */
    static final String NAME = NAME_WORD + "(?:\\s+(?:and|of|the|de|des|du|del|della|di|&)\\s+" + NAME_WORD
            + "|\\s+" + NAME_WORD + ")*";
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "on", "in", "for", "de", "la", "le");

    private final Map<String, Outlet> byDomain = new HashMap<>();
    private final Map<String, Outlet> byName = new HashMap<>();
    private final Set<String> multiLabelSuffixes = new HashSet<>();
    private final List<Pattern> signatures;

    private OutletResolver() {
        for (List<String> row : RuleFile.rows("known-outlets.txt")) {
            String domain = row.get(0).toLowerCase(Locale.ROOT);
            Outlet outlet = byName.getOrDefault(key(row.get(1)), new Outlet(row.get(1), domain));
            byDomain.put(domain, outlet);
            for (String name : row.subList(1, row.size())) {
                byName.putIfAbsent(key(name), outlet);
            }
        }
        for (String suffix : RuleFile.lines("public-suffixes.txt")) {
            multiLabelSuffixes.add(suffix.toLowerCase(Locale.ROOT));
        }
        signatures = RuleFile.lines("outlet-signatures.txt").stream()
                .map(regex -> Pattern.compile(regex.replace("{NAME}", NAME)))
                .toList();
    }

    private static final class Standard {
        static final OutletResolver INSTANCE = new OutletResolver();
    }

    /** The resolver built from the bundled resources, loaded once. */
    public static OutletResolver standard() {
        return Standard.INSTANCE;
    }

    /** The outlet publishing at {@code url}, or {@code null} when the URL has no host. */
    public Outlet fromUrl(String url) {
        String host = host(url);
        if (host == null) {
            return null;
        }
        for (String domain = host; domain.contains("."); domain = domain.substring(domain.indexOf('.') + 1)) {
            Outlet known = byDomain.get(domain);
            if (known != null) {
                return known;
            }
        }
        String registered = registeredDomain(host);
        return new Outlet(readableName(registered.substring(0, registered.indexOf('.'))), registered);
    }

    /**
     * The outlet a name stands for: the known outlet when the name or an alias matches ("AP" gives
     * "The Associated Press"), else an outlet of that name with no domain; {@code null} for a blank name.
     */
    public Outlet byName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Outlet known = known(name);
        return known != null ? known : new Outlet(name.strip(), null);
    }

    /** The known outlet with this name or alias, or {@code null}. */
    public Outlet known(String name) {
        if (name == null) {
            return null;
        }
        Outlet outlet = byName.get(key(name));
        return outlet != null ? outlet : byName.get(key(name + "."));
    }

    /**
     * The outlet a passage names as its own (dateline, copyright line, sign-up box), or {@code null}.
     * Give it one paragraph at a time: a body sentence that cites another outlet is not a signature, but
     * the patterns are only safe on the passages they were written for.
     */
    public Outlet inText(String passage) {
        if (passage == null || passage.isBlank()) {
            return null;
        }
        for (Pattern signature : signatures) {
            Matcher m = signature.matcher(passage);
            if (m.find()) {
                String name = m.group("outlet").strip();
                Outlet known = known(name);
                if (known != null) {
                    return known;
                }
                if (Character.isUpperCase(name.codePointAt(0))) {
                    return new Outlet(name, null);
                }
            }
        }
        return null;
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String candidate = url.strip();
        if (!candidate.contains("://")) {
            candidate = "http://" + candidate;
        }
        try {
            String host = URI.create(candidate.replace(" ", "%20")).getHost();
            if (host == null || !host.contains(".")) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "www.news.bbc.co.uk" gives "bbc.co.uk"; "edition.cnn.com" gives "cnn.com". */
    String registeredDomain(String host) {
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n >= 3 && multiLabelSuffixes.contains(labels[n - 2] + "." + labels[n - 1])) {
            return labels[n - 3] + "." + labels[n - 2] + "." + labels[n - 1];
        }
        return n >= 2 ? labels[n - 2] + "." + labels[n - 1] : host;
    }

    /** "the-daily-planet" gives "The Daily Planet"; a short label is taken for an acronym ("bbc" → "BBC"). */
    static String readableName(String label) {
        if (label.length() <= 3) {
            return label.toUpperCase(Locale.ROOT);
        }
        var name = new StringBuilder();
        String[] words = label.split("[-_]+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty()) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append(' ');
            }
            boolean small = i > 0 && SMALL_WORDS.contains(word);
            name.append(small ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
