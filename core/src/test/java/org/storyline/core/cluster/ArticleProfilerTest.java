package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.PublicationTime;
import org.storyline.core.model.Span;

class ArticleProfilerTest {

    private static ArticleAnalysis analysis(PublicationTime published, List<Entity> entities) {
        return analysis(published, null, entities, List.of());
    }

    private static ArticleAnalysis analysis(PublicationTime published, String place, List<Entity> entities,
                                            List<Mention> mentions) {
        Article article = new Article("a1", "a1.txt", new Outlet("Larkspur Evening Post", null), null,
                "Council approves tram", List.of(), published, place,
                List.of("The council voted for the tram line.", "Trams will run in 2029."), List.of(), "en");
        return new ArticleAnalysis(new AnnotatedArticle(article, article.text(), List.of(), mentions), entities,
                List.of(), List.of());
    }

    private static List<Span> spans(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new Span(i, i + 1)).toList();
    }

    private final ArticleProfiler profiler = new ArticleProfiler(text -> new float[] {text.length(), 1});

    @Test
    void keepsEntityNamesByType() {
        var profile = profiler.profile(analysis(null, List.of(
                new Entity("e1", EntityType.PERSON, "Irene Castell", List.of("Mayor"), List.of()),
                new Entity("e2", EntityType.PLACE, "Larkspur", List.of(), List.of()))));
        assertThat(profile.entities().get(EntityType.PERSON)).containsExactly("Irene Castell");
        assertThat(profile.entities().get(EntityType.PLACE)).containsExactly("Larkspur");
        assertThat(profile.outlet()).isEqualTo("Larkspur Evening Post");
    }

    @Test
    void countsHowOftenEachNameIsMentioned() {
        var profile = profiler.profile(analysis(null, List.of(
                new Entity("e1", EntityType.PERSON, "Irene Castell", List.of(), spans(3)),
                new Entity("e2", EntityType.ORGANIZATION, "Larkspur Council", List.of(), spans(1)))));
        assertThat(profile.prominence()).containsEntry("Irene Castell", 3).containsEntry("Larkspur Council", 1);
    }

    @Test
    void datelinePlaceCountsAsAPlace() {
        var profile = profiler.profile(analysis(null, "Larkspur", List.of(), List.of()));
        assertThat(profile.entities().get(EntityType.PLACE)).containsExactly("Larkspur");
    }

    @Test
    void keepsTheResolvedDatesTheTextNames() {
        var profile = profiler.profile(analysis(null, null, List.of(), List.of(
                new Mention("2029", new Span(60, 64), MentionType.DATE, "2029"),
                new Mention("Tuesday", new Span(0, 7), MentionType.DATE, null),
                new Mention("300", new Span(10, 13), MentionType.NUMBER, "300"))));
        assertThat(profile.datesNamed()).containsExactly("2029");
    }

    @Test
    void countsStemmedKeywordsFromHeadlineAndBody() {
        var profile = profiler.profile(analysis(null, List.of()));
        assertThat(profile.keywords()).containsEntry("tram", 3).containsEntry("council", 2).doesNotContainKey("the");
    }

    @Test
    void dateWithoutTimeIsMidnightUtcAndNoDateIsUnknown() {
        assertThat(profiler.profile(analysis(PublicationTime.of(LocalDate.of(2023, 11, 29)), List.of())).time())
                .isEqualTo(Instant.parse("2023-11-29T00:00:00Z"));
        assertThat(profiler.profile(analysis(null, List.of())).time()).isNull();
    }
}
