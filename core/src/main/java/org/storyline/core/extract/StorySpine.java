package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Carries the story past what interrupts it. The densest run stops at an embedded video, a box of related
 * links or a list of product links in the middle of a story, and the story's second half is lost. The story's
 * paragraphs share one parent element (its spine); the run is widened to the first and last prose block of
 * the container on that spine, taking in between only what sits inside the spine element; what interrupted the
 * story there is still weighed block by block when the body is kept. The spine's twins and the elements continuing it
 * ({@link SpineTwins}) carry the story too.
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
        Map<Element, Element> parts = SpineTwins.parts(blocks, spine, run);
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        taken.addAll(parts.values());
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
        Set<Element> holders = holdersOfParts(taken);
        for (int i = from; i <= to; i++) {
            TextBlock block = blocks.get(i);
            if (i >= runFrom && i <= runTo || insideAPart(block.owner(), taken) || setBesideTheParts(block, holders)) {
                extended.add(block);
            }
        }
        return extended;
    }

    /** The elements that hold two or more of the story's parts side by side: a story set one block to a wrapper. */
    private static Set<Element> holdersOfParts(Set<Element> taken) {
        Map<Element, Integer> count = new IdentityHashMap<>();
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element part : taken) {
            if (part.parent() != null && count.merge(part.parent(), 1, Integer::sum) == 2) {
                holders.add(part.parent());
            }
        }
        return holders;
    }

    /**
     * Whether {@code block} is a list's item, a table's row or a heading that the page set in a wrapper of its own beside
     * the story's parts, between two of them: a site that sets its story one block to a wrapper (a text block, a
     * subheading block, a list block, a table block) sets the results it lists and the table it prints so. A box of links
     * set so is weighed line by line when the body is kept.
     */
    private static boolean setBesideTheParts(TextBlock block, Set<Element> holders) {
        if (holders.isEmpty() || block.kind() != TextBlock.Kind.LIST_ITEM && block.kind() != TextBlock.Kind.HEADING
                && !DataRows.isTableLine(block.owner())) {
            return false;
        }
        for (Element e = block.owner(); e.parent() != null; e = e.parent()) {
            if (holders.contains(e.parent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAPart(Element e, Set<Element> taken) {
        for (Element x = e; x != null; x = x.parent()) {
            if (taken.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parent holding most of the run's prose paragraphs (then most of its prose), or {@code null} when the run
     * has none. Paragraphs, not characters: an author bio or a disclaimer can be one block longer than the story's
     * short paragraphs together, but the story is where most of its paragraphs sit. A theme that wraps each paragraph in
     * an element of its own prints them in elements alike under one parent; those count together, so that two lines of
     * dates in the byline's element do not outweigh a story told one paragraph to an element. Elements with no class
     * count alone: bare {@code <div>}s alike say nothing.
     */
    static Element spine(List<TextBlock> run) {
        Map<Element, double[]> byParent = new IdentityHashMap<>();
        for (TextBlock block : run) {
            double prose = ContentScorer.prose(block);
            Element holder = holder(block);
            if (prose > 0 && holder != null) {
                double[] tally = byParent.computeIfAbsent(holder, k -> new double[2]);
                tally[0]++;
                tally[1] += prose;
            }
        }
        Map<Element, Map<String, Double>> kinds = new IdentityHashMap<>();
        for (var entry : byParent.entrySet()) {
            kinds.computeIfAbsent(entry.getKey().parent(), k -> new HashMap<>())
                    .merge(ElementKind.key(entry.getKey()), entry.getValue()[0], Double::sum);
        }
        Element spine = null;
        double[] most = {0, 0, 0};
        for (var entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            double[] tally = entry.getValue();
            double kin = parent.className().isEmpty() ? tally[0] : kinds.get(parent.parent()).get(ElementKind.key(parent));
            if (kin > most[2] || kin == most[2] && (tally[0] > most[0] || tally[0] == most[0] && tally[1] > most[1])) {
                spine = parent;
                most = new double[] {tally[0], tally[1], kin};
            }
        }
        return spine;
    }

    /**
     * Whether {@code block} is on the spine: any prose on the spine itself, a paragraph of the story's own kind on a twin
     * (a theme's last text element may hold short lines of credits after the story's last paragraph).
     */
    private static boolean onSpine(TextBlock block, Element spine, Map<Element, Element> parts) {
        Element parent = block.owner().parent();
        return holder(block) == spine ? ContentScorer.prose(block) > 0
                : parts.containsKey(parent) && SpineTwins.twinParagraph(block);
    }

    /**
     * The element a block of the story sits in: its parent, or for a list's item the element the list sits in. A story
     * told in several short lists under subheadings ("Work", "Home", "Reading") holds its items in lists of a few each,
     * and the story's spine is where the lists sit, not the longest of them.
     */
    static Element holder(TextBlock block) {
        Element parent = block.owner().parent();
        if (block.kind() != TextBlock.Kind.LIST_ITEM) {
            return parent;
        }
        while (parent != null && (parent.normalName().equals("ul") || parent.normalName().equals("ol"))) {
            parent = parent.parent();
        }
        return parent;
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
