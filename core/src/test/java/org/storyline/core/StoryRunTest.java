package org.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.nlp.TestArticles;
import org.storyline.core.story.StoryAssembler;
import org.storyline.core.store.StoryEditor;

class StoryRunTest {

    @TempDir
    Path dir;

    @Test
    void aStoryThatCannotBeAssembledIsAProblemAndTheOthersAreShown() throws Exception {
        Files.writeString(dir.resolve("ferry.txt"), "The ferry to Vallo Island ran aground on Tuesday near the harbour of"
                + " Port Alder. All 212 passengers were taken off by lifeboats, the harbour master said. The ship will"
                + " be towed to the dry dock at Kessel once the tide turns.");
        Files.writeString(dir.resolve("budget.txt"), "The town council of Ostwick approved a budget of 40 million euros"
                + " for the new library on Monday. The mayor said the building would open in the spring. The old"
                + " library will become a museum of local history.");
        StoryAssembler assembler = new StoryAssembler();
        StoryEditor editor = (id, articles, duplicateOf) -> {
            if (articles.stream().anyMatch(a -> a.article().source().endsWith("ferry.txt"))) {
                throw new IllegalStateException("a quote past the end of the text");
            }
            return assembler.assemble(id, articles, duplicateOf);
        };
        var run = new StoryRun(Pipeline.standard(), new ArticleAnalyzer(TestArticles.ANNOTATOR, AnalysisSettings.defaults()),
                new StoryGroups(), editor);
        var result = run.run(List.of(dir), new StoryRun.Listener() { });
        assertThat(result.stories()).singleElement()
                .satisfies(s -> assertThat(s.articles().get(0).outlet()).isNotNull());
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("ferry.txt");
            assertThat(p.reason()).contains("could not be assembled").contains("a quote past the end of the text");
        });
    }
}
