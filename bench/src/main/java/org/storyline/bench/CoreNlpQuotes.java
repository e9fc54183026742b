package org.storyline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.storyline.core.model.Article;
import org.storyline.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own quote attribution, as the baseline Storyline must beat: its documented pipeline for it
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with {@code quote.attributeQuotes=true}),
 * otherwise CoreNLP's defaults. Only quotations it attributes to a speaker count as its predictions.
 */
final class CoreNlpQuotes {

    private final StanfordCoreNLP pipeline;

    CoreNlpQuotes() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("quote.attributeQuotes", "true");
        pipeline = new StanfordCoreNLP(p);
    }

    List<PredictedQuote> find(Article article) {
        Annotation doc = new Annotation(article.text());
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().date().toString());
        }
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<PredictedQuote> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            Span mention = mb == null || me == null || tokens == null ? null
                    : new Span(tokens.get(mb).beginPosition(), tokens.get(me).endPosition());
            String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null) {
                speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            }
            if (mention != null || speaker != null) {
                // Unattributed quotations (scare quotes, titles) are no claim about who said what.
                out.add(new PredictedQuote(new Span(begin, end), mention, speaker, true));
            }
        }
        return out;
    }
}
