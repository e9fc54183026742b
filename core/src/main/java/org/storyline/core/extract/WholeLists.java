package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Keeps a list whole when the story's run begins or ends inside it. Items are often short lines with no
 * prose ("Small groups (30 mins)"), so the densest run starts at the first long item and stops at the last one,
 * and the agenda, the steps or the ranking loses its short entries; a list the story reaches into is the story's.
 */
final class WholeLists {

    private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "li");

    private WholeLists() {
    }

    /** {@code run}, a sub-list of {@code blocks}, widened to every item of a list its first or last block sits in. */
    static List<TextBlock> extend(List<TextBlock> blocks, List<TextBlock> run) {
        if (run.isEmpty()) {
            return run;
        }
        int from = blocks.indexOf(run.get(0));
        int to = blocks.indexOf(run.get(run.size() - 1));
        if (from < 0 || to < 0) {
            return run;
        }
        Element first = list(run.get(0));
        int start = from;
        while (first != null && start > 0 && BodyAssembler.inside(blocks.get(start - 1).owner(), first)) {
            start--;
        }
        Element last = list(run.get(run.size() - 1));
        int end = to;
        while (last != null && end + 1 < blocks.size() && BodyAssembler.inside(blocks.get(end + 1).owner(), last)) {
            end++;
        }
        if (start == from && end == to) {
            return run;
        }
        var extended = new ArrayList<TextBlock>(run.size() + from - start + end - to);
        extended.addAll(blocks.subList(start, from));
        extended.addAll(run);
        extended.addAll(blocks.subList(to + 1, end + 1));
        return extended;
    }

    /** The outermost {@code <ul>} or {@code <ol>} of the nested lists a list item's block sits in, or {@code null}. */
    private static Element list(TextBlock block) {
        if (block.kind() != TextBlock.Kind.LIST_ITEM) {
            return null;
        }
        Element list = null;
        for (Element e = block.owner(); e != null && LIST_TAGS.contains(e.normalName()); e = e.parent()) {
            if (!e.normalName().equals("li")) {
                list = e;
            }
        }
        return list;
    }
}
