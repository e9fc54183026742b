package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.EntityType;

class StoryAssignerTest {

    private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");

    /** An article about event {@code event}: its vector leans on axis {@code event}, with some noise. */
    private static ArticleProfile report(String id, int event, int day, Set<String> names, String... words) {
        Random random = new Random(id.hashCode());
        float[] v = new float[24];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextGaussian() * 0.15);
        }
        v[event] += 1f;
        Map<String, Integer> keywords = new java.util.HashMap<>();
        for (String w : words) {
            keywords.merge(w, 1, Integer::sum);
        }
        return new ArticleProfile(id, "outlet-" + id, day < 0 ? null : DAY0.plus(Duration.ofDays(day)), v,
                Map.of(EntityType.PERSON, names), keywords);
    }

    private static List<ArticleProfile> threeEvents() {
        return List.of(
                report("tram1", 0, 0, Set.of("Irene Castell", "Larkspur"), "tram", "vote", "council", "route"),
                report("tram2", 0, 0, Set.of("Castell", "Larkspur", "Tomas Eberle"), "tram", "council", "cost", "route"),
                report("tram3", 0, 1, Set.of("Larkspur", "Irene Castell", "Aino Lehtinen"), "tram", "vote", "route"),
                report("flood1", 1, 0, Set.of("Marrow Bay", "Weather Service"), "flood", "rain", "evacuation", "river"),
                report("flood2", 1, 0, Set.of("Marrow Bay", "Weather Service"), "flood", "river", "railway", "rain"),
                report("flood3", 1, 1, Set.of("Marrow Bay", "Coastal Railway"), "flood", "rain", "river", "shelter"),
                report("strike1", 2, 0, Set.of("Harbour Workers Union", "Port Authority"), "strike", "dock", "wage"),
                report("strike2", 2, 1, Set.of("Port Authority", "Harbour Workers Union"), "strike", "wage", "dock"),
                report("strike3", 2, 1, Set.of("Harbour Workers Union", "Port Authority"), "strike", "dock", "talks"));
    }

    private static Set<Set<String>> partition(StoryAssigner assigner) {
        return assigner.stories().values().stream().map(Set::copyOf).collect(Collectors.toSet());
    }

    @Test
    void articlesOnSameEventJoinOneStory() {
        StoryAssigner assigner = new StoryAssigner();
        threeEvents().subList(0, 3).forEach(assigner::assign);
        assertThat(assigner.stories()).hasSize(1);
        assertThat(assigner.storyOf("tram3")).isEqualTo(assigner.storyOf("tram1"));
    }

    @Test
    void differentEventsStartDifferentStories() {
        StoryAssigner assigner = new StoryAssigner();
        threeEvents().forEach(assigner::assign);
        assertThat(partition(assigner)).containsExactlyInAnyOrder(
                Set.of("tram1", "tram2", "tram3"), Set.of("flood1", "flood2", "flood3"),
                Set.of("strike1", "strike2", "strike3"));
    }

    @Test
    void orderOfArrivalDoesNotChangeTheStories() {
        Set<Set<Set<String>>> outcomes = new HashSet<>();
        for (long seed = 1; seed <= 12; seed++) {
            List<ArticleProfile> shuffled = new ArrayList<>(threeEvents());
            Collections.shuffle(shuffled, new Random(seed));
            StoryAssigner assigner = new StoryAssigner();
            shuffled.forEach(assigner::assign);
            outcomes.add(partition(assigner));
        }
        assertThat(outcomes).hasSize(1);
    }

    @Test
    void storyFadesAfterWindowWithoutArticles() {
        StoryAssigner assigner = new StoryAssigner(ClusterSettings.DEFAULTS.withWindow(Duration.ofDays(3)).withFading(0));
        assigner.assign(report("a", 0, 0, Set.of("Larkspur"), "tram", "vote"));
        assigner.assign(report("b", 0, 2, Set.of("Larkspur"), "tram", "vote"));
        Assignment late = assigner.assign(report("c", 0, 9, Set.of("Larkspur"), "tram", "vote"));
        assertThat(late.newStory()).isTrue();
        assertThat(assigner.storyOf("b")).isEqualTo(assigner.storyOf("a"));
        assertThat(assigner.activeStories()).isEqualTo(1);
    }

    @Test
    void lateArticleStillReachesItsStoryWhileTheStreamIsOutOfOrder() {
        StoryAssigner assigner = new StoryAssigner(ClusterSettings.DEFAULTS.withWindow(Duration.ofDays(3)));
        assigner.assign(report("a", 0, 0, Set.of("Larkspur"), "tram", "vote"));
        assigner.assign(report("other", 1, 30, Set.of("Marrow Bay"), "flood", "rain"));
        Assignment late = assigner.assign(report("b", 0, 1, Set.of("Larkspur"), "tram", "vote"));
        assertThat(late.newStory()).isFalse();
        assertThat(assigner.storyOf("b")).isEqualTo(assigner.storyOf("a"));
    }

    @Test
    void storyFadesOnceTheStreamMovedOnInTimeAndInArrivals() {
        StoryAssigner assigner = new StoryAssigner(ClusterSettings.DEFAULTS.withWindow(Duration.ofDays(3)).withFading(2));
        assigner.assign(report("a", 0, 0, Set.of("Larkspur"), "tram", "vote"));
        assigner.assign(report("flood1", 1, 30, Set.of("Marrow Bay"), "flood", "rain"));
        assertThat(assigner.activeStories()).isEqualTo(2);
        assigner.assign(report("flood2", 1, 30, Set.of("Marrow Bay"), "flood", "rain"));
        assertThat(assigner.activeStories()).isEqualTo(1);
    }

    @Test
    void articleWithoutDateMayJoinAnyStory() {
        StoryAssigner assigner = new StoryAssigner(ClusterSettings.DEFAULTS.withWindow(Duration.ofDays(1)));
        assigner.assign(report("a", 0, 0, Set.of("Larkspur"), "tram", "vote"));
        Assignment undated = assigner.assign(report("b", 0, -1, Set.of("Larkspur"), "tram", "vote"));
        assertThat(undated.newStory()).isFalse();
    }

    @Test
    void storiesBridgedByLaterArticleAreMerged() {
        ClusterSettings settings = ClusterSettings.DEFAULTS.withWeights(0.5, 0.5, 0).withThresholds(0.5, 0.3);
        StoryAssigner assigner = new StoryAssigner(settings);
        assigner.assign(report("x", 3, 0, Set.of("Pato", "Quin"), "fire"));
        assigner.assign(report("y", 4, 0, Set.of("Rask", "Suva"), "fire"));
        float[] both = new float[24];
        both[3] = 1;
        both[4] = 1;
        Assignment bridge = assigner.assign(new ArticleProfile("bridge", null, DAY0, both,
                Map.of(EntityType.PERSON, Set.of("Pato", "Quin", "Rask", "Suva")), Map.of()));
        assertThat(bridge.merged()).hasSize(1);
        assertThat(assigner.storyOf("x")).isEqualTo(assigner.storyOf("y")).contains(bridge.storyId());
        assertThat(assigner.stories()).hasSize(1);
    }

    @Test
    void sameArticleTwiceKeepsItsStory() {
        StoryAssigner assigner = new StoryAssigner();
        ArticleProfile a = threeEvents().get(0);
        String story = assigner.assign(a).storyId();
        assertThat(assigner.assign(a).storyId()).isEqualTo(story);
        assertThat(assigner.stories().get(story)).containsExactly("tram1");
    }

    @Test
    void articleWithNothingInItStartsItsOwnStory() {
        StoryAssigner assigner = new StoryAssigner();
        threeEvents().forEach(assigner::assign);
        Assignment empty = assigner.assign(new ArticleProfile("empty", null, null, new float[24], Map.of(), Map.of()));
        assertThat(empty.newStory()).isTrue();
    }

}
