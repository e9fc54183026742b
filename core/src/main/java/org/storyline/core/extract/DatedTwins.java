package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The stories of an endless page printed without {@code <article>} markup: sibling elements each holding a headline
 * ({@code <h1>}) and its own date stamp (a {@code <time>} element or a line that only stamps a date, {@link DateStamp}).
 * They are mostly of one tag and class, but a site may print the story asked for as an {@code <article>} and the next one
 * it loads in a {@code <div>}. A long read's sections may each open on an {@code <h1>} too, but only the first carries a
 * date. The story loaded below the one asked for may set its headline in an {@code <h2>}, in an {@code <article>} of its
 * own; the items above it in a stream are no story loaded next. Read before the page is cleaned, since the cleaner
 * takes the lines beside the byline.
 */
final class DatedTwins {

    /** A year in the line: the cheap test before a line is parsed as a date. */
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private DatedTwins() {
    }

    /**
     * The dated twins among {@code headed}, the elements of the page that hold a headline
     * ({@link FollowingStories#headed}).
     */
    static Set<Element> find(Set<Element> headed) {
        Set<Element> twins = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : headed) {
            if (!twins.contains(e) && e.parent() != null) {
                List<Element> dated = datedSiblings(e, headed);
                if (dated.size() >= 2) {
                    twins.addAll(dated);
                }
            }
        }
        return twins;
    }

    /**
     * {@code e} and its siblings that hold a headline, those that hold a date too; none without twins.
     */
    private static List<Element> datedSiblings(Element e, Set<Element> headed) {
        var twins = new ArrayList<Element>();
        boolean belowAHeadline = false;
        for (Element sibling : e.parent().children()) {
            boolean holdsHeadline = headed.contains(sibling);
            if (holdsHeadline || belowAHeadline && sibling.normalName().equals("article")
                    && sibling.selectFirst("h2") != null) {
                twins.add(sibling);
            }
            belowAHeadline |= holdsHeadline;
        }
        if (twins.size() < 2) {
            return List.of();
        }
        twins.removeIf(twin -> !holdsADate(twin));
        return twins;
    }

    private static boolean holdsADate(Element e) {
        for (Element d : e.getAllElements()) {
            if (d.normalName().equals("time") || stamps(d.ownText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean stamps(String line) {
        return line.length() <= DateStamp.MAX_LENGTH && YEAR.matcher(line).find()
                && DateStamp.isDateStamp(line.strip());
    }
}
