package org.storyline.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Problem;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.StorylineView;
import org.storyline.core.store.StoryEditor;
import org.storyline.core.story.StoryAssembler;
import org.storyline.core.story.StorylineAssembler;

/**
 * The whole pipeline from input files to storylines, as {@code storyline analyze} runs it: read and extract
 * every article, analyse each on all cores ({@link ArticleAnalyzer}), group the analyses into events and
 * storylines with near-duplicates linked to their originals ({@link StoryGroups}), and assemble each event's
 * cross-source view and each storyline's view over its events. A document or article that fails at any stage,
 * or a view that cannot be assembled, becomes a {@link Problem} and the run goes on. Holds every analysis of the run in memory: it is the batch command for a folder, not the
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
     * @param storylines the storylines, each with its events' full views in time order; the biggest first
     * @param notes      what the analysis skipped or cut, by article ("written in 'de'...")
     * @param problems   analysis stages that failed on an article (its other results are kept), and views that
     *                   could not be assembled
     */
    public record Result(RunReport extraction, int analysed, List<Storyline> storylines, List<Problem> notes,
                         List<Problem> problems) {

        public Result {
            storylines = List.copyOf(storylines);
            notes = List.copyOf(notes);
            problems = List.copyOf(problems);
        }

        /** Every event of every storyline, storyline by storyline. */
        public List<StoryView> stories() {
            return storylines.stream().flatMap(s -> s.events().stream()).toList();
        }

        public boolean allSucceeded() {
            return extraction.allSucceeded() && problems.isEmpty();
        }
    }

    private final Pipeline pipeline;
    private final ArticleAnalyzer analyzer;
    private final StoryGroups grouping;
    private final StoryEditor assembler;
    private final StorylineAssembler lines = new StorylineAssembler();

    public StoryRun() {
        this(Pipeline.standard(), new ArticleAnalyzer(), new StoryGroups(), new StoryAssembler()::assemble);
    }

    public StoryRun(Pipeline pipeline, ArticleAnalyzer analyzer, StoryGroups grouping, StoryEditor assembler) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.grouping = Objects.requireNonNull(grouping, "grouping");
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
        var groups = grouping.group(analyses);
        var events = new LinkedHashMap<String, List<StoryView>>();
        listener.progress("assemble", 0, groups.size());
        int done = 0;
        for (var group : groups) {
            try {
                var view = assembler.assemble(group.id(), group.articles(), group.duplicateOf());
                events.computeIfAbsent(group.storyline(), k -> new ArrayList<>()).add(view);
            } catch (RuntimeException e) {
                notAssembled(group.articles().get(0), "event " + group.id(), e, problems, listener);
            }
            listener.progress("assemble", ++done, groups.size());
        }
        var storylines = new ArrayList<Storyline>();
        events.forEach((id, views) -> {
            try {
                storylines.add(Storyline.of(lines.assemble(id, views), views));
            } catch (RuntimeException e) {
                notAssembled(null, "storyline " + id, e, problems, listener);
            }
        });
        storylines.sort(Comparator.comparingInt((Storyline s) -> -s.view().outlets().size())
                .thenComparingInt(s -> -s.view().articles())
                .thenComparing(s -> s.view().id()));
        return new Result(report, analyses.size(), storylines, notes, problems);
    }

    /** A view that could not be assembled is a problem: the run goes on with every other one. */
    private static void notAssembled(ArticleAnalysis first, String what, RuntimeException e, List<Problem> problems,
                                     Listener listener) {
        var source = first == null ? what : first.article().source();
        var problem = new Problem(source, first == null ? null : what, "could not be assembled: " + e);
        problems.add(problem);
        listener.problem(problem);
    }

    /**
     * A storyline with the full views of its events, in the storyline's order: what {@code analyze} shows
     * and writes as JSON (storylines, then events, then articles).
     */
    public record Storyline(StorylineView view, List<StoryView> events) {

        public Storyline {
            events = List.copyOf(events);
        }

        static Storyline of(StorylineView view, List<StoryView> events) {
            var byId = new LinkedHashMap<String, StoryView>();
            events.forEach(e -> byId.put(e.id(), e));
            return new Storyline(view, view.events().stream().map(e -> byId.get(e.id())).toList());
        }
    }
}
