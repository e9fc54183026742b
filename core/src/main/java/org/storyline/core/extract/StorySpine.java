package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Carries the story past what interrupts it. The densest run stops at an embedded video, a box of related
 * links or a list of product links in the middle of a story, and the story's second half is lost. The story's
 * paragraphs share one parent element (its spine); the run is widened to the first and last prose block of
 * the container on that spine, taking in between only what sits inside the spine element; what interrupted the
 * story there is still weighed block by block when the body is kept. A theme may print the story in several elements
 * of the spine's tag and class (its twins: the halves around a box, a list article's items, each in a wrapper with its
 * heading and picture); their prose is on the spine too, and what sits in their wrappers is taken with them. A wrapper
 * holding a headline or a linked heading is another story's or a teaser's, and no twin's.
 */
final class StorySpine {

    private StorySpine() {
    }

    /** {@code run}, a sub-list of {@code blocks}, widened to the prose blocks on the same spine. */
    static List<TextBlock> extend(List<TextBlock> blocks, List<TextBlock> run) {
        Element spine = spine(run);
        if (spine == null || run.isEmpty()) {
            return run;
        }
        int from = indexOf(blocks, run.get(0));
        int to = indexOf(blocks, run.get(run.size() - 1));
        if (from < 0 || to < 0) {
            return run;
        }
        Map<Element, Element> parts = parts(blocks, spine, twinModel(blocks, run, spine));
        for (int i = 0; i < from; i++) {
            if (onSpine(blocks.get(i), spine, parts)) {
                from = i;
                break;
            }
        }
        for (int i = blocks.size() - 1; i > to; i--) {
            if (onSpine(blocks.get(i), spine, parts)) {
                to = i;
                break;
            }
        }
        var extended = new ArrayList<TextBlock>(to - from + 1);
        int runFrom = indexOf(blocks, run.get(0));
        int runTo = runFrom + run.size() - 1;
        for (int i = from; i <= to; i++) {
            TextBlock block = blocks.get(i);
            if (i >= runFrom && i <= runTo || insideAPart(block.owner(), parts)) {
                extended.add(block);
            }
        }
        return extended;
    }

    /**
     * The spine and its twins among the parents of {@code blocks}' prose, each mapped to what is taken with it: the spine
     * itself, a twin's widest wrapper that holds no other part.
     */
    private static Map<Element, Element> parts(List<TextBlock> blocks, Element spine, Element model) {
        Map<Element, Element> parts = new IdentityHashMap<>();
        parts.put(spine, spine);
        for (Element next : ContinuedStory.continuations(spine, e -> proseIn(blocks, e))) {
            parts.put(next, next);
        }
        if (model == null) {
            return parts;
        }
        var twins = new ArrayList<Element>();
        for (TextBlock block : blocks) {
            Element parent = block.owner().parent();
            if (parent != null && parent != spine && sameKind(parent, model) && !twins.contains(parent)
                    && storyParagraph(block) && !BodyAssembler.inside(parent, spine)
                    && !BodyAssembler.inside(spine, parent)) {
                twins.add(parent);
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

    private static boolean insideAPart(Element e, Map<Element, Element> parts) {
        for (Element x = e; x != null; x = x.parent()) {
            if (parts.containsValue(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parent holding most of the run's prose paragraphs (then most of its prose), or {@code null} when the run
     * has none. Paragraphs, not characters: an author bio or a disclaimer can be one block longer than the story's
     * short paragraphs together, but the story is where most of its paragraphs sit.
     */
    static Element spine(List<TextBlock> run) {
        Map<Element, double[]> byParent = new IdentityHashMap<>();
        for (TextBlock block : run) {
            double prose = ContentScorer.prose(block);
            if (prose > 0 && block.owner().parent() != null) {
                double[] tally = byParent.computeIfAbsent(block.owner().parent(), k -> new double[2]);
                tally[0]++;
                tally[1] += prose;
            }
        }
        Element spine = null;
        double[] most = {0, 0};
        for (var entry : byParent.entrySet()) {
            double[] tally = entry.getValue();
            if (tally[0] > most[0] || tally[0] == most[0] && tally[1] > most[1]) {
                spine = entry.getKey();
                most = tally;
            }
        }
        return spine;
    }

    /**
     * An element of the tag and class of the story's twins: the spine, unless the spine holds one story paragraph (a list
     * article's introduction) and parents of one tag and class, one of them reached by the run, hold more together (the
     * list's items, each holding one paragraph in a wrapper of its own, boxes of shop links between them); {@code null}
     * when the one chosen has no class. Teasers after a story of many paragraphs are no twins of it.
     */
    private static Element twinModel(List<TextBlock> blocks, List<TextBlock> run, Element spine) {
        int onSpine = 0;
        for (TextBlock block : blocks) {
            onSpine += block.owner().parent() == spine && storyParagraph(block) ? 1 : 0;
        }
        Element best = spine.className().isBlank() ? null : spine;
        if (onSpine > 1) {
            return best;
        }
        var reached = new java.util.HashSet<String>();
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
        return e.className().isBlank() ? null : e.normalName() + "." + e.className();
    }

    private static boolean sameKind(Element e, Element model) {
        return e.normalName().equals(model.normalName()) && e.className().equals(model.className());
    }

    /**
     * Whether {@code block} is on the spine: any prose on the spine itself, a paragraph of the story's own kind on a twin
     * (a theme's last text element may hold short lines of credits after the story's last paragraph).
     */
    private static boolean onSpine(TextBlock block, Element spine, Map<Element, Element> parts) {
        Element parent = block.owner().parent();
        return parent == spine ? ContentScorer.prose(block) > 0 : parts.containsKey(parent) && storyParagraph(block);
    }

    /** A sentence of a paragraph's length, not a heading: what a twin must hold to carry the story. */
    private static boolean storyParagraph(TextBlock block) {
        return block.kind() != TextBlock.Kind.HEADING && block.length() >= ProseRun.MIN_PARAGRAPH_CHARS
                && ContentScorer.prose(block) > 0 && ClosingLines.isSentence(block.text());
    }

    private static int indexOf(List<TextBlock> blocks, TextBlock block) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) == block) {
                return i;
            }
        }
        return -1;
    }
}
