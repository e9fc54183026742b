package org.storyline.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;

/**
 * Builds an annotated article by hand, so claims can be tested without the tagger: each sentence is
 * written as {@code word/TAG} or {@code word/TAG/NER} tokens ({@code Monday/NNP/DATE=2023-11-27} gives a
 * normalized value); consecutive tokens with the same NER make one mention.
 */
final class Tagged {

    private static final Set<String> GLUED_LEFT = Set.of(",", ".", "%", "'s", ")", ":", ";");
    private static final Set<String> GLUED_RIGHT = Set.of("$", "(", "€", "£");

    private Tagged() {
    }

    static AnnotatedArticle article(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> built = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (String written : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            List<Token> tokens = new ArrayList<>();
            String previous = null;
            String openNer = null;
            int mentionBegin = -1;
            for (String item : written.trim().split(" +")) {
                String[] parts = item.split("/", -1);
                String word = parts[0];
                String pos = parts.length > 1 ? parts[1] : "NN";
                String ner = parts.length > 2 ? parts[2] : "O";
                if (previous != null && !GLUED_LEFT.contains(word) && !GLUED_RIGHT.contains(previous)) {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(word);
                Span span = new Span(begin, text.length());
                if (!ner.equals(openNer)) {
                    closeMention(text, mentions, openNer, mentionBegin, tokens);
                    openNer = ner;
                    mentionBegin = begin;
                }
                tokens.add(new Token(word, span, pos, word.toLowerCase(Locale.ROOT), ner.split("=")[0]));
                previous = word;
            }
            closeMention(text, mentions, openNer, mentionBegin, tokens);
            Span sentenceSpan = new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
            built.add(new Sentence(built.size(), 0, sentenceSpan, tokens));
        }
        Article article = new Article("test", "test", null, null, null, List.of(), null, null,
                List.of(text.toString()), List.of(), "en");
        return new AnnotatedArticle(article, article.text(), built, mentions);
    }

    private static void closeMention(StringBuilder text, List<Mention> mentions, String ner, int begin, List<Token> tokens) {
        if (ner == null || ner.equals("O")) {
            return;
        }
        int end = tokens.get(tokens.size() - 1).span().end();
        String[] typeAndValue = ner.split("=", 2);
        Span span = new Span(begin, end);
        mentions.add(new Mention(span.of(text.toString()), span, MentionType.valueOf(typeAndValue[0]),
                typeAndValue.length > 1 ? typeAndValue[1] : null));
    }
}
