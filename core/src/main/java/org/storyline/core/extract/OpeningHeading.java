package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Keeps the heading a story opens on when it is one of the story's own subheadings. A list article with no
 * introduction starts on its first item's heading; the densest run starts at the first paragraph of prose and would
 * leave that heading out, though the run keeps every later item's heading. A heading just before the run that has
 * the tag and class of a heading inside it is the first of them; a label over the story (a section name, a kicker) is
 * set in other markup and stays out, and so does a linked heading, a teaser's.
 */
final class OpeningHeading {

    /** A linked heading opens a teaser of another story, not the story. */
    private static final double MAX_LINK_DENSITY = 0.5;

    private OpeningHeading() {
    }

    /** {@code run}, a sub-list of {@code blocks}, with the heading just before it when a heading inside it matches. */
    static List<TextBlock> extend(List<TextBlock> blocks, List<TextBlock> run) {
        if (run.isEmpty()) {
            return run;
        }
        int first = blocks.indexOf(run.get(0));
        if (first <= 0) {
            return run;
        }
        TextBlock before = blocks.get(first - 1);
        if (before.kind() != TextBlock.Kind.HEADING || before.linkDensity() > MAX_LINK_DENSITY || !hasTwin(run, before.owner())) {
            return run;
        }
        var extended = new ArrayList<TextBlock>(run.size() + 1);
        extended.add(before);
        extended.addAll(run);
        return extended;
    }

    private static boolean hasTwin(List<TextBlock> run, Element heading) {
        for (TextBlock block : run) {
            Element e = block.owner();
            if (block.kind() == TextBlock.Kind.HEADING && e != heading && ElementKind.same(e, heading)) {
                return true;
            }
        }
        return false;
    }
}
