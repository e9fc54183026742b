package org.storyline.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.storyline.core.model.Report;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.SummarySentence;
import org.storyline.core.nlp.CalendarWords;

/**
 * A story's extractive summary: about {@link StorySettings#summaryWords()} words whose sentences cover the
 * most of what the story's articles and outlets report ({@link SummaryConcepts}, {@link ConceptCover}), in
 * an order that reads ({@link SummaryOrder}), each citing the articles that carry it
 * ({@link SentenceSources}). Only sentences that read on their own are candidates: of some length, whole,
 * not opening on a reference to what came before ("But he said..."), and not only recalling what happened
 * before the story ({@link Background}); each is printed without what only reads against its article's
 * dateline ({@link SentenceTrim}).
 */
final class SummaryWriter {

    private static final List<String> BACK_REFERENCES = WordList.load("back-reference-openers.txt").stream()
            .sorted().toList();

    private static final Pattern PRONOUN_AFTER_OPENING =
            Pattern.compile("^[^,;]{3,160}?,(?:[^,;]{1,160},)?\\s+(he|she|they)\\s+\\p{Ll}");
    /** A capitalised word that could name the pronoun's person; a day or month names no one. */
    private static final Pattern CAPITALISED = Pattern.compile("\\b(?!"
            + CalendarWords.capitalizedAlternation(CalendarWords.weekdayNames()) + "\\b|"
            + CalendarWords.capitalizedAlternation(CalendarWords.monthNames()) + "\\b)\\p{Lu}\\p{Ll}");

    private final TermWeights weights;
    private final StorySettings settings;

    SummaryWriter(TermWeights weights, StorySettings settings) {
        this.weights = weights;
        this.settings = settings;
    }

    /**
     * Whether a sentence reads on its own: it starts as a sentence does and opens every quotation it
     * closes (a piece of a quote cut by the sentence splitter does not).
     */
    static boolean whole(String text) {
        if (text.isEmpty() || !(Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0))
                || text.charAt(0) == '\u201c' || text.charAt(0) == '"')) {
            return false;
        }
        return OpenQuotation.balanced(text);
    }

    /**
     * Whether a sentence opens on a word that refers back to the sentence before it, or has a pronoun for its
     * subject after an opening phrase that names no one ("In court on Monday, he was seen …").
     */
    static boolean leansBack(String text) {
        var pronoun = PRONOUN_AFTER_OPENING.matcher(text);
        if (pronoun.find() && !CAPITALISED.matcher(text.substring(1, pronoun.start(1))).find()) {
            return true;
        }
        var lower = text.toLowerCase(Locale.ROOT);
        for (var opener : BACK_REFERENCES) {
            if (lower.startsWith(opener) && (lower.length() == opener.length()
                    || !Character.isLetterOrDigit(lower.charAt(opener.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param candidates passages of the articles the summary may quote from
     * @param reportOf   the report of each passage's aligned group, by passage index
     */
    List<SummarySentence> write(List<Passage> candidates, Map<Integer, Report> reportOf) {
        var pool = new ArrayList<Passage>();
        var firstDay = Background.firstDay(candidates);
        for (var p : candidates) {
            if (p.words() >= settings.minSummaryWords() && p.words() <= settings.maxSummaryWords()
                    && whole(p.text()) && !leansBack(p.text()) && !Background.recalls(p, firstDay)) {
                pool.add(p.trimmed());
            }
        }
        var concepts = SummaryConcepts.of(candidates, settings.summaryConceptShare(), settings.summaryLeadBoost());
        var chosen = new ConceptCover(concepts, weights)
                .choose(pool, reportOf, settings.summaryWords(), StoryView.MAX_SUMMARY_SENTENCES);
        if (chosen.isEmpty() && !pool.isEmpty()) {
            chosen = List.of(pool.get(0));
        }
        return SummaryOrder.ordered(chosen).stream().map(p -> SentenceSources.cited(p, reportOf)).toList();
    }
}
