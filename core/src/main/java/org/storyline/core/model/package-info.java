/**
 * The immutable records that flow between pipeline stages, named in journalism's own words.
 *
 * <p>Every arrow of the pipeline is one of these: {@link org.storyline.core.model.RawDocument} from
 * {@code ingest}, {@link org.storyline.core.model.Article} from {@code extract},
 * {@link org.storyline.core.model.AnnotatedArticle} from {@code nlp}, and
 * {@link org.storyline.core.model.ArticleAnalysis} from the analysis stages. Optional values are
 * {@code null} when the input does not say them; lists are never {@code null}. Character offsets
 * ({@link org.storyline.core.model.Span}) always point into {@link org.storyline.core.model.Article#text()}.
 */
package org.storyline.core.model;
