package org.storyline.core.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the headline. The one readers see is the page's {@code <h1>}; metadata titles are often
 * shortened or written for search and social sites. So an {@code <h1>} that reads like a headline
 * wins (the one closest in words to the metadata title when there are several); else the metadata
 * title, else the {@code <title>}, each with the site's name stripped.
 */
final class HeadlineChooser {

    private static final int MIN_CHARS = 10;
    private static final int MAX_CHARS = 300;

    private HeadlineChooser() {
    }

    static String choose(Document page, String metadataTitle, String hintTitle, String siteName, String domain) {
        Element best = null;
        double bestOverlap = -1;
        for (Element h1 : page.select("h1")) {
            String text = h1.text().strip();
            if (text.length() < MIN_CHARS || text.length() > MAX_CHARS || text.indexOf(' ') < 0
                    || siteName != null && fold(text).equals(fold(siteName))) {
                continue;
            }
            double overlap = metadataTitle == null ? 0 : overlap(text, metadataTitle);
            if (overlap > bestOverlap) {
                best = h1;
                bestOverlap = overlap;
            }
        }
        if (best != null) {
            return best.text().replaceAll("\\s+", " ").strip();
        }
        if (metadataTitle != null) {
            return TitleCleaner.clean(metadataTitle, siteName, domain);
        }
        String title = page.title().replaceAll("\\s+", " ").strip();
        if (!title.isEmpty()) {
            return TitleCleaner.clean(title, siteName, domain);
        }
        return hintTitle;
    }

    private static double overlap(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                common++;
            }
        }
        return (double) common / Math.max(wa.size(), wb.size());
    }

    private static Set<String> words(String s) {
        return new HashSet<>(java.util.Arrays.asList(fold(s).split(" ")));
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
