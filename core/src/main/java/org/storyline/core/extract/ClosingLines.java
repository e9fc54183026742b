package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The story's last short sentences. A reflection, a column or a poem-like piece may end on a line too short to count as
 * prose ("Tomorrow, notice two."), and the densest run stops before it. A short line right after the run, a sentence
 * that sits where the story's paragraphs sit (same parent), is the story's.
 */
final class ClosingLines {

    /** A sentence: a capital letter first, an end mark last (a closing quote may follow it). */
    private static final Pattern SENTENCE = Pattern.compile("\\p{Lu}.*[.!?…][\"'”’)]?");

    private ClosingLines() {
    }

    /** {@code run}, a sub-list of {@code blocks}, with the short sentences on its spine that follow it. */
    static List<TextBlock> extend(List<TextBlock> blocks, List<TextBlock> run) {
        Element spine = StorySpine.spine(run);
        if (spine == null || run.isEmpty()) {
            return run;
        }
        int end = blocks.indexOf(run.get(run.size() - 1));
        if (end < 0) {
            return run;
        }
        int to = end;
        while (to + 1 < blocks.size() && closes(blocks.get(to + 1), spine)) {
            to++;
        }
        if (to == end) {
            return run;
        }
        var extended = new ArrayList<TextBlock>(run);
        extended.addAll(blocks.subList(end + 1, to + 1));
        return extended;
    }

    private static boolean closes(TextBlock block, Element spine) {
        return block.kind() == TextBlock.Kind.PARAGRAPH && block.owner().parent() == spine && block.linkChars() == 0
                && ContentScorer.prose(block) == 0 && SENTENCE.matcher(block.text()).matches();
    }
}
