package org.storyline.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.storyline.core.model.Mention;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;

/** One sentence seen the way claims are read: lower-cased words, tags, lemmas and its mentions. */
final class ClaimSentence {

    final String text;
    final Sentence sentence;
    final List<Token> tokens;
    final List<String> words;
    final List<String> tags;
    final List<Mention> mentions;

    ClaimSentence(String text, Sentence sentence, List<Mention> mentions) {
        this.text = text;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.mentions = mentions;
        List<String> w = new ArrayList<>(tokens.size());
        List<String> t = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            w.add(token.text().toLowerCase(Locale.ROOT));
            t.add(token.pos());
        }
        this.words = List.copyOf(w);
        this.tags = t;
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    String tag(int i) {
        String tag = i >= 0 && i < tags.size() ? tags.get(i) : null;
        return tag == null ? "" : tag;
    }

    /** The lemma, or the lower-cased word when the annotation has none. */
    String lemma(int i) {
        String lemma = i >= 0 && i < tokens.size() ? tokens.get(i).lemma() : null;
        return lemma == null ? word(i) : lemma.toLowerCase(Locale.ROOT);
    }

    boolean isNoun(int i) {
        return tag(i).startsWith("NN");
    }

    boolean isVerb(int i) {
        return tag(i).startsWith("VB");
    }

    /** The characters of tokens {@code [from, to)}. */
    Span span(int from, int to) {
        return new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
    }

    /** The text of tokens {@code [from, to)} as written. */
    String words(int from, int to) {
        return from >= to ? "" : span(from, to).of(text);
    }

    /** The token that covers the character at {@code offset}, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            Span s = tokens.get(i).span();
            if (s.begin() <= offset && offset < s.end()) {
                return i;
            }
        }
        return -1;
    }
}
