package org.storyline.core.story;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.storyline.core.model.ArticleAnalysis;

/**
 * A story's title and place. The title is the headline closest to the whole coverage; with no headline,
 * a short phrase cut from the lead sentence of the article closest to it ({@link ShortTitle}), passing over
 * the lead of a printed document ("Following are excerpts from …") while any report has one. The place
 * is {@link StoryPlace}'s.
 */
final class Headline {

    /**
     * "Following are excerpts from the report …", "Following is the text of …": a wire item that prints a
     * document introduces it in its first sentence, which says what the item holds, not what happened.
     */
    private static final Pattern INTRODUCES_A_DOCUMENT = Pattern.compile("\\b(?:the )?following (?:is|are)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Where a lead's introduction of a document must start: at the start, or after a dateline. */
    private static final int DATELINE_CHARS = 80;

    private Headline() {
    }

    static String title(List<ArticleAnalysis> articles, List<Passage> passages, Centroid centroid) {
        var headline = articles.stream()
                .filter(a -> a.article().title() != null && !a.article().title().isBlank())
                .max(Comparator.comparingDouble(a -> centroid.closeness(ClaimMatcher.stems(a.article().title()))));
        if (headline.isPresent()) {
            return ShortTitle.of(headline.get().article());
        }
        var ledes = passages.stream().filter(p -> p.sentence() == firstSentence(passages, p)).toList();
        var reports = ledes.stream().filter(p -> !introducesADocument(p.text())).toList();
        return (reports.isEmpty() ? ledes : reports).stream()
                .max(Comparator.comparingDouble(p -> centroid.closeness(p.terms())))
                .map(p -> ShortTitle.fromLede(p.source(), p.span(), p.text()))
                .or(() -> articles.stream().map(ShortTitle::of).filter(t -> t != null).findFirst())
                .orElseGet(() -> articles.isEmpty() ? "Story without articles" : "Story from " + source(articles.get(0)));
    }

    private static boolean introducesADocument(String lede) {
        var m = INTRODUCES_A_DOCUMENT.matcher(lede);
        return m.find() && m.start() <= DATELINE_CHARS;
    }

    private static String source(ArticleAnalysis a) {
        return a.article().outletName() != null ? a.article().outletName()
                : a.article().source().replaceFirst("^.*[/\\\\]", "");
    }

    private static int firstSentence(List<Passage> passages, Passage of) {
        return passages.stream().filter(p -> p.source() == of.source()).mapToInt(Passage::sentence).min().orElse(0);
    }

    static String place(List<ArticleAnalysis> articles) {
        return StoryPlace.of(articles);
    }
}
