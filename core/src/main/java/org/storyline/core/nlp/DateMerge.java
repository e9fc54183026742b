package org.storyline.core.nlp;

import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts {@link DateMentions}' dates in place of CoreNLP's: its numeric classifier marks some dates and the
 * numbers inside them ("28" in "Nov. 28"), which would otherwise come twice or as counts. A name wins over a
 * date ("Theresa May"), and token tags follow the mentions kept: dates, and the numbers of
 * {@link NumberMentions}.
 */
final class DateMerge {

    private DateMerge() {
    }

    /** CoreNLP's mentions with its DATEs and the numbers inside a date replaced by {@code dates}, in text order. */
    static List<Mention> mentions(List<Mention> coreNlp, List<Mention> dates) {
        List<Mention> names = coreNlp.stream().filter(m -> m.type().isNamed()).toList();
        List<Mention> keptDates = dates.stream().filter(d -> !overlapsAny(d, names)).toList();
        List<Mention> out = new ArrayList<>(coreNlp.size() + keptDates.size());
        for (Mention m : coreNlp) {
            if (m.type() != MentionType.DATE && (m.type().isNamed() || !overlapsAny(m, keptDates))) {
                out.add(m);
            }
        }
        out.addAll(keptDates);
        out.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        return out;
    }

    /**
     * The sentences with tokens inside a date or number mention tagged with its type, and CoreNLP's other
     * date and number tags cleared.
     */
    static List<Sentence> sentences(List<Sentence> sentences, List<Mention> mentions) {
        List<Mention> marked = mentions.stream().filter(m -> !m.type().isNamed()).toList();
        List<Sentence> out = new ArrayList<>(sentences.size());
        int from = 0;
        for (Sentence s : sentences) {
            while (from < marked.size() && marked.get(from).span().end() <= s.span().begin()) {
                from++;
            }
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            boolean changed = false;
            for (Token t : s.tokens()) {
                Mention in = inside(t, marked, from);
                String ner = in != null ? in.type().name() : isNumeric(t.ner()) ? "O" : t.ner();
                changed |= !ner.equals(t.ner());
                tokens.add(ner.equals(t.ner()) ? t : new Token(t.text(), t.span(), t.pos(), t.lemma(), ner));
            }
            out.add(changed ? new Sentence(s.index(), s.paragraph(), s.span(), tokens) : s);
        }
        return out;
    }

    private static Mention inside(Token t, List<Mention> marked, int from) {
        for (int i = from; i < marked.size() && marked.get(i).span().begin() < t.span().end(); i++) {
            if (marked.get(i).span().overlaps(t.span())) {
                return marked.get(i);
            }
        }
        return null;
    }

    private static boolean isNumeric(String ner) {
        MentionType type = MentionValues.type(ner);
        return type != null && !type.isNamed();
    }

    private static boolean overlapsAny(Mention m, List<Mention> others) {
        for (Mention o : others) {
            if (o.span().overlaps(m.span())) {
                return true;
            }
        }
        return false;
    }
}
