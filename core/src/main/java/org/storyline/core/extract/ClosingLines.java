package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What ends the story after its last paragraph of prose. A reflection, a column or a poem-like piece may end on a line
 * too short to count as prose ("Tomorrow, notice two."), and a standings or results page on its table or on three or
 * more lines of results ("Marigold 1:02:14"), which are no prose either; the densest run stops before them. A short
 * sentence right after the run, or a table or results lines right after its last paragraph, sitting where the story's
 * paragraphs sit (same parent), is the story's, and so is a table under a heading of its own that the story ends on
 * ("Final table"); with more after it, such a table opens a section of something else (a schedule, a fixture list).
 */
final class ClosingLines {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Three results lines in a row make a list of results, not a stray line. */
    private static final int MIN_RESULTS = 3;
    /**
     * A sentence: a capital letter first, an end mark last (a closing quote may follow it). Chinese, Japanese and Korean
     * have no capitals: a sentence of theirs starts on a letter of its own, or on a number or an opening quote before one
     * ("30日も欠航が…。"), and may end on their own marks ("。", "！", "？").
     */
    private static final Pattern SENTENCE = Pattern.compile("(?:\\p{Lu}|[" + Words.EAST_ASIAN + "\\d「『“(（]"
            + "(?=.*[" + Words.EAST_ASIAN + "])).*[.!?…。！？][\"'”’)」』）]?");
    /** A letter's closing line: a few words ending on a comma ("Toasty regards,", "In solidarity,", "Yours, etc,"). */
    private static final Pattern VALEDICTION = Pattern.compile("\\p{Lu}[\\p{L}'’]*(?:[ ,]+[\\p{L}'’.]+){0,3},");
    /** The name signed under it: capitalised words, no end mark ("Umbra", "The Harbour Bargaining Committee"). */
    private static final Pattern SIGNATURE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.&-]+){0,6}");

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
        while (to + 1 < blocks.size()) {
            boolean afterParagraph = to == end && run.get(run.size() - 1).kind() == TextBlock.Kind.PARAGRAPH;
            Element table = afterParagraph ? table(blocks.get(to + 1), spine) : null;
            Element headedTable = afterParagraph && table == null
                    ? closingTableUnderHeading(blocks, to + 1, spine) : null;
            if (headedTable != null) {
                to++;
                table = headedTable;
            }
            int results = afterParagraph ? results(blocks, to + 1, spine) : 0;
            if (results >= MIN_RESULTS) {
                to += results;
            } else if (table != null) {
                while (to + 1 < blocks.size() && BodyAssembler.inside(blocks.get(to + 1).owner(), table)) {
                    to++;
                }
            } else if (closes(blocks.get(to + 1), spine)) {
                to++;
            } else if (signsOff(blocks, to + 1, spine)) {
                to += 2;
            } else {
                break;
            }
        }
        if (to == end) {
            return run;
        }
        var extended = new ArrayList<TextBlock>(run);
        extended.addAll(blocks.subList(end + 1, to + 1));
        return extended;
    }

    /**
     * The table {@code block} sits in when that table sits where the story's paragraphs sit, else {@code null}; wrappers
     * that hold nothing but the table (a theme's "table-wrapper" that scrolls it) stand between it and the spine.
     */
    private static Element table(TextBlock block, Element spine) {
        for (Element e = block.owner(); e != null && e != spine; e = e.parent()) {
            if (e.normalName().equals("table")) {
                Element wrapped = e;
                while (wrapped.parent() != null && wrapped.parent() != spine && onlyHolds(wrapped.parent(), wrapped)) {
                    wrapped = wrapped.parent();
                }
                return wrapped.parent() == spine ? e : null;
            }
        }
        return null;
    }

    /**
     * The table under block {@code i} when that block is a heading on the spine over a table the spine ends on ("Final
     * table" over the standings after the race report): the story's own table; else {@code null}. A table with more
     * after it under its own heading opens a section of something else.
     */
    private static Element closingTableUnderHeading(List<TextBlock> blocks, int i, Element spine) {
        if (i + 1 >= blocks.size() || blocks.get(i).kind() != TextBlock.Kind.HEADING || blocks.get(i).linkChars() > 0
                || blocks.get(i).owner().parent() != spine) {
            return null;
        }
        Element table = table(blocks.get(i + 1), spine);
        if (table == null) {
            return null;
        }
        Element top = table;
        while (top.parent() != spine) {
            top = top.parent();
        }
        return top.nextElementSibling() == null ? table : null;
    }

    /** Whether {@code wrapper} holds no text but {@code inner}'s and its own caption (a block editor's table figure). */
    private static boolean onlyHolds(Element wrapper, Element inner) {
        int captions = 0;
        for (Element child : wrapper.children()) {
            captions += child.normalName().equals("figcaption") ? child.text().length() + 1 : 0;
        }
        return wrapper.text().length() - captions <= inner.text().length();
    }

    /** How many lines from {@code from} on are results or standings lines on the spine: short, no links, a figure. */
    private static int results(List<TextBlock> blocks, int from, Element spine) {
        int n = 0;
        while (from + n < blocks.size()) {
            TextBlock b = blocks.get(from + n);
            if (b.kind() != TextBlock.Kind.PARAGRAPH && b.kind() != TextBlock.Kind.LIST_ITEM || b.linkChars() > 0
                    || ContentScorer.prose(b) > 0 || !DIGIT.matcher(b.text()).find() || !onSpine(b, spine)) {
                break;
            }
            n++;
        }
        return n;
    }

    private static boolean onSpine(TextBlock block, Element spine) {
        Element parent = block.owner().parent();
        return parent == spine || block.kind() == TextBlock.Kind.LIST_ITEM && parent != null && parent.parent() == spine;
    }

    private static boolean closes(TextBlock block, Element spine) {
        return block.kind() == TextBlock.Kind.PARAGRAPH && block.owner().parent() == spine && block.linkChars() == 0
                && ContentScorer.prose(block) == 0 && isSentence(block.text());
    }

    /**
     * Whether a letter's closing line and the name signed under it stand at {@code at}, where the story's paragraphs sit
     * ("Toasty regards," then "Umbra"; "In solidarity," then "The Harbour Bargaining Committee").
     */
    private static boolean signsOff(List<TextBlock> blocks, int at, Element spine) {
        if (at + 1 >= blocks.size()) {
            return false;
        }
        TextBlock closing = blocks.get(at);
        TextBlock name = blocks.get(at + 1);
        return plainLine(closing, spine) && plainLine(name, spine) && VALEDICTION.matcher(closing.text()).matches()
                && SIGNATURE.matcher(name.text()).matches();
    }

    private static boolean plainLine(TextBlock block, Element spine) {
        return block.kind() == TextBlock.Kind.PARAGRAPH && block.owner().parent() == spine && block.linkChars() == 0;
    }

    /**
     * Whether {@code text} reads as a sentence: a capital letter (or a letter of Chinese, Japanese or Korean) first, an end
     * mark last.
     */
    static boolean isSentence(String text) {
        return SENTENCE.matcher(text).matches();
    }
}
