package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.Article;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

class ByFormatExtractorTest {

    private static ArticleExtractor named(String title) {
        return document -> new Article(document.id(), document.source(), null, null, title, List.of(), null, null,
                List.of(document.content()), List.of(), null);
    }

    private final ArticleExtractor extractor = new ByFormatExtractor(named("by html"), named("by text"));

    @Test
    void htmlGoesToTheHtmlExtractor() throws ExtractionException {
        var document = new RawDocument("1", "a.html", DocumentFormat.HTML, "<p>x</p>", DocumentHints.NONE);
        assertThat(extractor.extract(document).title()).isEqualTo("by html");
    }

    @Test
    void textGoesToTheTextExtractor() throws ExtractionException {
        var document = new RawDocument("1", "a.txt", DocumentFormat.TEXT, "x", DocumentHints.NONE);
        assertThat(extractor.extract(document).title()).isEqualTo("by text");
    }
}
