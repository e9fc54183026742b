package org.storyline.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.storyline.core.claims.ClaimFinder;
import org.storyline.core.entities.EntityResolver;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Claim;
import org.storyline.core.model.Entity;
import org.storyline.core.model.Problem;
import org.storyline.core.model.Quote;
import org.storyline.core.nlp.Annotator;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.quotes.QuoteFinder;

/**
 * The per-article analysis: annotate, then entities, quotes and claims, composed in this one place.
 *
 * <p>Whatever the article, the result is an {@link AnalysisOutcome}, never an exception: an article
 * with no text or no sentences gives an empty analysis with a note; one in a language the English
 * models cannot read is flagged and not analyzed; a giant one is cut to {@link AnalysisSettings#maxWords}
 * with a note; and a stage that fails on odd text is reported as a note while the other stages' results
 * are kept, so one bad article never stops a run.
 *
 * <p>Thread-safe. {@link #start} and {@link #analyzeAll} run a bounded pool of worker threads; the annotator is shared by
 * them, since CoreNLP's annotators keep no per-document state (and CoreNLP itself pools one instance of
 * each annotator per configuration, so a pipeline per thread would share the same models anyway).
 */
public final class ArticleAnalyzer {

    private static final Set<String> READABLE = Set.of("en", "und");

    private final Annotator annotator;
    private final EntityResolver entities;
    private final QuoteFinder quotes;
    private final ClaimFinder claims;
    private final AnalysisSettings settings;

    public ArticleAnalyzer(Annotator annotator, AnalysisSettings settings) {
        this.annotator = annotator;
        this.entities = new EntityResolver();
        this.quotes = new QuoteFinder();
        this.claims = new ClaimFinder();
        this.settings = settings;
    }

    /** The standard analyzer: CoreNLP with its measured defaults, one worker per core. */
    public ArticleAnalyzer() {
        this(new CoreNlpAnnotator(), AnalysisSettings.defaults());
    }

    public AnalysisSettings settings() {
        return settings;
    }

    public AnalysisOutcome analyze(Article article) {
        List<Problem> notes = new ArrayList<>();
        List<Problem> failures = new ArrayList<>();
        String language = ArticleLanguage.of(article);
        if (!READABLE.contains(language)) {
            notes.add(note(article, "language", "written in '" + language
                    + "', which the English models cannot read: entities, quotes and claims not analyzed"));
            return empty(article, notes, failures);
        }
        if (article.text().isBlank()) {
            notes.add(note(article, "text", "no text to analyze"));
            return empty(article, notes, failures);
        }
        int words = WordLimit.words(article.text());
        Article analyzed = words > settings.maxWords() ? WordLimit.cut(article, settings.maxWords()) : article;
        if (analyzed != article) {
            notes.add(note(article, "length", "cut to its first " + settings.maxWords() + " of " + words
                    + " words for analysis"));
        }
        AnnotatedArticle annotated = run("nlp", analyzed, failures, () -> annotator.annotate(analyzed), null);
        if (annotated == null) {
            return empty(analyzed, notes, failures);
        }
        if (annotated.sentences().isEmpty()) {
            notes.add(note(article, "nlp", "no sentences found"));
            return new AnalysisOutcome(new ArticleAnalysis(annotated, List.of(), List.of(), List.of()), notes, failures);
        }
        List<Entity> found = run("entities", analyzed, failures, () -> entities.resolve(annotated), List.of());
        List<Quote> said = run("quotes", analyzed, failures, () -> quotes.find(annotated, found), List.of());
        List<Claim> numbers = run("claims", analyzed, failures, () -> claims.find(annotated, found), List.of());
        return new AnalysisOutcome(new ArticleAnalysis(annotated, found, said, numbers), notes, failures);
    }

    /**
     * Starts analyzing many articles on {@link AnalysisSettings#threads} workers; outcomes go to
     * {@code sink} in submission order. Close the run to wait for the last ones.
     */
    public AnalysisRun start(Consumer<AnalysisOutcome> sink) {
        return new AnalysisRun(this, settings.threads(), sink);
    }

    /** Analyzes every article, in parallel, handing each outcome to {@code sink} in input order. */
    public void analyzeAll(Iterable<Article> articles, Consumer<AnalysisOutcome> sink) {
        try (AnalysisRun run = start(sink)) {
            for (Article article : articles) {
                run.submit(article);
            }
        }
    }

    private static <T> T run(String stage, Article article, List<Problem> failures, Supplier<T> work, T fallback) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(note(article, stage, "stage failed on this article (" + e + "); its results are left out"));
            return fallback;
        }
    }

    private static AnalysisOutcome empty(Article article, List<Problem> notes, List<Problem> failures) {
        AnnotatedArticle nothing = new AnnotatedArticle(article, article.text(), List.of(), List.of());
        return new AnalysisOutcome(new ArticleAnalysis(nothing, List.of(), List.of(), List.of()), notes, failures);
    }

    private static Problem note(Article article, String where, String reason) {
        return new Problem(article.source(), where, reason);
    }
}
