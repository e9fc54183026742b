package org.storyline.core.nlp;

import org.storyline.core.model.Article;
import org.storyline.core.model.PublicationTime;

import java.time.LocalDate;
import java.util.List;

/** Small articles for tests, and one annotator shared by all tests (CoreNLP takes seconds to load). */
public final class TestArticles {

    public static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    private TestArticles() {
    }

    public static Article article(String... paragraphs) {
        return dated(LocalDate.of(2023, 11, 29), paragraphs);
    }

    public static Article dated(LocalDate published, String... paragraphs) {
        return new Article("t", "test", null, null, null, List.of(), PublicationTime.of(published), null,
                List.of(paragraphs), List.of(), "en");
    }
}
