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
import org.storyline.core.model.Outlet;
import org.storyline.core.model.PublicationTime;

class ArticleProfilerTest {

    private static ArticleAnalysis analysis(PublicationTime published, List<Entity> entities) {
        Article article = new Article("a1", "a1.txt", new Outlet("Larkspur Evening Post", null), null,
                "Council approves tram", List.of(), published, null,
                List.of("The council voted for the tram line.", "Trams will run in 2029."), List.of(), "en");
        return new ArticleAnalysis(new AnnotatedArticle(article, article.text(), List.of(), List.of()), entities,
                List.of(), List.of());
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
