package org.storyline.core.quotes;

import org.storyline.core.nlp.Quotation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Some archives type a double quotation mark as two apostrophes ({@code ''We will,'' she said}). In such an
 * article a single-marked stretch is a quote inside a quote ({@code ''He said, 'No daylight.' ''}) or a
 * subhead set off in single marks, never someone's words of its own: attributing it would hand the nested
 * speaker's words to the outer one.
 */
final class DoubledApostrophes {

    /** Two apostrophes opening a quotation: at a paragraph's or word's start, before a letter or digit. */
    private static final Pattern OPENING = Pattern.compile("(?:^|\\s)''[\\p{L}\\p{N}]", Pattern.MULTILINE);

    private DoubledApostrophes() {
    }

    /** The quotations without single-marked ones when the text writes its double marks as two apostrophes. */
    static List<Quotation> filter(String text, List<Quotation> quotations) {
        if (!OPENING.matcher(text).find()) {
            return quotations;
        }
        return quotations.stream().filter(q -> !q.single()).toList();
    }
}
