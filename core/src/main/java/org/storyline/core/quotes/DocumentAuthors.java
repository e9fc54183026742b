package org.storyline.core.quotes;

import org.storyline.core.model.Quote;
import org.storyline.core.model.Speaker;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A document speaks for its author when the article names the author: "The report found that …" after
 * "the agency said in a report", "the agency's report" or "a report by the agency" is the agency's. The
 * author is looked for only where the article last names that kind of document before the quote; a
 * document whose author the text does not give ("A statement on the website said …") keeps speaking.
 * The speaker's mention stays where the document is named at the attribution.
 */
final class DocumentAuthors {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Set<String> BETWEEN = Set.of("IN", "DT", "PRP$", "JJ", "CD", "NN", "NNP");

    private final Attribution a;
    private final List<List<Frame>> frames;

    DocumentAuthors(Attribution attribution, List<List<Frame>> frames) {
        this.a = attribution;
        this.frames = frames;
    }

    /** The quote credited to the document's author, or the quote as it was. */
    Quote credit(Quote q) {
        Speaker s = q.speaker();
        if (s == null || s.entityId() != null || s.mention() == null) {
            return q;
        }
        int[] phrase = a.index.within(s.mention());
        if (phrase[0] > phrase[1] || !DEFINITE.contains(lower(phrase[0])) || !SpeakerNouns.isDocument(a.index.get(phrase[1]))) {
            return q;
        }
        Speaker author = author(phrase[0], lemma(phrase[1]));
        return author == null ? q : new Quote(q.kind(), q.text(), q.span(),
                new Speaker(author.entityId(), author.name(), s.mention(), author.kind()), q.cue(), q.sentence());
    }

    /** The author named where the article last names a document of this kind before token {@code before}. */
    private Speaker author(int before, String document) {
        for (int k = before - 1; k >= 0; k--) {
            if (!a.index.get(k).pos().startsWith("NN") || !lemma(k).equals(document)) {
                continue;
            }
            Speaker owner = owner(k);
            if (owner == null) {
                owner = by(k);
            }
            return owner != null ? owner : frameBefore(k);
        }
        return null;
    }

    /** "the agency's (annual) report": the possessive's owner. */
    private Speaker owner(int document) {
        int k = document - 1;
        while (k > 0 && (a.index.get(k).pos().equals("JJ") || a.index.get(k).pos().equals("CD"))) {
            k--;
        }
        return k > 0 && a.index.get(k).pos().equals("POS") ? named(k - 1) : null;
    }

    /** "a report by the agency", "a statement from Acme". */
    private Speaker by(int document) {
        int k = document + 1;
        if (k >= a.index.size() || !lower(k).equals("by") && !lower(k).equals("from")) {
            return null;
        }
        k++;
        if (k < a.index.size() && a.index.get(k).pos().equals("DT")) {
            k++;
        }
        return k < a.index.size() ? named(k) : null;
    }

    /** "the agency said in a report": the speaker of a frame whose cue the document's phrase follows. */
    private Speaker frameBefore(int document) {
        List<Frame> inSentence = frames.get(a.index.sentence(document));
        for (int f = inSentence.size() - 1; f >= 0; f--) {
            Frame frame = inSentence.get(f);
            if (frame.last() >= document || frame.inverted() || !a.index.get(frame.cueLast()).pos().startsWith("VB")) {
                continue;
            }
            for (int i = frame.last() + 1; i < document; i++) {
                if (a.quoted[i] || !BETWEEN.contains(a.index.get(i).pos())) {
                    return null;
                }
            }
            Speaker s = a.speaker(frame);
            return s.entityId() != null ? s : null;
        }
        return null;
    }

    /** The person or organisation mentioned at token {@code i}, or {@code null}. */
    private Speaker named(int i) {
        if (!a.index.get(i).pos().startsWith("NNP")) {
            return null;
        }
        Speaker s = a.speaker(i, i);
        return s.entityId() != null && !a.isPlace(s) ? s : null;
    }

    private String lower(int i) {
        return a.index.get(i).text().toLowerCase(Locale.ROOT);
    }

    private String lemma(int i) {
        return SpeakerNouns.lemma(a.index.get(i));
    }
}
