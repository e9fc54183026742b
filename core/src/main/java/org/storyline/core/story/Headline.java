package org.storyline.core.story;

import java.util.Comparator;
import java.util.List;
import org.storyline.core.model.ArticleAnalysis;

/**
 * A story's title and place. The title is the headline closest to the whole coverage; with no headline,
 * a short phrase cut from the lead sentence of the article closest to it ({@link ShortTitle}). The place
 * is {@link StoryPlace}'s.
 */
final class Headline {

    private Headline() {
    }

    static String title(List<ArticleAnalysis> articles, List<Passage> passages, Centroid centroid) {
        var headline = articles.stream()
                .filter(a -> a.article().title() != null && !a.article().title().isBlank())
                .max(Comparator.comparingDouble(a -> centroid.closeness(ClaimMatcher.stems(a.article().title()))));
        if (headline.isPresent()) {
            return ShortTitle.of(headline.get().article());
        }
        return passages.stream()
                .filter(p -> p.sentence() == firstSentence(passages, p))
                .max(Comparator.comparingDouble(p -> centroid.closeness(p.terms())))
                .map(p -> ShortTitle.fromLede(p.source(), p.span(), p.text()))
                .or(() -> articles.stream().map(ShortTitle::of).filter(t -> t != null).findFirst())
                .orElseGet(() -> articles.isEmpty() ? "Story without articles" : "Story from " + source(articles.get(0)));
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
