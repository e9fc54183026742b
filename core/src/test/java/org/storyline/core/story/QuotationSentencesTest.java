package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Report;
import org.storyline.core.model.StoryView;

/** A quotation of several sentences reaches the reader whole, wherever a story shows sentences. */
class QuotationSentencesTest {

    private static ArticleAnalysis lantern() {
        return article("a1", "Daily Lantern",
                "The Estrava Environment Agency fined Varn Chemicals 4.5 million euros on Wednesday over the leak into the Sella river.",
                "Greta Sand of the Lindmoor angling club said the restocking was welcome but slow. "
                        + "\u201cYou can buy fish. You cannot buy back twenty years of a river,\u201d she said.",
                "\u201cWe will appeal. The fine is out of all proportion.",
                "\u201cNobody was hurt,\u201d a company spokesman said.")
                .published("2025-04-09").build();
    }

    private static ArticleAnalysis courier() {
        return article("b1", "Harbour Courier",
                "Varn Chemicals was fined 4.5 million euros on Wednesday over the leak into the Sella river at Lindmoor.",
                "Inspectors will visit the plant every month for two years.")
                .published("2025-04-09").build();
    }

    private static List<String> shownSentences(StoryView story) {
        var shown = new ArrayList<String>();
        story.onlyIn().forEach(o -> o.reports().forEach(r -> shown.add(r.text())));
        story.summary().forEach(r -> shown.add(r.text()));
        return shown;
    }

    @Test
    void quotationCutAtAFullStopIsOneSentence() {
        var story = new StoryAssembler().assemble("s1", List.of(lantern(), courier()), Map.of());
        assertThat(shownSentences(story))
                .contains("\u201cYou can buy fish. You cannot buy back twenty years of a river,\u201d she said.")
                .doesNotContain("\u201cYou can buy fish.");
    }

    @Test
    void quotationRunningOnIntoTheNextParagraphIsKeptToItsParagraph() {
        var story = new StoryAssembler().assemble("s1", List.of(lantern(), courier()), Map.of());
        assertThat(shownSentences(story))
                .contains("\u201cWe will appeal. The fine is out of all proportion.")
                .noneMatch(s -> s.contains("proportion.") && s.contains("Nobody"));
    }
}
