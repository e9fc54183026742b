package org.storyline.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.core.claims.ClaimFinder;
import org.storyline.core.entities.EntityResolver;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Problem;
import org.storyline.core.model.StoryView;
import org.storyline.core.nlp.Annotator;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.quotes.QuoteFinder;
import org.storyline.core.story.StoryAssembler;

/**
 * The whole pipeline from input files to stories, as {@code storyline analyze} runs it: read and extract
 * every article, analyse each (annotation, entities, quotes, claims), group the analyses into stories and
 * assemble each story's cross-source view. A document or article that fails at any stage becomes a
 * {@link Problem} and the run goes on.
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
     * @param problems   articles that failed after extraction
     */
    public record Result(RunReport extraction, int analysed, List<StoryView> stories, List<Problem> problems) {

        public Result {
            stories = List.copyOf(stories);
            problems = List.copyOf(problems);
        }

        public boolean allSucceeded() {
            return extraction.allSucceeded() && problems.isEmpty();
        }
    }

    private final Pipeline pipeline;
    private final Annotator annotator;
    private final EntityResolver entities = new EntityResolver();
    private final QuoteFinder quotes = new QuoteFinder();
    private final ClaimFinder claims = new ClaimFinder();
    private final StoryAssembler assembler;

    public StoryRun() {
        this(Pipeline.standard(), new CoreNlpAnnotator(), new StoryAssembler());
    }

    public StoryRun(Pipeline pipeline, Annotator annotator, StoryAssembler assembler) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
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
        var analyses = new ArrayList<ArticleAnalysis>();
        listener.progress("analyse", 0, articles.size());
        for (var article : articles) {
            try {
                analyses.add(analyse(article));
            } catch (RuntimeException e) {
                var problem = new Problem(article.source(), null, "analysis failed: " + e);
                problems.add(problem);
                listener.problem(problem);
            }
            listener.progress("analyse", analyses.size() + problems.size(), articles.size());
        }
        var stories = new ArrayList<StoryView>();
        var groups = StoryGroups.of(analyses);
        listener.progress("assemble", 0, groups.size());
        for (var group : groups) {
            stories.add(assembler.assemble(group.id(), group.articles(), group.duplicateOf()));
            listener.progress("assemble", stories.size(), groups.size());
        }
        stories.sort(Comparator.comparingInt((StoryView s) -> -s.outlets().size())
                .thenComparingInt(s -> -s.articles().size()));
        return new Result(report, analyses.size(), stories, problems);
    }

    private ArticleAnalysis analyse(Article article) {
        var annotated = annotator.annotate(article);
        var found = entities.resolve(annotated);
        return new ArticleAnalysis(annotated, found, quotes.find(annotated, found), claims.find(annotated, found));
    }

    /** A story as the cluster stage delivers it: its id, its articles, and which copy which. */
    record StoryGroup(String id, List<ArticleAnalysis> articles, Map<String, String> duplicateOf) {
    }
}
