package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Pages that load the next stories below the one asked for (endless scroll) print each as its own
 * {@code <article>} with its own headline, and the element with the most prose holds them all. When the chosen
 * element holds two or more such stories, each several paragraphs long, the first is the story asked for. A site
 * without {@code <article>} markup prints each story in an element beside the others, each with its own headline and
 * date ({@link DatedTwins}): those are stories too.
 */
final class FollowingStories {

    /** How many paragraphs of prose an article needs to count as a whole story rather than a teaser or a post. */
    private static final int MIN_STORY_PARAGRAPHS = 3;

    private FollowingStories() {
    }

    /**
     * The elements of the page that hold a headline ({@code <h1>}), read before the cleaner takes the headers that
     * often hold it.
     */
    static Set<Element> headed(PageElements page) {
        Set<Element> headed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element h1 : page.byTag("h1")) {
            for (Element up = h1.parent(); up != null && headed.add(up); up = up.parent()) {
                // every element above the headline
            }
        }
        return headed;
    }

    /**
     * The first of the whole stories inside {@code chosen} when it holds several, else the entry that held the headline
     * among others in its markup ({@link HeadedEntries}), else {@code chosen}; {@code headed} are the elements that held
     * a headline before the page was cleaned, {@code datedTwins} the stories printed without {@code <article>} markup
     * ({@link DatedTwins}).
     */
    static Element first(Element chosen, Map<Element, double[]> tally, Set<Element> headed, Set<Element> datedTwins) {
        List<Element> stories = stories(chosen, tally, headed, datedTwins);
        return stories.size() >= 2 ? stories.get(0) : HeadedEntries.entry(chosen, tally, headed);
    }

    /**
     * The articles below {@code chosen} that are whole stories, in reading order; one that holds several such
     * articles (a page-wide {@code <article>} around the stories) gives them instead of itself. Walks no deeper
     * than the selector does, so deeply nested markup never costs the stack.
     */
    private static List<Element> stories(Element chosen, Map<Element, double[]> tally, Set<Element> headed,
            Set<Element> datedTwins) {
        var candidates = new ArrayList<Element>();
        Elements marked = datedTwins.isEmpty() ? chosen.getElementsByTag("article") : chosen.getAllElements();
        for (Element article : marked) {
            if (article == chosen || !article.normalName().equals("article") && !datedTwins.contains(article)) {
                continue;
            }
            double[] t = tally.get(article);
            if (t != null && t[0] > 0 && t[2] >= MIN_STORY_PARAGRAPHS
                    && (isStory(article, headed) || datedTwins.contains(article))) {
                candidates.add(article);
            }
        }
        var wrappers = Collections.newSetFromMap(new IdentityHashMap<Element, Boolean>());
        var inside = new IdentityHashMap<Element, Integer>();
        for (Element article : candidates) {
            for (Element up = article.parent(); up != null && up != chosen; up = up.parent()) {
                inside.merge(up, 1, Integer::sum);
            }
        }
        for (Element article : candidates) {
            if (inside.getOrDefault(article, 0) >= 2) {
                wrappers.add(article);
            }
        }
        var known = Collections.newSetFromMap(new IdentityHashMap<Element, Boolean>());
        known.addAll(candidates);
        var stories = new ArrayList<Element>();
        for (Element article : candidates) {
            if (!wrappers.contains(article) && !belowStory(article, chosen, known, wrappers)) {
                stories.add(article);
            }
        }
        return stories;
    }

    /** Whether a story that is no wrapper holds {@code article}. */
    private static boolean belowStory(Element article, Element chosen, Set<Element> candidates, Set<Element> wrappers) {
        for (Element up = article.parent(); up != null && up != chosen; up = up.parent()) {
            if (candidates.contains(up) && !wrappers.contains(up)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an article is a story of its own: it has a headline ({@code <h1>}) or declares itself a
     * schema.org article. The items of a list article ("The 20 best albums") are articles too, under smaller
     * headings, and stay together.
     */
    private static boolean isStory(Element article, Set<Element> headed) {
        return headed.contains(article) || article.selectFirst("h1") != null || article.attr("itemtype").endsWith("Article")
                || article.attr("itemtype").endsWith("BlogPosting");
    }
}
