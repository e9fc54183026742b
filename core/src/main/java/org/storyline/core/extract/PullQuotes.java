package org.storyline.core.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A pull quote: a sentence of the story set again in large type between its paragraphs, in a {@code <blockquote>}, an
 * {@code <aside>} or a {@code <figure>}, often with the speaker's name under it ("— Ann Lee, resident"). Its words are the
 * story's once already (each of its sentences in one paragraph of the story), whatever the theme names the box; the
 * quotation a story sets apart once (a letter, a logbook entry) is not repeated and stays.
 */
final class PullQuotes {

    private static final Set<String> BOXES = Set.of("blockquote", "aside", "figure");
    /** How far above a line its box may be: a quote sits in a wrapper or two inside the box. */
    private static final int REACH = 3;
    /** A pull quote is a sentence: a shorter repeat ("Read more", a name) is no quotation. */
    private static final int MIN_WORDS = 6;
    /** What the box may hold beside the quote: the speaker's name and role. */
    private static final int MAX_ATTRIBUTION_CHARS = 100;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private PullQuotes() {
    }

    /** The lines of {@code kept} that are pull quotes and the lines of their boxes, the speaker's name among them. */
    static Set<TextBlock> of(List<TextBlock> kept) {
        Set<TextBlock> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> unboxed = null;
        for (TextBlock quote : kept) {
            Element box = box(quote);
            if (box == null || quote.kind() == TextBlock.Kind.HEADING || Words.count(quote.text()) < MIN_WORDS) {
                continue;
            }
            if (unboxed == null) {
                unboxed = kept.stream().filter(line -> box(line) == null).map(line -> BodyAssembler.fold(line.text()))
                        .toList();
            }
            List<String> sentences = sentences(quote.text());
            if (unboxed.stream().noneMatch(line -> sentences.stream().allMatch(line::contains))) {
                continue;
            }
            if (box.text().length() > quote.length() + MAX_ATTRIBUTION_CHARS) {
                out.add(quote);
                continue;
            }
            Element whole = widened(box, quote.length());
            for (TextBlock line : kept) {
                if (BodyAssembler.inside(line.owner(), whole)) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    /**
     * The sentences of a quote, folded: a story may break the quotation its box sets whole with the speaker's name
     * ("“We expected bees to struggle,” said Ann Lee. “Instead ...”").
     */
    private static List<String> sentences(String quote) {
        return SENTENCE_END.splitAsStream(quote).map(BodyAssembler::fold).filter(s -> !s.isEmpty()).toList();
    }

    /** The box {@code line} sits in, a few levels up at most, else {@code null}. */
    private static Element box(TextBlock line) {
        Element e = line.owner();
        for (int level = 0; level <= REACH && e != null; level++, e = e.parent()) {
            if (BOXES.contains(e.normalName())) {
                return e;
            }
        }
        return null;
    }

    /** {@code box} and the wrappers above it that hold no more than the quote and its speaker's name. */
    private static Element widened(Element box, int quoteChars) {
        Element whole = box;
        for (int level = 0; level < REACH && whole.parent() != null; level++) {
            Element up = whole.parent();
            if (up.text().length() > quoteChars + MAX_ATTRIBUTION_CHARS) {
                break;
            }
            whole = up;
        }
        return whole;
    }
}
