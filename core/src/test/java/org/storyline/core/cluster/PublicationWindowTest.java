package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.PublicationTime;

class PublicationWindowTest {

    private static ArticleAnalysis published(String id, String date) {
        PublicationTime time = date == null ? null : PublicationTime.of(LocalDate.parse(date));
        Article article = new Article(id, id + ".txt", new Outlet("Larkspur Evening Post", null), null, "Tram vote",
                List.of(), time, null, List.of("The council voted for the tram line."), List.of(), "en");
        return new ArticleAnalysis(new AnnotatedArticle(article, article.text(), List.of(), List.of()), List.of(),
                List.of(), List.of());
    }

    private static List<String> ids(List<ArticleAnalysis> out) {
        return out.stream().map(a -> a.article().id()).toList();
    }

    @Test
    void aWholeStreamWithinTheWindowComesOutOldestFirstUndatedLast() {
        var window = new PublicationWindow(10);
        var out = new ArrayList<ArticleAnalysis>();
        for (var a : List.of(published("c", "2024-03-07"), published("u", null), published("a", "2024-03-05"),
                published("b1", "2024-03-06"), published("b2", "2024-03-06"))) {
            window.offer(a, out::add);
        }
        assertThat(out).isEmpty();
        window.drain(out::add);
        assertThat(ids(out)).containsExactly("a", "b1", "b2", "c", "u");
    }

    @Test
    void aFullWindowLetsTheOldestGo() {
        var window = new PublicationWindow(2);
        var out = new ArrayList<ArticleAnalysis>();
        window.offer(published("c", "2024-03-07"), out::add);
        window.offer(published("b", "2024-03-06"), out::add);
        window.offer(published("a", "2024-03-05"), out::add);
        assertThat(ids(out)).containsExactly("a");
        window.offer(published("d", "2024-03-08"), out::add);
        window.drain(out::add);
        assertThat(ids(out)).containsExactly("a", "b", "c", "d");
    }

    @Test
    void anEmptyWindowPassesEachArticleOnAsItComes() {
        var window = new PublicationWindow(0);
        var out = new ArrayList<ArticleAnalysis>();
        window.offer(published("c", "2024-03-07"), out::add);
        window.offer(published("a", "2024-03-05"), out::add);
        assertThat(ids(out)).containsExactly("c", "a");
        assertThatThrownBy(() -> new PublicationWindow(-1)).hasMessageContaining("-1");
    }
}
