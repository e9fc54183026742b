package org.storyline.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.ChangeDirection;
import org.storyline.core.model.Claim;
import org.storyline.core.model.Entity;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;

/**
 * Finds the numeric facts an article reports, as {@link Claim}s in text order.
 *
 * <p>A claim is a quantity with something it counts or measures: a currency or percent unit, or a
 * counted noun that a verb reports ("delivered about 300,000 of its promised 1 million artillery shells",
 * where the second number is the whole the first is part of). Dates, times, durations, ordinals, ages, phone numbers, codes and labels are not claims, and neither
 * is a bare number with nothing to count ("the two met"). The claim's span covers the quantity as
 * written, hedges and vague words included ("about 300,000", "several billion dollars"), so its words
 * can always be shown beside its value.
 *
 * <p>Instances are immutable and thread-safe; the word lists are loaded once per process.
 */
public final class ClaimFinder {

    private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(-[0-9A-Z]+)*");

    private static final Set<String> PART_OF = Set.of("of", "out");

    private final ClaimLexicon lexicon;
    private final QuantityReader reader;
    private final ChangeCue changeCue;

    public ClaimFinder() {
        this.lexicon = ClaimLexicon.INSTANCE;
        this.reader = new QuantityReader(lexicon);
        this.changeCue = new ChangeCue(lexicon);
    }

    /** The claims of an annotated article; {@code entities} (possibly empty) name their subjects. */
    public List<Claim> find(AnnotatedArticle article, List<Entity> entities) {
        List<Claim> claims = new ArrayList<>();
        List<Mention> mentions = article.mentions();
        int m = 0;
        for (Sentence sentence : article.sentences()) {
            if (sentence.tokens().isEmpty()) {
                continue;
            }
            while (m < mentions.size() && mentions.get(m).span().end() <= sentence.span().begin()) {
                m++;
            }
            List<Mention> inSentence = new ArrayList<>();
            for (int k = m; k < mentions.size() && mentions.get(k).span().begin() < sentence.span().end(); k++) {
                inSentence.add(mentions.get(k));
            }
            find(new ClaimSentence(article.text(), sentence, inSentence), entities, claims);
        }
        return claims;
    }

    private void find(ClaimSentence s, List<Entity> entities, List<Claim> claims) {
        List<Quantity> quantities = reader.read(s);
        for (int k = 0; k < quantities.size(); k++) {
            Quantity q = quantities.get(k);
            if (NotAQuantity.excludes(s, q)) {
                continue;
            }
            Quantity whole = k + 1 < quantities.size() ? wholeOf(s, q, quantities.get(k + 1)) : null;
            String unit = q.unit() != null ? q.unit() : whole != null ? whole.unit() : null;
            int after = whole != null ? whole.end() : q.end();
            MeasuredThing thing = MeasuredThing.of(s, q.first(), after);
            if (unit == null) {
                // the counted noun must follow the number: in "voted 31 to 9 on Thursday" nothing is counted
                if (!thing.reported() || thing.nounFrom() != after) {
                    continue; // a count no verb reports: "an invasion on three sides"
                }
                unit = thing.noun();
                if (unit != null && lexicon.timeUnits.contains(unit.toLowerCase(Locale.ROOT))) {
                    continue; // a duration the nlp stage did not mark: "15-plus years"
                }
            }
            if (unit == null || isWordOne(s, q, whole)) {
                continue; // nothing counted: "the two met", "one of them"
            }
            ChangeDirection change = changeCue.of(s, q, thing);
            ClaimSubject subject = ClaimSubject.of(s, q.first(), entities);
            claims.add(new Claim(
                    subject == null ? null : subject.name(),
                    subject == null ? null : subject.entityId(),
                    thing.what(),
                    q.value(),
                    unit,
                    q.approximate(),
                    whole == null ? null : whole.value(),
                    change,
                    time(s, q),
                    s.span(q.first(), q.end()),
                    s.sentence.index()));
            if (whole != null) {
                k++; // the whole is part of this claim, not one of its own
            }
        }
    }

    /** The next quantity when it is the whole this one is part of: "300,000 of its promised 1 million". */
    private static Quantity wholeOf(ClaimSentence s, Quantity part, Quantity next) {
        int i = part.end();
        if (!PART_OF.contains(s.word(i))) {
            return null;
        }
        i += s.word(i).equals("out") && s.word(i + 1).equals("of") ? 2 : 1;
        while (i < next.first() && (s.tag(i).equals("DT") || s.tag(i).equals("PRP$") || s.tag(i).startsWith("JJ")
                || s.tag(i).equals("VBN") || s.tag(i).equals("VBD") || s.tag(i).equals("POS"))) {
            i++;
        }
        boolean sameUnit = part.unit() == null || next.unit() == null || part.unit().equals(next.unit());
        return i == next.first() && next.value() >= part.value() && sameUnit ? next : null;
    }

    private static boolean isWordOne(ClaimSentence s, Quantity q, Quantity whole) {
        return q.value() == 1 && q.unit() == null && whole == null && s.word(q.number()).equals("one");
    }

    /** A year, month, day, season or week ("2023-11-27", "2023-WI"), not a vague "PAST_REF". */
    private static boolean isCalendarDate(String normalized) {
        return normalized != null && CALENDAR_DATE.matcher(normalized).matches();
    }

    /** The normalized date nearest the quantity in its sentence, or {@code null}. */
    private static String time(ClaimSentence s, Quantity q) {
        Span at = s.span(q.first(), q.end());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : s.mentions) {
            if (m.type() == MentionType.DATE && isCalendarDate(m.normalized()) && !m.span().overlaps(at)) {
                int distance = Math.min(Math.abs(m.span().begin() - at.end()), Math.abs(at.begin() - m.span().end()));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = m.normalized();
                }
            }
        }
        return best;
    }
}
