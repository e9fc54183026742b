package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A gallery list article ("Five things to do in the harbour this winter") tells its items in its pictures' captions: a
 * line of introduction, then picture after picture, each captioned with the item's name and a paragraph about it. A
 * caption is no part of the story elsewhere, but when three or more captions of a paragraph's length together hold more
 * than twice the prose of everything else, they are the story, and are read as its paragraphs.
 */
final class CaptionedItems {

    private static final int MIN_ITEMS = 3;
    private static final double CAPTIONS_OVER_PROSE = 2;

    private CaptionedItems() {
    }

    /** {@code blocks}, with the captions that tell a gallery's items read as paragraphs when they do. */
    static List<TextBlock> read(List<TextBlock> blocks) {
        int items = 0;
        double told = 0;
        double prose = 0;
        for (TextBlock block : blocks) {
            if (isItem(block)) {
                items++;
                told += block.length();
            } else {
                prose += ContentScorer.prose(block);
            }
        }
        if (items < MIN_ITEMS || told <= CAPTIONS_OVER_PROSE * prose) {
            return blocks;
        }
        var read = new ArrayList<TextBlock>(blocks.size());
        for (TextBlock block : blocks) {
            read.add(isItem(block) ? new TextBlock(block.owner(), block.text(), block.linkChars(), TextBlock.Kind.PARAGRAPH)
                    : block);
        }
        return read;
    }

    private static boolean isItem(TextBlock block) {
        return block.kind() == TextBlock.Kind.CAPTION && block.length() >= ProseRun.MIN_PARAGRAPH_CHARS
                && block.linkDensity() <= 0.4 && ClosingLines.isSentence(block.text().replaceFirst("^[\\W\\d]+", ""));
    }
}
