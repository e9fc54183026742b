package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.EntityType;

/**
 * The event cues of {@link ClusterSettings}: each moves the score of an article against a story by its
 * weight when it fires and leaves it alone when it does not. Scores are read with a join threshold so low
 * that every article joins, so that the score of the join is reported.
 */
class EventCuesTest {

    private static final Instant PUBLISHED = Instant.parse("2013-05-02T09:00:00Z");
    private static final ClusterSettings JOIN_ALL = ClusterSettings.DEFAULTS.withThresholds(-10, 10);

    private static ArticleProfile article(String id, Instant time, Map<String, Integer> prominence,
                                          List<String> dates) {
        return new ArticleProfile(id, null, time, new float[] {1, 1, 0, 0},
                Map.of(EntityType.PERSON, prominence.keySet()), Map.of("rehab", 2, "clinic", 1), prominence, dates);
    }

    private static final ArticleProfile FIRST = article("first", PUBLISHED,
            Map.of("Lindsay Lohan", 4, "Betty Ford Center", 2), List.of("2013-05-01", "2010"));

    private static double score(ClusterSettings settings, ArticleProfile second) {
        StoryAssigner assigner = new StoryAssigner(settings);
        assigner.assign(FIRST);
        return assigner.assign(second).score();
    }

    /** How much the cues of {@code settings} change the score over the same settings with no cues. */
    private static double cueEffect(ClusterSettings settings, ArticleProfile second) {
        return score(settings, second) - score(settings.withEra(settings.eraGap(), 0).withDayWeight(0), second);
    }

    private static final ClusterSettings ERA_ONLY = JOIN_ALL.withEra(2, 0.1).withDayWeight(0);

    @Test
    void undatedArticleNamingAYearLongBeforeClashesInEra() {
        var second = article("second", null, Map.of("Lindsay Lohan", 2), List.of("2007-12-03", "2008"));
        assertThat(cueEffect(ERA_ONLY, second)).isCloseTo(-0.1, within(1e-9));
    }

    @Test
    void latestYearNamedIsTheEra() {
        var second = article("second", null, Map.of("Lindsay Lohan", 2), List.of("2008", "2013-05"));
        assertThat(cueEffect(ERA_ONLY, second)).isCloseTo(0, within(1e-9));
    }

    @Test
    void undatedArticleNamingNoYearHasNoEra() {
        var none = article("none", null, Map.of("Lindsay Lohan", 2), List.of());
        assertThat(cueEffect(ERA_ONLY, none)).isCloseTo(0, within(1e-9));
    }

    @Test
    void aDayNamedByBothAddsTheDayWeight() {
        var second = article("second", null, Map.of("Lindsay Lohan", 2), List.of("2013-05-01"));
        ClusterSettings dayOnly = JOIN_ALL.withEra(2, 0).withDayWeight(0.1);
        assertThat(cueEffect(dayOnly, second)).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void aMonthInCommonIsNotADay() {
        var second = article("second", null, Map.of("Lindsay Lohan", 2), List.of("2013-05"));
        ClusterSettings dayOnly = JOIN_ALL.withEra(2, 0).withDayWeight(0.1);
        assertThat(cueEffect(dayOnly, second)).isCloseTo(0, within(1e-9));
    }

    /** The story's weekday is FIRST's named day, 1 May 2013, a Wednesday (3). */
    private static final ClusterSettings WEEKDAY_ONLY = JOIN_ALL.withEra(2, 0).withDayWeight(0).withUndatedPenalty(0)
            .withWeekday(0.09, 0.033);

    private static double weekdayEffect(ArticleProfile second) {
        return score(WEEKDAY_ONLY, second) - score(WEEKDAY_ONLY.withWeekday(0, 0), second);
    }

    @Test
    void anUndatedArticleNamingTheStorysWeekdayGainsTheBonus() {
        var second = article("second", null, Map.of("Lindsay Lohan", 2), List.of("XXXX-WXX-3"));
        assertThat(weekdayEffect(second)).isCloseTo(0.09, within(1e-9));
    }

    @Test
    void aDatedDayOnTheStorysWeekdayGainsTheBonusWhenTheArticleIsUndated() {
        var second = article("second", null, Map.of("Lindsay Lohan", 2), List.of("2013-04-24"));
        assertThat(weekdayEffect(second)).isCloseTo(0.09, within(1e-9));
    }

    @Test
    void aDatedArticleAgainstADatedStoryHasNoWeekdayCue() {
        var sameWeekday = article("same", PUBLISHED, Map.of("Lindsay Lohan", 2), List.of("2013-04-24"));
        var otherWeekday = article("other", PUBLISHED, Map.of("Lindsay Lohan", 2), List.of("2013-04-26"));
        assertThat(weekdayEffect(sameWeekday)).isCloseTo(0, within(1e-9));
        assertThat(weekdayEffect(otherWeekday)).isCloseTo(0, within(1e-9));
    }

    @Test
    void namingOnlyOtherWeekdaysCostsThePenalty() {
        var second = article("second", null, Map.of("Lindsay Lohan", 2), List.of("XXXX-WXX-5", "XXXX-WXX-6"));
        assertThat(weekdayEffect(second)).isCloseTo(-0.033, within(1e-9));
    }

    @Test
    void namingNoWeekdayLeavesTheScore() {
        var second = article("second", null, Map.of("Lindsay Lohan", 2), List.of("2013-05", "2013"));
        assertThat(weekdayEffect(second)).isCloseTo(0, within(1e-9));
    }

    @Test
    void anUndatedArticleAgainstADatedStoryPaysTheUndatedPenalty() {
        ClusterSettings undatedOnly = JOIN_ALL.withEra(2, 0).withDayWeight(0).withWeekday(0, 0);
        var undated = article("undated", null, Map.of("Lindsay Lohan", 2), List.of());
        var dated = article("dated", PUBLISHED, Map.of("Lindsay Lohan", 2), List.of());
        double undatedCost = score(undatedOnly.withUndatedPenalty(0), undated)
                - score(undatedOnly.withUndatedPenalty(0.145), undated);
        double datedCost = score(undatedOnly.withUndatedPenalty(0), dated)
                - score(undatedOnly.withUndatedPenalty(0.145), dated);
        assertThat(undatedCost).isCloseTo(0.145, within(1e-9));
        assertThat(datedCost).isCloseTo(0, within(1e-9));
    }

    @Test
    void namesMentionedMoreWeighMoreInTheEntityMatch() {
        var often = article("often", null, Map.of("Lindsay Lohan", 4, "Tara Reid", 1), List.of());
        var once = article("once", null, Map.of("Lindsay Lohan", 1, "Tara Reid", 4), List.of());
        ClusterSettings noCues = JOIN_ALL.withEra(2, 0).withDayWeight(0);
        assertThat(score(noCues, often)).isGreaterThan(score(noCues, once));
    }

}
