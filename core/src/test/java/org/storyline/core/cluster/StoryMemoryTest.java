package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.EntityType;

/** A second assigner placing articles among the stories a first one built, known only through a memory. */
class StoryMemoryTest {

    private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");

    private static ArticleProfile report(String id, int event, int day, Set<String> names, String... words) {
        Random random = new Random(id.hashCode());
        float[] v = new float[24];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextGaussian() * 0.15);
        }
        v[event] += 1f;
        Map<String, Integer> keywords = new HashMap<>();
        for (String w : words) {
            keywords.merge(w, 1, Integer::sum);
        }
        return new ArticleProfile(id, "outlet-" + id, DAY0.plus(Duration.ofDays(day)), v,
                Map.of(EntityType.PERSON, names), keywords);
    }

    /** Everything kept in maps, every story recalled: what a store would answer, without the index. */
    private static final class Kept implements StoryMemory {
        final Map<String, List<ArticleProfile>> stories = new HashMap<>();
        final Map<String, Integer> df = new HashMap<>();
        int articles;
        int recalls;

        Kept(StoryAssigner first, List<ArticleProfile> profiles) {
            Map<String, ArticleProfile> byId = new HashMap<>();
            profiles.forEach(p -> byId.put(p.id(), p));
            first.stories().forEach((story, ids) -> stories.put("kept-" + story,
                    new ArrayList<>(ids.stream().map(byId::get).toList())));
            for (ArticleProfile p : profiles) {
                articles++;
                Set.copyOf(p.terms()).forEach(t -> df.merge(t, 1, Integer::sum));
            }
        }

        @Override
        public int articles() {
            return articles;
        }

        @Override
        public int articlesWith(String term) {
            return df.getOrDefault(term, 0);
        }

        @Override
        public List<String> recall(ArticleProfile article, List<String> indexTerms) {
            recalls++;
            return List.copyOf(stories.keySet());
        }

        @Override
        public List<ArticleProfile> members(String storyId) {
            return stories.getOrDefault(storyId, List.of());
        }
    }

    private static List<ArticleProfile> earlier() {
        return List.of(
                report("tram1", 0, 0, Set.of("Irene Castell", "Larkspur"), "tram", "vote", "council", "route"),
                report("tram2", 0, 0, Set.of("Castell", "Larkspur", "Tomas Eberle"), "tram", "council", "cost", "route"),
                report("flood1", 1, 0, Set.of("Marrow Bay", "Weather Service"), "flood", "rain", "evacuation", "river"),
                report("flood2", 1, 0, Set.of("Marrow Bay", "Weather Service"), "flood", "river", "railway", "rain"));
    }

    private static Kept keptFromFirstRun() {
        StoryAssigner first = new StoryAssigner();
        earlier().forEach(first::assign);
        return new Kept(first, earlier());
    }

    @Test
    void articleJoinsAStoryOnlyTheMemoryKnows() {
        Kept kept = keptFromFirstRun();
        StoryAssigner second = new StoryAssigner(ClusterSettings.DEFAULTS, kept);
        Assignment tram = second.assign(report("tram3", 0, 1, Set.of("Larkspur", "Irene Castell"), "tram", "vote", "route"));
        assertThat(tram.newStory()).isFalse();
        assertThat(kept.members(tram.storyId())).extracting(ArticleProfile::id).contains("tram1", "tram2");
        assertThat(second.storyOf("tram1")).contains(tram.storyId());
    }

    @Test
    void articleOnANewEventStillStartsItsOwnStory() {
        StoryAssigner second = new StoryAssigner(ClusterSettings.DEFAULTS, keptFromFirstRun());
        Assignment strike = second.assign(report("strike1", 2, 1, Set.of("Harbour Workers Union"), "strike", "dock", "wage"));
        assertThat(strike.newStory()).isTrue();
    }

    @Test
    void withoutAMemoryTheSameArticleStartsAStory() {
        Assignment tram = new StoryAssigner().assign(report("tram3", 0, 1, Set.of("Larkspur", "Irene Castell"), "tram", "vote", "route"));
        assertThat(tram.newStory()).isTrue();
    }
}
