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

class StorylineAssignerTest {

    private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");

    /**
     * An article leaning on the axes given (its subject), naming {@code names}, on {@code day}; a roundup
     * when {@code roundup}.
     */
    private static ArticleProfile report(String id, int day, boolean roundup, int[] axes, Set<String> names,
                                         String... words) {
        Random random = new Random(id.hashCode());
        float[] v = new float[24];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextGaussian() * 0.1);
        }
        for (int axis : axes) {
            v[axis] += 1f;
        }
        Map<String, Integer> keywords = new HashMap<>();
        for (String w : words) {
            keywords.merge(w, 2, Integer::sum);
        }
        Map<String, Integer> prominence = new HashMap<>();
        names.forEach(n -> prominence.put(n, 4));
        return new ArticleProfile(id, "outlet-" + id, DAY0.plus(Duration.ofDays(day)), v,
                Map.of(EntityType.PERSON, names), keywords, prominence, List.of(), roundup);
    }

    private static ArticleProfile report(String id, int day, int[] axes, Set<String> names, String... words) {
        return report(id, day, false, axes, names, words);
    }

    /** A spill on day 0, its clean-up order two weeks later: one subject, the same names, two happenings. */
    private static List<ArticleProfile> spillAndCleanUpOrder() {
        Set<String> names = Set.of("Sella River", "Varn Chemicals", "Lindmoor", "Ada Brenner");
        return List.of(
                report("spill1", 0, new int[] {0}, names, "spill", "river", "chemical", "fish"),
                report("spill2", 0, new int[] {0}, names, "spill", "river", "chemical", "leak"),
                report("spill3", 1, new int[] {0}, names, "spill", "river", "fish", "leak"),
                report("order1", 15, new int[] {0, 1}, names, "spill", "river", "order", "clean", "fine"),
                report("order2", 15, new int[] {0, 1}, names, "spill", "order", "clean", "fine"),
                report("order3", 16, new int[] {0, 1}, names, "river", "order", "clean", "fine"));
    }

    private static List<Set<String>> articlesByStoryline(StorylineAssigner assigner) {
        Map<String, List<String>> events = assigner.events();
        List<Set<String>> out = new ArrayList<>();
        assigner.storylines().values().forEach(lineEvents -> {
            Set<String> articles = new java.util.HashSet<>();
            lineEvents.forEach(e -> articles.addAll(events.get(e)));
            out.add(articles);
        });
        return out;
    }

    @Test
    void laterDevelopmentIsANewEventInTheSameStoryline() {
        StorylineAssigner assigner = new StorylineAssigner();
        spillAndCleanUpOrder().forEach(assigner::assign);
        assertThat(assigner.events()).hasSize(2);
        assertThat(assigner.storylines().values()).singleElement().satisfies(events -> assertThat(events).hasSize(2));
    }

    @Test
    void alikeHappeningsWithOtherActorsAreOtherStorylines() {
        StorylineAssigner assigner = new StorylineAssigner();
        spillAndCleanUpOrder().subList(0, 3).forEach(assigner::assign);
        Set<String> elsewhere = Set.of("Corran Estuary", "Halberg Paints", "Port Ismay", "Jonas Wirt");
        List.of(report("other1", 9, new int[] {0, 7}, elsewhere, "spill", "estuary", "paint", "harbour"),
                report("other2", 9, new int[] {0, 7}, elsewhere, "spill", "chemical", "harbour", "paint"))
                .forEach(assigner::assign);
        assertThat(articlesByStoryline(assigner)).containsExactlyInAnyOrder(
                Set.of("spill1", "spill2", "spill3"), Set.of("other1", "other2"));
    }

    @Test
    void everyEventIsInExactlyOneStoryline() {
        StorylineAssigner assigner = new StorylineAssigner();
        spillAndCleanUpOrder().forEach(assigner::assign);
        List<String> placed = assigner.storylines().values().stream().flatMap(List::stream).toList();
        assertThat(placed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(assigner.events().keySet());
    }

    @Test
    void roundupStandsAloneAndNothingJoinsIt() {
        StorylineAssigner assigner = new StorylineAssigner();
        List<ArticleProfile> reports = spillAndCleanUpOrder();
        assigner.assign(reports.get(0));
        Set<String> names = Set.of("Sella River", "Varn Chemicals", "Lindmoor", "Ada Brenner");
        var roundup = assigner.assign(report("digest", 0, true, new int[] {0}, names, "spill", "river", "chemical"));
        reports.subList(1, reports.size()).forEach(assigner::assign);

        assertThat(roundup.event().newStory()).isTrue();
        assertThat(roundup.newStoryline()).isTrue();
        assertThat(assigner.events().get(roundup.event().storyId())).containsExactly("digest");
        assertThat(assigner.eventOf("digest")).contains(roundup.event().storyId());
        assertThat(articlesByStoryline(assigner)).contains(Set.of("digest"))
                .anySatisfy(line -> assertThat(line).contains("spill1", "order3").doesNotContain("digest"));
    }

    @Test
    void roundupDoesNotBridgeTwoStorylines() {
        StorylineAssigner assigner = new StorylineAssigner();
        Set<String> spill = Set.of("Sella River", "Varn Chemicals", "Lindmoor");
        Set<String> tram = Set.of("Irene Castell", "Lindmoor Council", "Larkspur");
        assigner.assign(report("spill", 0, new int[] {0}, spill, "spill", "river", "chemical"));
        assigner.assign(report("tram", 0, new int[] {5}, tram, "tram", "vote", "route"));
        Set<String> both = new java.util.HashSet<>(spill);
        both.addAll(tram);
        assigner.assign(report("week", 1, true, new int[] {0, 5}, both, "spill", "river", "tram", "vote"));
        assigner.assign(report("both", 2, new int[] {0, 5}, both, "spill", "river", "tram", "vote"));
        assertThat(articlesByStoryline(assigner)).contains(Set.of("week"))
                .noneSatisfy(line -> assertThat(line).contains("week", "spill"))
                .noneSatisfy(line -> assertThat(line).contains("week", "tram"));
    }

    @Test
    void articleGoesToItsEventsStorylineAndPullsNoOtherIn() {
        // the storyline level reads only the embedding here, so on its own it would put "deal3" (whose
        // text leans to the trial) with the trial; the event level puts it with the takeover it reports
        ClusterSettings lines = ClusterSettings.STORYLINES.withWeights(1, 0, 0);
        StorylineAssigner assigner = new StorylineAssigner(ClusterSettings.DEFAULTS, lines);
        Set<String> trial = Set.of("Judge Mara Voss", "Keltron", "Justice Department");
        Set<String> takeover = Set.of("Orbis Online", "Nettle Systems", "Ivo Brandt");
        assigner.assign(report("trial1", 0, new int[] {0}, trial, "trial", "antitrust", "judge", "witness"));
        assigner.assign(report("trial2", 1, new int[] {0}, trial, "trial", "antitrust", "testimony", "witness"));
        assigner.assign(report("trial3", 2, new int[] {0}, trial, "trial", "antitrust", "judge", "testimony"));
        assigner.assign(report("trial4", 2, new int[] {0}, trial, "trial", "judge", "testimony", "witness"));
        assigner.assign(report("deal1", 20, new int[] {5}, takeover, "takeover", "shares", "deal", "browser"));
        assigner.assign(report("deal2", 20, new int[] {5}, takeover, "takeover", "shares", "deal", "browser"));
        var bridge = assigner.assign(report("deal3", 20, new int[] {0}, takeover, "takeover", "shares", "deal",
                "browser"));

        assertThat(assigner.eventOf("deal3")).isEqualTo(assigner.eventOf("deal1"));
        assertThat(bridge.mergedStorylines()).isEmpty();
        assertThat(articlesByStoryline(assigner)).containsExactlyInAnyOrder(
                Set.of("trial1", "trial2", "trial3", "trial4"), Set.of("deal1", "deal2", "deal3"));
    }

    /** A background piece on day 0, then three reports of a spill twelve days later. */
    private static List<ArticleProfile> pieceThenSpill(boolean pieceDated) {
        Set<String> names = Set.of("Sella River", "Varn Chemicals", "Lindmoor");
        ArticleProfile piece = report("background", 0, new int[] {0, 2}, names, "river", "chemical", "permit", "plant");
        if (!pieceDated) {
            piece = new ArticleProfile(piece.id(), piece.outlet(), null, piece.vector(), piece.entities(),
                    piece.keywords(), piece.prominence(), piece.datesNamed());
        }
        return List.of(piece,
                report("spill1", 12, new int[] {0}, names, "spill", "river", "chemical", "fish"),
                report("spill2", 12, new int[] {0}, names, "spill", "river", "chemical", "leak"),
                report("spill3", 13, new int[] {0}, names, "spill", "river", "fish", "leak"));
    }

    @Test
    void storylineThatGrowsTakesInTheEarlierPieceNearIt() {
        ClusterSettings strict = ClusterSettings.STORYLINES.withThresholds(0.9, 0.9);
        StorylineAssigner assigner = new StorylineAssigner(ClusterSettings.DEFAULTS, strict.withEarlyPieces(3, 0.5));
        pieceThenSpill(true).forEach(assigner::assign);
        assertThat(articlesByStoryline(assigner)).containsExactly(
                Set.of("background", "spill1", "spill2", "spill3"));

        StorylineAssigner without = new StorylineAssigner(ClusterSettings.DEFAULTS, strict.withEarlyPieces(0, 0.5));
        pieceThenSpill(true).forEach(without::assign);
        assertThat(articlesByStoryline(without)).contains(Set.of("background"));
    }

    @Test
    void undatedStoryIsNoEarlyPiece() {
        // the weights and timeliness the fixture's scores were written for, whatever STORYLINES is tuned to
        ClusterSettings lines = ClusterSettings.STORYLINES.withWeights(0.45, 0.3, 0.3)
                .withTimeliness(java.time.Duration.ofDays(14), 0.1, 0.1).withThresholds(0.9, 0.9).withEarlyPieces(3, 0.5);
        StoryAssigner assigner = new StoryAssigner(lines);
        pieceThenSpill(false).forEach(assigner::assign);
        assertThat(assigner.stories().values()).contains(List.of("background"));

        StoryAssigner dated = new StoryAssigner(lines);
        pieceThenSpill(true).forEach(dated::assign);
        assertThat(dated.stories().values()).singleElement()
                .satisfies(ids -> assertThat(ids).contains("background", "spill3"));
    }
}
