package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.EntityType;

/**
 * Two outlets on one event, each in its own words: a news report and a next-day analysis that share the
 * minister and the city but little wording. Text similarity alone leaves them just under the join
 * threshold; being dated a few hours apart and naming the same people is what puts them together.
 */
class TimelyJoinTest {

    private static final Instant MORNING = Instant.parse("2026-05-11T07:30:00Z");

    /** A vector with weight on a shared axis and more on an axis of its own: two of them have cosine 0.28. */
    private static float[] vector(int own) {
        float[] v = new float[8];
        v[0] = 1f;
        v[own] = 1.6f;
        return v;
    }

    private static ArticleProfile report(Instant time, Set<String> people, Set<String> places) {
        return new ArticleProfile("report", "The Lakeside Gazette", time, vector(1),
                Map.of(EntityType.PERSON, people, EntityType.PLACE, places),
                Map.of("ferri", 3, "fare", 2, "minist", 1, "announc", 1, "subsidi", 2));
    }

    private static ArticleProfile analysis(Instant time) {
        return new ArticleProfile("analysis", "Northshore Herald", time, vector(2),
                Map.of(EntityType.PERSON, Set.of("Odile Marchetti", "Piet Holloway"),
                        EntityType.PLACE, Set.of("Port Varen")),
                Map.of("ferri", 1, "budget", 2, "commut", 2, "island", 1, "critic", 1));
    }

    private static boolean together(ArticleProfile first, ArticleProfile second) {
        StoryAssigner assigner = new StoryAssigner();
        assigner.assign(first);
        assigner.assign(second);
        return assigner.storyOf("report").equals(assigner.storyOf("analysis"));
    }

    @Test
    void datedReportsHoursApartSharingNamesJoin() {
        assertThat(together(report(MORNING, Set.of("Odile Marchetti"), Set.of("Port Varen")),
                analysis(MORNING.plus(Duration.ofHours(20))))).isTrue();
    }

    @Test
    void theSameReportsWithoutDatesStayApart() {
        assertThat(together(report(null, Set.of("Odile Marchetti"), Set.of("Port Varen")), analysis(null)))
                .isFalse();
    }

    @Test
    void reportsDaysApartStayApart() {
        assertThat(together(report(MORNING, Set.of("Odile Marchetti"), Set.of("Port Varen")),
                analysis(MORNING.plus(Duration.ofDays(3))))).isFalse();
    }

    @Test
    void sameDayReportsSharingNoNameStayApart() {
        assertThat(together(report(MORNING, Set.of("Ansel Brook"), Set.of("Dunmere")),
                analysis(MORNING.plus(Duration.ofHours(2))))).isFalse();
    }
}
