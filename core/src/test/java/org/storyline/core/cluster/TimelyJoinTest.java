package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    /** A next-day piece that names its own people and places far more than the one place it shares. */
    private static ArticleProfile localAngle(Map<String, Integer> keywords) {
        return new ArticleProfile("analysis", "Northshore Herald", MORNING.plus(Duration.ofHours(20)),
                new float[] {1f, 0.2f, 1.6f, 0, 0, 0, 0, 0},
                Map.of(EntityType.PERSON, Set.of("Piet Holloway", "Mara Lindqvist", "Tobias Wren"),
                        EntityType.ORGANIZATION, Set.of("Eastwick Harbour Board", "Northshore Rowing Club"),
                        EntityType.PLACE, Set.of("Port Varen", "Eastwick")),
                keywords,
                Map.of("Piet Holloway", 4, "Mara Lindqvist", 3, "Eastwick Harbour Board", 4, "Eastwick", 3,
                        "Port Varen", 1), List.of());
    }

    /** What the timeliness term adds to the local piece's score against the report. */
    private static double timelinessOf(ArticleProfile local) {
        return scoreAgainstReport(local, 0.12) - scoreAgainstReport(local, 0);
    }

    private static double scoreAgainstReport(ArticleProfile local, double timelyWeight) {
        StoryAssigner assigner = new StoryAssigner(ClusterSettings.DEFAULTS.withThresholds(-10, 10)
                .withTimeliness(Duration.ofDays(2), timelyWeight, ClusterSettings.DEFAULTS.timelyEntities()));
        assigner.assign(report(MORNING, Set.of("Odile Marchetti"), Set.of("Port Varen")));
        return assigner.assign(local).score();
    }

    @Test
    void aLocalAngleSharingOneNameAndTheSubjectIsTimelyAndJoins() {
        var local = localAngle(Map.of("ferri", 2, "fare", 2, "subsidi", 1, "harbour", 2, "rowing", 1));
        assertThat(timelinessOf(local)).isGreaterThan(0.05);
        assertThat(together(report(MORNING, Set.of("Odile Marchetti"), Set.of("Port Varen")), local)).isTrue();
    }

    @Test
    void aSameDayPieceSharingOneNameButNotTheSubjectIsNotTimely() {
        var local = localAngle(Map.of("rowing", 3, "regatta", 2, "club", 2, "harbour", 1, "ferri", 1));
        assertThat(timelinessOf(local)).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
    }

    /** A same-day piece that shares a name it barely mentions: the term shrinks with how little they share. */
    @Test
    void aPieceSharingLittleGetsLessOfTheTerm() {
        var piece = new ArticleProfile("analysis", "Northshore Herald", MORNING.plus(Duration.ofHours(20)),
                new float[] {1f, 0.2f, 1.6f, 0, 0, 0, 0, 0},
                Map.of(EntityType.PERSON, Set.of("Odile Marchetti", "Piet Holloway"),
                        EntityType.PLACE, Set.of("Eastwick")),
                Map.of("rowing", 3, "regatta", 2, "club", 2),
                Map.of("Odile Marchetti", 1, "Piet Holloway", 4, "Eastwick", 3), List.of());
        double whole = 0.12 * (1 - 20.0 / 48);
        assertThat(timelinessOf(piece)).isGreaterThan(0).isLessThan(whole - 0.01);
    }
}
