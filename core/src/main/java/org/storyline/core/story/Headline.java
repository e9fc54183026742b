package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.storyline.core.model.ArticleAnalysis;

/**
 * A story's title and place. The title is the headline closest to the whole coverage among the reports
 * central to it; with no headline, a short phrase cut from a central report's lead sentence ({@link
 * ShortTitle}): of the leads closest to the coverage, the one whose cut is closest, passing over the lead of a
 * printed document ("Following are excerpts from …") while any report has one. The place is {@link
 * StoryPlace}'s.
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
    /**
     * How many of the ledes closest to the coverage are cut to a title; the title is the cut closest to it,
     * since a cut can drop what made its lede close ("Habibie finds attending a summit “difficult”" without
     * "… because of Anwar's arrest").
     */
    private static final int LEDES_CUT = 5;
    /** How many sentences after a lede that opens on a pronoun may title the report instead. */
    private static final int FOLLOWING = 3;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "there",
            "this", "these", "those");
    /** How close to the rest of the coverage, against the closest report, a report must be to title it. */
    private static final double CENTRAL_SHARE = 0.75;

    private Headline() {
    }

    static String title(List<ArticleAnalysis> articles, List<Passage> passages, Centroid centroid) {
        var central = centralReports(passages, centroid);
        var titled = articles.stream().filter(a -> a.article().title() != null && !a.article().title().isBlank())
                .toList();
        var headline = centralOrAll(titled, central::contains).stream()
                .max(Comparator.comparingDouble(a -> centroid.closeness(ClaimMatcher.stems(a.article().title()))));
        if (headline.isPresent()) {
            return ShortTitle.of(headline.get().article());
        }
        var ledes = passages.stream().filter(p -> p.sentence() == firstSentence(passages, p)).toList();
        var reports = ledes.stream().filter(p -> !introducesADocument(p.text())).toList();
        return centralOrAll(reports.isEmpty() ? ledes : reports, p -> central.contains(p.source())).stream()
                .sorted(Comparator.comparingDouble((Passage p) -> centroid.closeness(p.terms())).reversed())
                .limit(LEDES_CUT)
                .map(p -> cut(p, passages))
                .filter(t -> t != null)
                .max(Comparator.comparingDouble(t -> centroid.closeness(ClaimMatcher.stems(t))))
                .or(() -> articles.stream().map(ShortTitle::of).filter(t -> t != null).findFirst())
                .orElseGet(() -> articles.isEmpty() ? "Story without articles" : "Story from " + source(articles.get(0)));
    }

    /**
     * The title cut from a lede, or, when it opens on a pronoun a reader cannot place ("He was the classic
     * small-town prodigy", a feature's lede naming its subject later), from the first of the next
     * {@link #FOLLOWING} sentences of the report that names its subject; the lede's own cut when none does.
     */
    private static String cut(Passage lede, List<Passage> passages) {
        String title = ShortTitle.fromLede(lede.source(), lede.span(), lede.text());
        if (title == null || !opensOnPronoun(title)) {
            return title;
        }
        return passages.stream()
                .filter(p -> p.source() == lede.source() && p.sentence() > lede.sentence()
                        && p.sentence() <= lede.sentence() + FOLLOWING)
                .sorted(Comparator.comparingInt(Passage::sentence))
                .map(p -> ShortTitle.fromLede(p.source(), p.span(), p.text()))
                .filter(t -> t != null && !opensOnPronoun(t))
                .findFirst().orElse(title);
    }

    private static boolean opensOnPronoun(String title) {
        return PRONOUNS.contains(title.split("\\s+", 2)[0].toLowerCase(Locale.ROOT));
    }

    /**
     * The reports that speak of what the rest of the coverage speaks of: those whose text as a whole is at
     * least {@link #CENTRAL_SHARE} as close to the other reports as the closest report is. A report that
     * joined the story for a side of it (the visit announced in a report of the airport's opening) is not
     * among them, however well its one lead sentence matches the story's words. Empty without passages.
     */
    private static Set<ArticleAnalysis> centralReports(List<Passage> passages, Centroid centroid) {
        Map<ArticleAnalysis, List<Passage>> byReport = new IdentityHashMap<>();
        passages.forEach(p -> byReport.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p));
        Map<ArticleAnalysis, Double> closeness = new IdentityHashMap<>();
        byReport.forEach((report, own) -> closeness.put(report, centroid.closenessOfReport(own)));
        double best = closeness.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Set<ArticleAnalysis> central = Collections.newSetFromMap(new IdentityHashMap<>());
        closeness.forEach((report, c) -> {
            if (c >= CENTRAL_SHARE * best) {
                central.add(report);
            }
        });
        return central;
    }

    private static <T> List<T> centralOrAll(List<T> candidates, Predicate<T> central) {
        var kept = candidates.stream().filter(central).toList();
        return kept.isEmpty() ? candidates : kept;
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
