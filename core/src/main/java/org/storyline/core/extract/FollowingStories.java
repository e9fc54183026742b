package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Pages that load the next stories below the one asked for (endless scroll) print each as its own
 * {@code <article>} with its own headline, and the element with the most prose holds them all. When the chosen
 * element holds two or more such stories, each several paragraphs long, the first is the story asked for.
 */
final class FollowingStories {

    /** How many paragraphs of prose an article needs to count as a whole story rather than a teaser or a post. */
    private static final int MIN_STORY_PARAGRAPHS = 3;

    private FollowingStories() {
    }

    /** The first of the whole stories inside {@code chosen} when it holds several, else {@code chosen}. */
    static Element first(Element chosen, Map<Element, double[]> tally) {
        var stories = new ArrayList<Element>();
        collect(chosen, tally, stories);
        return stories.size() >= 2 ? stories.get(0) : chosen;
    }

    /**
     * Whether an article is a story of its own: it has a headline ({@code <h1>}) or declares itself a
     * schema.org article. The items of a list article ("The 20 best albums") are articles too, under smaller
     * headings, and stay together.
     */
    private static boolean isStory(Element article) {
        return article.selectFirst("h1") != null || article.attr("itemtype").endsWith("Article")
                || article.attr("itemtype").endsWith("BlogPosting");
    }

    /**
     * The articles below {@code e} with enough prose, in reading order; one that holds several such articles
     * (a page-wide {@code <article>} around the stories) gives them instead of itself.
     */
    private static void collect(Element e, Map<Element, double[]> tally, List<Element> into) {
        for (Element child : e.children()) {
            double[] t = tally.get(child);
            if (t == null || t[0] <= 0) {
                continue;
            }
            if (child.normalName().equals("article") && t[2] >= MIN_STORY_PARAGRAPHS && isStory(child)) {
                var inner = new ArrayList<Element>();
                collect(child, tally, inner);
                into.addAll(inner.size() >= 2 ? inner : List.of(child));
            } else {
                collect(child, tally, into);
            }
        }
    }
}
