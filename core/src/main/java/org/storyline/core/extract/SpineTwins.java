package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The other elements that carry a story's spine ({@link StorySpine}). A theme may print the story in several elements of
 * the spine's tag and class (its twins: the halves around a box, a list article's items, each in a wrapper with its
 * heading and picture); their story paragraphs are on the spine too, and what sits in their wrappers is taken with them.
 * A wrapper holding a headline or a linked heading is another story's or a teaser's, and no twin's.
 */
final class SpineTwins {

    private static final int MIN_TWIN_PARAGRAPH_CHARS = 60;

    private SpineTwins() {
    }

    /**
     * The spine, the elements continuing it ({@link ContinuedStory}) and its twins among the parents of {@code blocks}'
     * prose, each mapped to what is taken with it: the element itself, a twin's widest wrapper that holds no other part.
     */
    static Map<Element, Element> parts(List<TextBlock> blocks, Element spine, List<TextBlock> run) {
        Element model = twinModel(blocks, run, spine);
        Map<Element, Element> parts = new IdentityHashMap<>();
        parts.put(spine, spine);
        for (Element next : ContinuedStory.continuations(spine, e -> proseIn(blocks, e))) {
            parts.put(next, next);
        }
        if (model == null) {
            return parts;
        }
        var twins = new ArrayList<Element>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextBlock block : blocks) {
            Element parent = block.owner().parent();
            if (parent != null && parent != spine && ElementKind.same(parent, model) && !seen.contains(parent)
                    && twinParagraph(block) && !BodyAssembler.inside(parent, spine)
                    && !BodyAssembler.inside(spine, parent)) {
                twins.add(parent);
                seen.add(parent);
            }
        }
        for (Element twin : twins) {
            Element wrapper = twin;
            while (wrapper.parent() != null && holdsNoOther(wrapper.parent(), twin, spine, twins)) {
                wrapper = wrapper.parent();
            }
            if (!headsAnotherStory(wrapper)) {
                parts.put(twin, wrapper);
            }
        }
        return parts;
    }

    private static boolean holdsNoOther(Element wrapper, Element twin, Element spine, List<Element> twins) {
        if (BodyAssembler.inside(spine, wrapper)) {
            return false;
        }
        for (Element other : twins) {
            if (other != twin && BodyAssembler.inside(other, wrapper)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code wrapper} holds a headline or a heading that links away: another story's, or a teaser's. */
    private static boolean headsAnotherStory(Element wrapper) {
        for (Element e : wrapper.select("h1, h2 a[href], h3 a[href], h4 a[href]")) {
            if (e.normalName().equals("h1") || !e.attr("href").startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    private static double proseIn(List<TextBlock> blocks, Element e) {
        double prose = 0;
        for (TextBlock block : blocks) {
            if (BodyAssembler.inside(block.owner(), e)) {
                prose += ContentScorer.prose(block);
            }
        }
        return prose;
    }

    /**
     * An element of the tag and class of the story's twins: the spine, unless the spine holds one sentence of a short
     * paragraph's length at most (a list article's introduction) and parents of one tag and class, one of them reached by
     * the run, hold more together (the list's items, each holding one paragraph in a wrapper of its own, boxes of shop
     * links between them); {@code null} when the one chosen has no class. Teasers after a story of many paragraphs are no
     * twins of it.
     */
    private static Element twinModel(List<TextBlock> blocks, List<TextBlock> run, Element spine) {
        int onSpine = 0;
        for (TextBlock block : blocks) {
            onSpine += block.owner().parent() == spine && twinParagraph(block) ? 1 : 0;
        }
        Element best = spine.className().isBlank() ? null : spine;
        if (onSpine > 1) {
            return best;
        }
        var reached = new HashSet<String>();
        for (TextBlock block : run) {
            Element parent = block.owner().parent();
            String kind = parent == null ? null : kind(parent);
            if (kind != null && storyParagraph(block)) {
                reached.add(kind);
            }
        }
        Map<String, int[]> byKind = new LinkedHashMap<>();
        Map<String, Element> firstOfKind = new LinkedHashMap<>();
        for (TextBlock block : blocks) {
            Element parent = block.owner().parent();
            String kind = parent == null ? null : kind(parent);
            if (reached.contains(kind) && storyParagraph(block)) {
                byKind.computeIfAbsent(kind, k -> new int[1])[0]++;
                firstOfKind.putIfAbsent(kind, parent);
            }
        }
        int most = onSpine;
        for (var entry : byKind.entrySet()) {
            if (entry.getValue()[0] > most) {
                most = entry.getValue()[0];
                best = firstOfKind.get(entry.getKey());
            }
        }
        return best;
    }

    private static String kind(Element e) {
        return e.className().isBlank() ? null : ElementKind.key(e);
    }

    /** A sentence of a paragraph's length, not a heading: what tells where the story's paragraphs sit. */
    static boolean storyParagraph(TextBlock block) {
        return block.length() >= ProseRun.MIN_PARAGRAPH_CHARS && twinParagraph(block);
    }

    /**
     * A sentence, not a heading, of a short paragraph's length at least: what a twin must hold to carry the story once the
     * spine's own paragraphs have set its kind. A list article's items often hold one or two short sentences each.
     */
    static boolean twinParagraph(TextBlock block) {
        return block.kind() != TextBlock.Kind.HEADING && block.length() >= MIN_TWIN_PARAGRAPH_CHARS
                && ContentScorer.prose(block) > 0 && ClosingLines.isSentence(block.text());
    }
}
