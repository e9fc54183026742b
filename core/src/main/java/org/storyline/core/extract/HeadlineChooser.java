package org.storyline.core.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses the headline. The one readers see is the page's {@code <h1>}; metadata titles are often
 * shortened or written for search and social sites. So an {@code <h1>} that reads like a headline
 * wins (the one closest in words to the metadata title when there are several); else the metadata
 * title, else the {@code <title>}, each with the site's name stripped. An {@code <h1>} that shares
 * next to no words with the metadata title but names the site is the site's logo, not a headline; a
 * section label the {@code <h1>} sets apart before the headline ("Politics | ...") goes, and so do labels set off
 * with bars on either side of the metadata title ("Opinion | ... | Editorial") and a trailing media tag ({@link MediaTag}).
 */
final class HeadlineChooser {

    private static final int MIN_CHARS = 10;
    private static final int MAX_CHARS = 300;
    private static final int KICKER_MAX_WORDS = 4;
    private static final double LOGO_MAX_OVERLAP = 0.2;
    private static final List<String> LOWER_HEADINGS = List.of("h2", "h3", "h4");
    private static final Pattern BAR = Pattern.compile("\\s+\\|\\s+");

    private HeadlineChooser() {
    }

    static String choose(PageElements page, String metadataTitle, String hintTitle, String siteName, String domain) {
        return MediaTag.strip(headline(page, metadataTitle, hintTitle, siteName, domain));
    }

    private static String headline(PageElements page, String metadataTitle, String hintTitle, String siteName,
            String domain) {
        Element best = null;
        double bestOverlap = -1;
        for (Element h1 : page.byTag("h1")) {
            String text = h1.text().strip();
            if (text.length() < MIN_CHARS || text.length() > MAX_CHARS || text.indexOf(' ') < 0
                    || siteName != null && fold(text).equals(fold(siteName))
                    || isLogo(text, metadataTitle, siteName, domain)) {
                continue;
            }
            double overlap = metadataTitle == null ? 0 : overlap(text, metadataTitle);
            if (overlap > bestOverlap) {
                best = h1;
                bestOverlap = overlap;
            }
        }
        if (best != null) {
            String cleanMetadata = metadataTitle == null ? null : TitleCleaner.clean(metadataTitle, siteName, domain);
            if (bestOverlap == 0 && headsTheStory(page, cleanMetadata)) {
                return cleanMetadata;
            }
            return withoutLabels(withoutKicker(best, best.text().replaceAll("\\s+", " ").strip(), cleanMetadata),
                    cleanMetadata);
        }
        if (metadataTitle != null) {
            return TitleCleaner.clean(metadataTitle, siteName, domain);
        }
        String title = page.root().ownerDocument().title().replaceAll("\\s+", " ").strip();
        if (!title.isEmpty()) {
            return TitleCleaner.clean(title, siteName, domain);
        }
        return hintTitle;
    }

    /**
     * Whether a lower heading reads as {@code title}: where the {@code <h1>} shares no word with the metadata title and
     * the story's own heading under it does ("News Flash" over "County Board Enacts Temporary Open Burning Ban"), the
     * {@code <h1>} names the kind of page, not the story.
     */
    private static boolean headsTheStory(PageElements page, String title) {
        if (title == null || Words.count(title) < 3) {
            return false;
        }
        String folded = fold(title);
        for (String tag : LOWER_HEADINGS) {
            for (Element h : page.byTag(tag)) {
                if (fold(h.text()).equals(folded)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLogo(String text, String metadataTitle, String siteName, String domain) {
        if (metadataTitle == null || overlap(text, metadataTitle) > LOGO_MAX_OVERLAP) {
            return false;
        }
        String t = fold(text).replace(" ", "");
        return siteName != null && t.contains(fold(siteName).replace(" ", ""))
                || domain != null && t.contains(fold(domain.replaceFirst("\\.[a-z]+$", "")).replace(" ", ""));
    }

    /**
     * The headline without a label the heading sets in its own element before it ("Politics |", "Opinion")
     * when the rest is the metadata title: the label is the site's section, not part of the headline.
     */
    private static String withoutKicker(Element h1, String headline, String metadataTitle) {
        Element first = h1.children().first();
        if (metadataTitle == null || first == null) {
            return headline;
        }
        String kicker = first.text().replaceAll("\\s+", " ").strip();
        int words = Words.count(kicker);
        if (words == 0 || words > KICKER_MAX_WORDS || !headline.startsWith(kicker)) {
            return headline;
        }
        String rest = headline.substring(kicker.length()).strip();
        return Words.count(rest) >= 3 && fold(rest).equals(fold(metadataTitle)) ? rest : headline;
    }

    /**
     * The headline without section labels the heading sets off with bars on either side ("Opinion | ... |
     * Editorial") when the part between them is the metadata title; a headline written with a bar stays whole.
     */
    private static String withoutLabels(String headline, String metadataTitle) {
        if (metadataTitle == null || Words.count(metadataTitle) < 3) {
            return headline;
        }
        String[] parts = BAR.split(headline);
        if (parts.length < 2) {
            return headline;
        }
        String match = null;
        for (String part : parts) {
            if (fold(part).equals(fold(metadataTitle))) {
                match = part.strip();
            } else if (Words.count(part) > KICKER_MAX_WORDS) {
                return headline;
            }
        }
        return match == null ? headline : match;
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
