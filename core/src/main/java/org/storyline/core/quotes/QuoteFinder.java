package org.storyline.core.quotes;

import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Entity;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.nlp.Quotation;
import org.storyline.core.nlp.QuotationMarks;
import org.storyline.core.nlp.TokenIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code quotes} stage: who said what in one article. Quotations (found by their marks) are attributed
 * to the frame beside them ("“…,” he said", "X said: “…”"); a quotation with no frame of its own continues
 * the previous speaker when it follows their quote in the same or the next paragraph, as newswire writes a
 * second quoted sentence or paragraph. Frames that attribute no quotation give indirect speech ("…, he said.",
 * "X said (that) …", "according to X, …"). Speakers resolve to the article's entities, pronouns included.
 * Thread-safe and stateless.
 */
public final class QuoteFinder {

    public List<Quote> find(AnnotatedArticle annotated, List<Entity> entities) {
        TokenIndex index = new TokenIndex(annotated);
        if (index.size() == 0) {
            return List.of();
        }
        String text = annotated.text();
        List<Quotation> quotations = DoubledApostrophes.filter(text, QuotationMarks.find(text));
        boolean[] quoted = new boolean[index.size()];
        boolean[] titled = new boolean[index.size()];
        for (Quotation q : quotations) {
            int[] r = index.within(q.outer());
            boolean title = q.closed() && TitleCase.is(q.inner().of(text));
            for (int i = Math.max(0, r[0]); i <= r[1]; i++) {
                quoted[i] = true;
                titled[i] = title;
            }
        }
        Attribution context = new Attribution(annotated, index, quoted, titled, new SpeakerResolver(entities, text, index));
        FrameFinder finder = new FrameFinder(index, quoted);
        List<List<Frame>> frames = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            frames.add(finder.in(s, context.bodyToken(s.index()), context.lastToken(s.index())));
        }
        Set<Frame> used = new HashSet<>();
        DirectQuotes direct = new DirectQuotes(context, frames, finder);
        List<Quote> out = new ArrayList<>(direct.attribute(quotations, used));
        for (List<Frame> inSentence : frames) {
            for (Frame f : inSentence) {
                if (!used.contains(f) && !direct.insideReport(f)) {
                    Span content = context.indirectContent(f, inSentence);
                    if (content != null) {
                        out.add(new Quote(QuoteKind.INDIRECT, content.of(text), content, context.speaker(f),
                                context.cue(f), f.sentence()));
                    }
                }
            }
        }
        DocumentAuthors authors = new DocumentAuthors(context, frames);
        out.replaceAll(authors::credit);
        out.sort(Comparator.comparingInt(q -> q.span().begin()));
        return out;
    }
}
