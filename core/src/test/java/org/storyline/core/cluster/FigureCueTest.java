package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Span;

/**
 * The figures term of {@link ClusterSettings}: a distinctive number in common adds its weight, numbers of
 * one kind with none in common take the clash away, and an article without numbers is scored as before.
 */
class FigureCueTest {

    private static final ClusterSettings JOIN_ALL = ClusterSettings.DEFAULTS.withThresholds(-10, 10);
    private static final ClusterSettings FIGURES = JOIN_ALL.withFigures(0.1, 0.2);

    private static ArticleProfile article(String id, Set<String> figures) {
        return new ArticleProfile(id, null, null, new float[] {1, 1, 0, 0},
                Map.of(EntityType.PLACE, Set.of("Sumatra")), Map.of("earthquak", 2, "struck", 1),
                Map.of("Sumatra", 2), List.of(), figures);
    }

    private static final ArticleProfile FIRST = article("first", Set.of("NUMBER:7.6", "NUMBER:1100"));

    private static double effect(ArticleProfile second) {
        StoryAssigner with = new StoryAssigner(FIGURES);
        with.assign(FIRST);
        StoryAssigner without = new StoryAssigner(JOIN_ALL.withFigures(0, 0));
        without.assign(FIRST);
        return with.assign(second).score() - without.assign(second).score();
    }

    @Test
    void aFigureInCommonAddsTheFigureWeight() {
        assertThat(effect(article("second", Set.of("NUMBER:7.6", "NUMBER:300")))).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void figuresOfOneKindWithNoneInCommonClash() {
        assertThat(effect(article("second", Set.of("NUMBER:6.1", "NUMBER:40")))).isCloseTo(-0.2, within(1e-9));
    }

    @Test
    void figuresOfAnotherKindSayNothing() {
        assertThat(effect(article("second", Set.of("MONEY:USD 2000000")))).isCloseTo(0, within(1e-9));
    }

    @Test
    void anArticleWithoutFiguresIsScoredWithoutTheTerm() {
        assertThat(effect(article("second", Set.of()))).isCloseTo(0, within(1e-9));
    }

    @Test
    void smallCountsAndYearsAreNotDistinctive() {
        assertThat(ArticleProfiler.distinctive(number("3"))).isFalse();
        assertThat(ArticleProfiler.distinctive(number("2008"))).isFalse();
        assertThat(ArticleProfiler.distinctive(number("95"))).isTrue();
        assertThat(ArticleProfiler.distinctive(number("6.1"))).isTrue();
        assertThat(ArticleProfiler.distinctive(number("many"))).isFalse();
    }

    private static Mention number(String value) {
        return new Mention(value, new Span(0, value.length()), MentionType.NUMBER, value);
    }
}
