package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the list a story ends with when its last paragraph announces it ("The full list of winners is
 * below:"). The items are short lines with no prose, so the densest run stops before them; a closing colon
 * says they belong to the story.
 */
final class AnnouncedList {

    private static final double MAX_LINK_DENSITY = 0.5;

    private AnnouncedList() {
    }

    /** {@code run}, a sub-list of {@code blocks}, with the list items that follow it when its last block ends with a colon. */
    static List<TextBlock> extend(List<TextBlock> blocks, List<TextBlock> run) {
        if (run.isEmpty() || !run.get(run.size() - 1).text().strip().endsWith(":")) {
            return run;
        }
        int last = blocks.indexOf(run.get(run.size() - 1));
        var extended = new ArrayList<>(run);
        for (int i = last + 1; last >= 0 && i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (block.kind() != TextBlock.Kind.LIST_ITEM || block.linkDensity() > MAX_LINK_DENSITY) {
                break;
            }
            extended.add(block);
        }
        return extended;
    }
}
