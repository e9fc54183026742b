package org.storyline.core.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads a page again when its furniture rules emptied it. Themes wrap a whole story in elements whose class names
 * furniture ("elementor-widget-wrap", Drupal's "field--label-hidden", Blogger's "widget Blog", a section styled
 * "--Ads"), put it in an {@code <aside>}, or print it in {@code <noscript>} for readers without scripts; the cleaner
 * then takes every paragraph. Read with only what holds no text taken out ({@link PageCleaner#strip}), the page shows
 * where its story is: its densest run of prose. The cleaner then runs as ever but never takes an element holding one of
 * that run's paragraphs written as the story's are (the tag and class of most of its prose paragraphs, and the prose
 * paragraph just before the first, which sites class apart), nor a list item between them, nor a heading between them
 * over the story's text (a box's title heads the box's own line), so the story's parts in wrappers of their own stay (a
 * page builder gives each subheading and list a widget) and the furniture around them (an author's box, a sidebar) still
 * goes. Counted over the run, not its spine: a list of five items in one widget outnumbers the paragraphs that each
 * sit alone in theirs.
 */
final class SecondReading {

    private SecondReading() {
    }

    /** Strips {@code body} in place and returns the elements that hold its story, up to {@code body}. */
    static Set<Element> aroundStory(Element body) {
        PageCleaner.strip(body);
        List<TextBlock> run = BodyAssembler.densestRun(BlockReader.read(body));
        String written = storyParagraphs(run);
        int first = -1;
        int last = -1;
        for (int i = 0; i < run.size(); i++) {
            if (storyParagraph(run.get(i), written)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first > 0 && ContentScorer.prose(run.get(first - 1)) > 0
                && run.get(first - 1).owner().normalName().equals(run.get(first).owner().normalName())) {
            first--; // the story's opening paragraph, classed apart ("has-drop-cap", "lead")
        }
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = Math.max(first, 0); i <= last; i++) {
            TextBlock block = run.get(i);
            if (i == first || storyParagraph(block, written) || block.kind() == TextBlock.Kind.LIST_ITEM
                    || block.kind() == TextBlock.Kind.HEADING && headsStory(run, i, written)) {
                for (Element e = block.owner().parent(); e != null && e != body && around.add(e); e = e.parent()) {
                    // every element above the paragraph up to the body
                }
            }
        }
        return around;
    }

    /** Whether the heading at {@code i} heads the story's text: a story paragraph or a list comes next, not a box's line. */
    private static boolean headsStory(List<TextBlock> run, int i, String written) {
        if (i + 1 >= run.size()) {
            return false;
        }
        TextBlock next = run.get(i + 1);
        return storyParagraph(next, written) || next.kind() == TextBlock.Kind.LIST_ITEM
                || next.kind() == TextBlock.Kind.HEADING;
    }

    private static boolean storyParagraph(TextBlock block, String written) {
        return ContentScorer.prose(block) > 0 && written(block.owner()).equals(written);
    }

    /** How most of the run's prose paragraphs are written, or "" when the run has no prose. */
    private static String storyParagraphs(List<TextBlock> run) {
        Map<String, Integer> counts = new HashMap<>();
        for (TextBlock block : run) {
            if (ContentScorer.prose(block) > 0) {
                counts.merge(written(block.owner()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private static String written(Element e) {
        return ElementKind.key(e);
    }
}
