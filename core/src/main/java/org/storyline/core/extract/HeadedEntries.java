package org.storyline.core.extract;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Pages that print other entries after the story in the story's own markup: the next story of an endless page in plain
 * {@code <div>}s, a blog's earlier posts or a site's other reflections under the one asked for. Each entry is an element
 * of one tag and class, opening with a heading of its own, and the element with the most prose holds them all. The
 * entry that held the page's headline ({@code <h1>}) is the story; the items of a list article sit under a headline
 * outside them, and stay together. An {@code <article>} marks an entry whatever it opens on (the cleaner may have taken
 * the {@code <header>} holding its headline). Entries inside an {@code <article>} stay together: it marks them as one
 * story's parts (a list article whose first item holds the headline), and so do entries opening on a number ("2. The
 * north wall"), under a headline that counts them ("5 things to know today" over five entries) or on a heading that
 * names what the headline names ("Trench coat with leisurewear" under "Ways to style a trench coat").
 */
final class HeadedEntries {

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4");
    /** A list item's heading: "2. The north wall", "3) Lisbon", "#4 Vienna", "No. 5: Seville". */
    private static final Pattern NUMBERED = Pattern.compile("(?:#\\s?|No\\.\\s?)?\\d{1,3}(?:[.):]|\\s[-\u2013\u2014:])\\s*\\S");
    /** A list a headline counts has three items at least: "2 hurt in crash" counts none. */
    private static final int MIN_COUNTED_ITEMS = 3;
    /** A headline that counts its items: "10 things ...", "The 5 best ...". */
    private static final Pattern COUNTED = Pattern.compile("(?:The\\s+)?(\\d{1,3})\\s+\\p{L}");
    /** Shorter words are mostly function words ("the", "with", "from"); a shared longer one names a shared subject. */
    private static final int MIN_SUBJECT_LETTERS = 5;
    /** How many entries after the headline's must all name its subject to be taken for one story's sections. */
    private static final int MIN_SECTIONS = 2;

    private HeadedEntries() {
    }

    /**
     * The entry inside {@code chosen} that held the headline, when its siblings of the same tag and class each open with
     * a heading of their own and hold prose; else {@code chosen}. {@code headed} are the elements that held a headline
     * before the page was cleaned.
     */
    static Element entry(Element chosen, Map<Element, double[]> tally, Set<Element> headed) {
        if (!headed.contains(chosen)) {
            return chosen;
        }
        for (Element inner = headedChild(chosen, headed); inner != null; inner = headedChild(inner, headed)) {
            if (isEntry(inner, tally, headed)) {
                return inner;
            }
        }
        return chosen;
    }

    private static Element headedChild(Element e, Set<Element> headed) {
        for (Element child : e.children()) {
            if (headed.contains(child)) {
                return child;
            }
        }
        return null;
    }

    /** Whether {@code e} held the headline and has siblings of its tag and class, none of them headed, that open on a heading. */
    private static boolean isEntry(Element e, Map<Element, double[]> tally, Set<Element> headed) {
        if (!headed.contains(e) || e.className().isBlank() || e.parent() == null || proseOf(e, tally) == 0
                || insideAnArticle(e)) {
            return false;
        }
        int subheading = -1;
        int others = 0;
        int sections = 0;
        Set<String> subjects = subjects(e.selectFirst("h1"));
        for (Element sibling : e.parent().children()) {
            if (sibling == e || !ElementKind.same(sibling, e)) {
                continue;
            }
            subheading = subheading < 0 ? topSubheading(e) : subheading;
            Element heading = openingHeading(sibling);
            if (heading != null && NUMBERED.matcher(heading.text()).lookingAt()) {
                return false;
            }
            if (headed.contains(sibling) || proseOf(sibling, tally) == 0 || opensOnABreak(sibling)
                    || !e.normalName().equals("article") && (heading == null || rank(heading) > subheading)) {
                return false;
            }
            sections += heading != null && namesAny(heading, subjects) ? 1 : 0;
            others++;
        }
        return others > 0 && tellsInSentences(e) && !countsItsItems(e, others + 1)
                && !sectionsOfOneSubject(sections, others);
    }

    /**
     * Whether the headline in {@code e} opens on the count of the entries ("5 things to know today" over five entries, or
     * over an introduction and five): a list article whose first item holds the headline, not one entry of a page of
     * stories. A news headline opening on a number ("3 hurt in crash") rarely counts the stories after it.
     */
    private static boolean countsItsItems(Element e, int entries) {
        Element headline = e.selectFirst("h1");
        if (headline == null) {
            return false;
        }
        Matcher count = COUNTED.matcher(headline.text());
        if (!count.lookingAt()) {
            return false;
        }
        int items = Integer.parseInt(count.group(1));
        return items >= MIN_COUNTED_ITEMS && (items == entries || items == entries - 1);
    }

    /**
     * Whether every entry after the headline's opens on a heading that names what the headline names, and there are
     * two or more: a list article's sections. One next story may share a word with the headline by chance.
     */
    private static boolean sectionsOfOneSubject(int sections, int entries) {
        return entries >= MIN_SECTIONS && sections == entries;
    }

    /** The words of {@code headline} long enough to name its subject; none without a headline. */
    private static Set<String> subjects(Element headline) {
        var words = new HashSet<String>();
        if (headline != null) {
            for (String word : Words.letters(headline.text())) {
                if (word.length() >= MIN_SUBJECT_LETTERS) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** Whether {@code heading} holds one of {@code subjects}: a section of the story the headline names. */
    private static boolean namesAny(Element heading, Set<String> subjects) {
        for (String word : Words.letters(heading.text())) {
            if (subjects.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rank of the highest heading in the headline's entry other than the headline (2 for an {@code <h2>}), or one
     * past the lowest: a sibling opening on a heading ranked below the entry's own subtitle or subheadings is a section of
     * the same story (a CMS that prints each section as a content block of one class).
     */
    private static int topSubheading(Element entry) {
        int top = HEADINGS.size() + 1;
        for (Element h : entry.select("h2, h3, h4")) {
            top = Math.min(top, rank(h));
        }
        return top;
    }

    private static int rank(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }

    /** Whether the entry tells something in a sentence of its own, not only a headline over facts (a record's label, its date). */
    private static boolean tellsInSentences(Element entry) {
        for (Element p : entry.getElementsByTag("p")) {
            if (ClosingLines.isSentence(p.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an {@code <article>} holds {@code e}: the page marks its siblings as parts of one story (a list article's items). */
    private static boolean insideAnArticle(Element e) {
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (up.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    private static double proseOf(Element e, Map<Element, double[]> tally) {
        double[] t = tally.get(e);
        return t == null ? 0 : t[0];
    }

    /**
     * Whether {@code e} opens on a thematic break ({@code <hr>}) before any text: a long read's sections, each after a
     * divider (Medium's "section-divider"), are one story's parts, not entries of their own.
     */
    private static boolean opensOnABreak(Element e) {
        for (Element d : e.getAllElements()) {
            if (d.normalName().equals("hr")) {
                return true;
            }
            if (d != e && !d.ownText().isBlank()) {
                return false;
            }
        }
        return false;
    }

    /** The heading {@code e}'s first text is in, or {@code null}. */
    private static Element openingHeading(Element e) {
        for (Element d : e.getAllElements()) {
            if (HEADINGS.contains(d.normalName())) {
                return d;
            }
            if (d != e && !d.ownText().isBlank()) {
                return null;
            }
        }
        return null;
    }
}
