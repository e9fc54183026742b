package org.storyline.core.nlp;

import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;

import java.util.ArrayList;
import java.util.List;

/** The article's tokens in one list, with their sentence, found by character offset. */
public final class TokenIndex {

    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> sentenceOf = new ArrayList<>();
    private final List<Sentence> sentences;

    public TokenIndex(AnnotatedArticle annotated) {
        sentences = annotated.sentences();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                tokens.add(t);
                sentenceOf.add(s.index());
            }
        }
    }

    /** Index of the first token that ends after {@code offset}, or {@code size()} when none. */
    public int at(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Token indexes {@code [first, last]} inside {@code span}; first &gt; last when none. */
    public int[] within(Span span) {
        int first = at(span.begin());
        int last = first - 1;
        while (last + 1 < tokens.size() && tokens.get(last + 1).span().begin() < span.end()) {
            last++;
        }
        return new int[] {first, last};
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    public int sentence(int i) {
        return sentenceOf.get(i);
    }

    public Sentence sentenceAt(int i) {
        return sentences.get(sentenceOf.get(i));
    }
}
