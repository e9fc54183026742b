package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.AnalysisSettings;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.RunListener;
import org.storyline.core.StoryGroups;
import org.storyline.core.StoryRun;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.StoryArticle;
import org.storyline.core.model.StoryView;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveIngest;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.story.StoryAssembler;

/**
 * The store groups the bundled corpus as {@code storyline analyze} does: the same analyses, once through
 * the batch run, once through the store's incremental ingest (in input order, as {@code ingest} reads them,
 * in batches of two).
 */
class IngestExamplesTest {

    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    @TempDir
    static Path store;

    static List<StoryView> analyzed;
    static List<StoryView> stored = new ArrayList<>();

    @BeforeAll
    static void ingestAndAnalyze() throws Exception {
        Path examples = examples();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(ANNOTATOR, AnalysisSettings.defaults());
        analyzed = new StoryRun(Pipeline.standard(), analyzer, new StoryGroups(), new StoryAssembler()::assemble)
                .run(List.of(examples), new StoryRun.Listener() { }).stories();
        List<Article> articles = new ArrayList<>();
        Pipeline.standard().extract(List.of(examples), new RunListener() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }
        });
        List<ArticleAnalysis> analyses = new ArrayList<>();
        analyzer.analyzeAll(articles, outcome -> analyses.add(outcome.analysis()));
        try (Archive archive = Archive.open(ArchiveSettings.writable(store))) {
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(new MiniLmEmbedder()),
                    new StoryAssembler()::assemble);
            // commits after every second article, so that most placements find their stories in the index
            int added = 0;
            for (ArticleAnalysis analysis : analyses) {
                if (ingest.add(analysis) == ArchiveIngest.Outcome.ADDED && ++added % 2 == 0) {
                    ingest.commit();
                }
            }
            ingest.commit();
            archive.eachStory(stored::add);
        }
    }

    private static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
    }

    private static Set<Set<String>> partition(List<StoryView> stories) {
        Set<Set<String>> groups = new HashSet<>();
        for (StoryView story : stories) {
            groups.add(story.articles().stream().map(StoryArticle::id).collect(Collectors.toSet()));
        }
        return groups;
    }

    private static StoryView storyAbout(String word) {
        return stored.stream().filter(s -> s.title().toLowerCase().contains(word)).findFirst().orElseThrow();
    }

    @Test
    void theStoreGroupsTheExamplesAsAnalyzeDoes() {
        assertThat(stored).hasSizeGreaterThanOrEqualTo(3);
        assertThat(partition(stored)).isEqualTo(partition(analyzed));
    }

    @Test
    void theRailStoryHasFiveOutletsAndItsNearDuplicateLinked() {
        StoryView rail = stored.stream().max((a, b) -> a.outlets().size() - b.outlets().size()).orElseThrow();
        assertThat(rail.outlets()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(rail.articles()).anySatisfy(a -> assertThat(a.duplicateOf()).isNotNull());
    }

    @Test
    void quillpressAndTheSolarFarmAreStoriesOfTheirOwn() {
        assertThat(storyAbout("quillpress").outlets()).isNotEmpty();
        assertThat(storyAbout("solar")).isNotSameAs(storyAbout("quillpress"));
    }
}
