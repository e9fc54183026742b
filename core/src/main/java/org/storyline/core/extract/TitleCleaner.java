package org.storyline.core.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Strips the site's name from a page title: "Storm hits coast | The Daily Planet" becomes "Storm hits
 * coast". A part after the last separator goes when it names the site (its name or its host), or when
 * it is short next to the headline, as site names are.
 */
final class TitleCleaner {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s*[|»·•]\\s*");
    private static final int SITE_MAX_WORDS = 4;

    private TitleCleaner() {
    }

    static String clean(String title, String siteName, String host) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        for (int round = 0; round < 2; round++) {
            var m = SEPARATOR.matcher(t);
            int lastStart = -1;
            int lastEnd = -1;
            int firstStart = -1;
            int firstEnd = -1;
            while (m.find()) {
                if (firstStart < 0) {
                    firstStart = m.start();
                    firstEnd = m.end();
                }
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (lastStart <= 0) {
                return t;
            }
            String tail = t.substring(lastEnd).strip();
            String head = t.substring(0, firstStart).strip();
            if (namesSite(tail, siteName, host) || isShortNextTo(tail, t.substring(0, lastStart))) {
                t = t.substring(0, lastStart).strip();
            } else if (namesSite(head, siteName, host)) {
                t = t.substring(firstEnd).strip();
            } else {
                return t;
            }
        }
        return t;
    }

    private static boolean namesSite(String part, String siteName, String host) {
        String p = fold(part);
        if (p.isEmpty()) {
            return false;
        }
        // A longer part may name the site inside a headline ("... PolitiFact's Lie of the Year").
        boolean brief = Words.count(part) <= SITE_MAX_WORDS
                || siteName != null && Words.count(part) <= Words.count(siteName) + 1;
        if (siteName != null && (fold(siteName).equals(p) || fold(siteName).contains(p) || brief && p.contains(fold(siteName)))) {
            return true;
        }
        return host != null && (fold(host).contains(p) || brief && p.contains(fold(host.replaceFirst("\\.[a-z]+$", ""))));
    }

    private static boolean isShortNextTo(String tail, String head) {
        int tailWords = tail.split("\\s+").length;
        int headWords = head.split("\\s+").length;
        return tailWords <= SITE_MAX_WORDS && headWords >= 2 * tailWords + 2;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
