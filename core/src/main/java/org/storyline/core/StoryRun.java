package org.storyline.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Problem;
import org.storyline.core.model.StoryView;
import org.storyline.core.story.StoryAssembler;

/**
 * The whole pipeline from input files to stories, as {@code storyline analyze} runs it: read and extract
 * every article, analyse each on all cores ({@link ArticleAnalyzer}), group the analyses into stories
 * with near-duplicates linked to their originals ({@link StoryGroups}), and assemble each story's
 * cross-source view. A document or article that fails at any stage becomes a {@link Problem} and the
 * run goes on. Holds every analysis of the run in memory: it is the batch command for a folder, not the
 * store's streaming ingest.
 */
public final class StoryRun {

    /** Hears a run's progress, phase by phase, on the thread that runs it. */
    public interface Listener {

        /** {@code phase} is "read", "analyse" or "assemble"; called with {@code done == 0} first. */
        default void progress(String phase, int done, int total) {
        }

        default void problem(Problem problem) {
        }
    }

    /**
     * @param extraction what reading and extraction did, with their problems
     * @param analysed   articles analysed
     * @param stories    the stories, most outlets first
     * @param notes      what the analysis skipped or cut, by article ("written in 'de'...")
     * @param problems   analysis stages that failed on an article (its other results are kept)
     */
    public record Result(RunReport extraction, int analysed, List<StoryView> stories, List<Problem> notes,
                         List<Problem> problems) {

        public Result {
            stories = List.copyOf(stories);
            notes = List.copyOf(notes);
            problems = List.copyOf(problems);
        }

        public boolean allSucceeded() {
            return extraction.allSucceeded() && problems.isEmpty();
        }
    }

    private final Pipeline pipeline;
    private final ArticleAnalyzer analyzer;
    private final StoryAssembler assembler;

    public StoryRun() {
        this(Pipeline.standard(), new ArticleAnalyzer(), new StoryAssembler());
    }

    public StoryRun(Pipeline pipeline, ArticleAnalyzer analyzer, StoryAssembler assembler) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.assembler = Objects.requireNonNull(assembler, "assembler");
    }

    public Result run(List<Path> inputs, Listener listener) {
        var articles = new ArrayList<Article>();
        var report = pipeline.extract(inputs, new RunListener() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void problem(Problem problem) {
                listener.problem(problem);
            }

            @Override
            public void progress(int done, int total) {
                listener.progress("read", done, total);
            }
        });
        var problems = new ArrayList<Problem>();
        var notes = new ArrayList<Problem>();
        var analyses = new ArrayList<ArticleAnalysis>();
        listener.progress("analyse", 0, articles.size());
        analyzer.analyzeAll(articles, outcome -> {
            analyses.add(outcome.analysis());
            notes.addAll(outcome.notes());
            problems.addAll(outcome.failures());
            outcome.failures().forEach(listener::problem);
            listener.progress("analyse", analyses.size(), articles.size());
        });
        var groups = new StoryGroups().group(analyses);
        var stories = new ArrayList<StoryView>();
        listener.progress("assemble", 0, groups.size());
        for (var group : groups) {
            stories.add(assembler.assemble(group.id(), group.articles(), group.duplicateOf()));
            listener.progress("assemble", stories.size(), groups.size());
        }
        stories.sort(Comparator.comparingInt((StoryView s) -> -s.outlets().size())
                .thenComparingInt(s -> -s.articles().size()));
        return new Result(report, analyses.size(), stories, notes, problems);
    }

    /** A story as the cluster stage delivers it: its id, its articles, and which copy which. */
    record StoryGroup(String id, List<ArticleAnalysis> articles, Map<String, String> duplicateOf) {
    }
}
