package org.storyline.core.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads a page again when its furniture rules emptied it. Themes wrap a whole story in an element whose class names
 * furniture ("elementor-widget-wrap", Drupal's "field--label-hidden", Blogger's "widget Blog", a section styled
 * "--Ads"), put it in an {@code <aside>}, or print it in {@code <noscript>} for readers without scripts; the cleaner
 * then takes every paragraph. Read with only what holds no text taken out ({@link PageCleaner#strip}), the page shows
 * where its story is: the spine of the densest run in the element the scorer chooses ({@link StorySpine}). The
 * cleaner then runs as ever but never takes the spine or an element holding it, so the furniture around the story
 * (an author's box, a sidebar) still goes.
 */
final class SecondReading {

    private SecondReading() {
    }

    /** Strips {@code body} in place and returns the elements that hold its story, up to {@code body}. */
    static Set<Element> aroundStory(Element body, ContentScorer scorer) {
        PageCleaner.strip(body);
        List<TextBlock> blocks = BlockReader.read(body);
        Element container = scorer.choose(body, blocks);
        List<TextBlock> inside = blocks.stream().filter(b -> BodyAssembler.inside(b.owner(), container)).toList();
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        Element spine = StorySpine.spine(BodyAssembler.densestRun(inside));
        for (Element e = spine; e != null && e != body; e = e.parent()) {
            around.add(e);
        }
        return around;
    }
}
