package org.storyline.core.quotes;

import org.storyline.core.extract.DatelineReader;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Speaker;
import org.storyline.core.model.Token;
import org.storyline.core.nlp.CalendarWords;
import org.storyline.core.nlp.TokenIndex;
import org.storyline.core.nlp.WordList;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The per-article state quote finding shares: tokens, which of them are quoted, sentence bounds, and the
 * speaker resolver; plus the rules that read a frame's speaker, cue and indirect content.
 */
final class Attribution {

    private static final int MIN_CONTENT_WORDS = 3;
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "during", "from", "after",
            "before", "to", "through", "via", "over");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> REPORTED_CONDITIONS = Set.of("if", "unless", "that", "whether");
    /** Words that open an indirect question ("… how the committee would vote"). */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "how", "what", "who", "whom",
            "whose", "when", "where", "why", "which");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> TIME_DIRECTIONS = Set.of("earlier", "later", "ago", "before");
    /** Dashes that may stand between a cue and what was said: AP's "_", and the spaced dashes. */
    private static final Set<String> DASHES = Set.of("_", "--", "-", "\u2013", "\u2014");
    /** Cues whose object is the listener, named before what was said ("told reporters …"). */
    private static final Set<String> LISTENER_CUES =
            WordList.lowerCaseSet(Attribution.class, "verbs-taking-object.txt");
    /** Tags a clause's subject may open on. */
    private static final Set<String> CLAUSE_OPENINGS = Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD",
            "JJ", "EX");
    /** Cues that only carry a quotation on ("…,” he continued); "would continue to invest" reports nothing. */
    private static final Set<String> QUOTATION_ONLY_CUES = Set.of("continue");

    final AnnotatedArticle annotated;
    final TokenIndex index;
    final boolean[] quoted;
    private final boolean[] titled;
    private final SpeakerResolver speakers;
    private final SecondPredicate secondPredicate;
    private final int[] firstToken;
    private final int[] lastToken;
    private final int[] bodyToken;

    /**
     * @param quoted whether each token is inside a quotation
     * @param titled whether each token is inside a quotation that names a show, book or slogan ({@link
     *               TitleCase}): reported speech may hold one ("said the “City Museum” had asked")
     */
    Attribution(AnnotatedArticle annotated, TokenIndex index, boolean[] quoted, boolean[] titled, SpeakerResolver speakers) {
        this.annotated = annotated;
        this.index = index;
        this.quoted = quoted;
        this.titled = titled;
        this.speakers = speakers;
        this.secondPredicate = new SecondPredicate(index, quoted);
        List<Sentence> sentences = annotated.sentences();
        firstToken = new int[sentences.size()];
        lastToken = new int[sentences.size()];
        bodyToken = new int[sentences.size()];
        int at = 0;
        int paragraph = -1;
        for (Sentence s : sentences) {
            firstToken[s.index()] = at;
            at += s.tokens().size();
            lastToken[s.index()] = at - 1;
            bodyToken[s.index()] = s.paragraph() != paragraph ? afterDateline(s) : firstToken[s.index()];
            paragraph = s.paragraph();
        }
    }

    /**
     * The first token after the dateline that opens a paragraph's first sentence ("CALDERRA, March 4
     * (Meridian Wire) - Estrava will …"): the dateline says where and when the story was filed, and is no
     * part of what anyone said.
     */
    private int afterDateline(Sentence s) {
        int first = firstToken[s.index()];
        String text = annotated.text();
        int begin = s.span().begin();
        DatelineReader.Dateline dateline = DatelineReader.standard().read(text.substring(begin, Math.min(text.length(), begin + 200)));
        if (dateline == null) {
            return first;
        }
        int body = begin + dateline.length();
        for (int i = first; i <= lastToken[s.index()]; i++) {
            if (index.get(i).span().begin() >= body) {
                return i;
            }
        }
        return first;
    }

    int firstToken(int sentence) {
        return firstToken[sentence];
    }

    /** The sentence's first token after any dateline that opens its paragraph: "(UPI) —" is no speaker. */
    int bodyToken(int sentence) {
        return bodyToken[sentence];
    }

    int lastToken(int sentence) {
        return lastToken[sentence];
    }

    Speaker speaker(Frame f) {
        return speaker(f.speakerFirst(), f.speakerLast());
    }

    Speaker speaker(int firstToken, int lastToken) {
        return speakers.speaker(span(firstToken, lastToken));
    }

    boolean isPlace(Speaker s) {
        return speakers.isPlace(s);
    }

    String cue(Frame f) {
        return span(f.cueFirst(), f.cueLast()).of(annotated.text());
    }

    Span span(int firstToken, int lastToken) {
        return new Span(index.get(firstToken).span().begin(), index.get(lastToken).span().end());
    }

    boolean isWord(int token) {
        String t = index.get(token).text();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a frame reports without quotation marks, or {@code null}: the clause after the cue ("X said (that)
     * …", "according to X, …") or, when the frame closes the sentence after a comma, the clause before it
     * ("…, he said."). Content must be a clause (a verb among at least three words) and hold no quotation.
     */
    Span indirectContent(Frame f, List<Frame> inSentence) {
        if (QUOTATION_ONLY_CUES.contains(SpeakerNouns.lemma(index.get(f.cueFirst())))) {
            return null;
        }
        int s0 = bodyToken[f.sentence()];
        int s1 = lastToken[f.sentence()];
        while (s1 > s0 && !isWord(s1)) {
            s1--;
        }
        int afterFirst = afterOpenings(afterTimeAdverbial(afterOpenings(afterParticle(f), s1), s1), s1);
        int that = thatWithin(afterFirst, s1);
        if (that < 0) {
            that = afterLeadingPhrase(afterFirst, s1);
        }
        if (that >= 0) {
            afterFirst = that + 1;
        } else {
            afterFirst = afterListener(f, afterFirst, s1);
        }
        if (isHypothetical(f)) {
            return null; // "If the arbiter finds in favour of …": nothing has been said
        }
        if (afterFirst <= s1 && isNegated(f) && QUESTION_WORDS.contains(lower(afterFirst))) {
            // "she did not say how the committee would vote": the question is what was not said
            return null;
        }
        if (f.inverted() && f.cueFirst() == s0) {
            // "According to early results of polls conducted for X, content": the content follows the comma;
            // but in "According to the report Pinochet was informed …, but …" it follows the phrase, the
            // clause's verb coming before any comma
            for (int i = f.last() + 1; i < s1; i++) {
                if (isFiniteVerb(index.get(i).pos())) {
                    break;
                }
                if (index.get(i).text().equals(",")) {
                    afterFirst = i + 1;
                    break;
                }
            }
        }
        int afterLast = s1;
        for (Frame other : inSentence) {
            boolean closesClause = other.participle() || other.first() - 1 > f.last()
                    && index.get(other.first() - 1).text().equals(",");
            if (other != f && closesClause && other.first() > f.last() && other.first() - 1 < afterLast) {
                afterLast = other.first() - 1;
            }
        }
        afterLast = secondPredicate.before(afterFirst, afterLast);
        while (afterLast > afterFirst && !isWord(afterLast)) {
            afterLast--;
        }
        afterLast = withClosingParenthesis(afterFirst, afterLast);
        int beforeLast = f.first() - 1;
        boolean commaBefore = beforeLast > s0 && index.get(beforeLast).text().equals(",");
        boolean colon = index.get(f.cueFirst()).text().equals(":");
        Span after = !describesSpeaker(f, afterFirst, afterLast) && !opensOnPrepositionalTo(afterFirst, afterLast)
                && (clause(afterFirst, afterLast)
                || colon && afterLast - afterFirst >= 1 && !anyQuoted(afterFirst, afterLast))
                ? span(afterFirst, afterLast) : null;
        // "…, the minister announced on Tuesday, after Monday's fire left …": a preposition right after the
        // cue opens an adjunct, and "…, the company said, and 60% of trains ran" a clause of the narrator's
        // own; either way what was said is the clause before the comma
        String opening = afterFirst <= afterLast ? index.get(afterFirst).pos() : "";
        boolean adjunct = that < 0 && (opening.equals("IN") || opening.equals("CC"));
        if (after != null && (f.participle() || !commaBefore || isFiniteClause(afterFirst, afterLast) && !adjunct)) {
            return after;
        }
        if (commaBefore && !f.participle()) {
            int last = beforeLast - 1;
            int first = s0;
            for (Frame other : inSentence) {
                if (other != f && other.last() < beforeLast && other.last() + 1 > first && !reportsNothing(other, beforeLast)) {
                    first = other.last() + 1;
                }
            }
            while (first < last && (!isWord(first) || index.get(first).pos().equals("CC"))) {
                first++; // "And the merger talks began …, according to …": the conjunction joins the narrator's sentences
            }
            if (clause(first, last) && (closesSentence(f, s1) || !opensAdverbial(first))) {
                return span(first, last);
            }
        }
        // "…, Colbeth said, and the two companies signed …": a clause joined after the frame is the narrator's
        return opening.equals("CC") ? null : after;
    }

    private boolean anyQuoted(int first, int last) {
        for (int i = first; i <= last; i++) {
            if (quoted[i] && !titled[i]) {
                return true;
            }
        }
        return false;
    }

    /** {@code last}, or the ")" after it that closes a parenthesis opened within: "to 600 degrees (1,100 F)". */
    private int withClosingParenthesis(int first, int last) {
        int open = 0;
        for (int i = first; i <= last; i++) {
            String t = index.get(i).text();
            open += t.equals("(") || t.equals("-LRB-") ? 1 : t.equals(")") || t.equals("-RRB-") ? -1 : 0;
        }
        if (open > 0 && last + 1 < index.size() && !quoted[last + 1]) {
            String next = index.get(last + 1).text();
            if (next.equals(")") || next.equals("-RRB-")) {
                return last + 1;
            }
        }
        return last;
    }

    private boolean clause(int first, int last) {
        if (last - first + 1 < MIN_CONTENT_WORDS) {
            return false;
        }
        boolean verb = false;
        for (int i = first; i <= last; i++) {
            if (quoted[i] && !titled[i]) {
                return false;
            }
            String pos = index.get(i).pos();
            verb |= pos.startsWith("VB") || pos.equals("MD") || SecondPredicate.isInfinitiveTo(index, i, first);
        }
        return verb;
    }

    private boolean isFiniteClause(int first, int last) {
        for (int i = first; i <= last; i++) {
            String pos = index.get(i).pos();
            if (isFiniteVerb(pos) || pos.equals("TO") && i + 1 <= last && index.get(i + 1).pos().equals("VB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token after a time adverbial that opens the content ("said Friday he …", "said on Tuesday
     * night they …"): it dates the report, and is no part of what was said. Not "said Friday's vote …" nor
     * "said Monday was …", where the date is the content's subject.
     */
    private int afterTimeAdverbial(int first, int last) {
        int relative = afterRelativeTime(first, last);
        if (relative > first) {
            return relative;
        }
        int i = first < last && index.get(first).text().equalsIgnoreCase("on") ? first + 1 : first;
        int dateFirst = i;
        while (i <= last && FrameFinder.isTime(index.get(i))) {
            i++;
        }
        if (i > dateFirst && i <= last && PARTS_OF_DAY.contains(index.get(i).text().toLowerCase(Locale.ROOT))) {
            i++;
        }
        if (i == dateFirst || i > last) {
            return first;
        }
        String next = index.get(i).pos();
        boolean subject = next.equals("POS") || next.startsWith("VB") || next.equals("MD");
        return subject ? first : i;
    }

    /**
     * The token after a time counted back or on from the report ("a day earlier", "two weeks ago", "hours
     * later"), which the tagger leaves untyped, or {@code first} itself.
     */
    private int afterRelativeTime(int first, int last) {
        int i = first;
        if (i <= last && (index.get(i).pos().equals("DT") || index.get(i).pos().equals("CD"))) {
            i++;
        }
        if (i > last || !CalendarWords.timeUnits().contains(lower(i))) {
            return first;
        }
        i++;
        return i <= last && TIME_DIRECTIONS.contains(lower(i)) ? i + 1 : first;
    }

    /**
     * Whether the words after the cue open on "to" and a noun phrase ("agreed to a coalition government",
     * "responded to his queries", "admit to the affairs"): what the cue was about, not what was said; "to" and
     * a verb ("agreed to form a coalition") is.
     */
    private boolean opensOnPrepositionalTo(int first, int last) {
        return first < last && index.get(first).text().equalsIgnoreCase("to") && !index.get(first + 1).pos().startsWith("VB")
                && !index.get(first + 1).pos().equals("RB");
    }

    /**
     * Whether what follows a speaker named after the cue is a relative clause about that speaker ("…, said a
     * military officer who spoke on condition of anonymity", "according to people who were present"): it
     * says who spoke, not what was said.
     */
    private boolean describesSpeaker(Frame f, int first, int last) {
        if (!f.inverted() || first > last || first != f.speakerLast() + 1) {
            return false;
        }
        String pos = index.get(first).pos();
        return pos.equals("WP") || pos.equals("WP$") || pos.equals("WDT");
    }

    /**
     * The first token after the listener of a cue that names one ("told reporters the price was fair", "warned
     * allies the talks had failed", "told The Associated Press it would"): who heard it is no part of what was
     * said, when a clause with its own subject follows ("warned the price would rise" has no listener).
     */
    private int afterListener(Frame f, int first, int last) {
        if (f.inverted() || !LISTENER_CUES.contains(SpeakerNouns.lemma(index.get(f.cueLast())))) {
            return first;
        }
        int i = listenerEnd(first, last);
        if (i == first) {
            return first;
        }
        // "told PolitiFact and other fact-checkers that …": listeners joined by "and" are one listener
        while (i < last && index.get(i).pos().equals("CC")) {
            int next = listenerEnd(i + 1, last);
            if (next == i + 1) {
                break;
            }
            i = next;
        }
        // "told the president a day earlier _ that he would …": when the listener heard it is no content either
        int after = afterOpenings(afterTimeAdverbial(i, last), last);
        if (after > i && after <= last && index.get(after - 1).text().equalsIgnoreCase("that")) {
            return after;
        }
        if (i > last || i - first > 5 || !CLAUSE_OPENINGS.contains(index.get(i).pos()) || !isFiniteClause(i, last)) {
            return first;
        }
        return i;
    }

    /** The first token after the listener's noun phrase or pronoun opening at {@code first}; {@code first} when none does. */
    private int listenerEnd(int first, int last) {
        int i = first;
        if (i <= last && index.get(i).pos().equals("PRP")) {
            return i + 1;
        }
        while (i <= last && (index.get(i).pos().equals("DT") || index.get(i).pos().equals("PRP$")
                || index.get(i).pos().startsWith("JJ")) && i < first + 3) {
            i++;
        }
        int nouns = i;
        while (i <= last && (index.get(i).pos().startsWith("NN") && !(i > nouns
                && index.get(i).pos().startsWith("NNP") && !index.get(i - 1).pos().startsWith("NNP"))
                || isPossessiveWithin(i, nouns, last))) {
            i++; // "told reporters Smith would resign": the name opens what was said
        }
        return i == nouns ? first : i;
    }

    /** Whether token {@code i} is a possessive inside the listener's noun phrase: "told the magistrate's court …". */
    private boolean isPossessiveWithin(int i, int nouns, int last) {
        return i > nouns && i < last && index.get(i).pos().equals("POS") && index.get(i + 1).pos().startsWith("NN");
    }

    /**
     * The "that" or colon after a longer phrase opening the content ("said in an interview aired on
     * Channel 2 that …", "wrote in an editorial on Sunday: …"), or the token before an infinitive ("pledged in
     * a speech to clean up …"), or -1: a preposition right after the cue
     * opens an adjunct of the saying, and what was said begins after it. Stops at a finite verb, which
     * would make the "that" part of the content, and at a comma but one inside a date ("wrote to X,
     * listing the provisions that he …").
     */
    private int afterLeadingPhrase(int first, int last) {
        Token opening = first <= last ? index.get(first) : null;
        if (opening == null || !opening.pos().equals("IN")
                || !ADJUNCT_PREPOSITIONS.contains(opening.text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int i = first + 1; i <= Math.min(last, first + 15); i++) {
            Token t = index.get(i);
            if (t.text().equals(":") || isComplementizer(i, last)) {
                return i;
            }
            if (t.pos().equals("TO") && i < last && index.get(i + 1).pos().equals("VB")) {
                return i - 1; // "pledged in his inauguration speech to clean up …": the promise keeps its "to"
            }
            boolean commaOutsideDate = t.text().equals(",") && !FrameFinder.isTime(index.get(i - 1));
            if (isFiniteVerb(t.pos()) || quoted[i] || commaOutsideDate) {
                return -1;
            }
        }
        return -1;
    }

    /** "that" opening a clause: tagged so, or a relative pronoun with no verb right after ("the debate that he …"). */
    private boolean isComplementizer(int i, int last) {
        Token t = index.get(i);
        if (!t.text().equalsIgnoreCase("that")) {
            return false;
        }
        return t.pos().equals("IN") || t.pos().equals("WDT") && i < last
                && !index.get(i + 1).pos().startsWith("VB") && !index.get(i + 1).pos().equals("MD");
    }

    /** Whether a part-of-speech tag is a finite verb or a modal ("said", "says", "say", "will"). */
    static boolean isFiniteVerb(String pos) {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /**
     * Whether the frame ends its sentence, but for when it spoke ("…, a spokesman said Monday."), or is an
     * "according to X".
     */
    private boolean closesSentence(Frame f, int last) {
        if (f.inverted()) {
            return true;
        }
        for (int i = afterTimeAdverbial(f.last() + 1, last); i <= last; i++) {
            if (isWord(i) && !FrameFinder.isTime(index.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a clause before the frame opens as an adverbial ("After first suggesting …, the prime
     * minister called for …", "When Intel began …, Microsoft complained", "Faced with criticism, the prime
     * minister called for …"): unless the frame closes the
     * sentence ("As it stands, …, according to X"), it is the sentence's main clause, and the adverbial
     * is when or why it spoke, not what it said. A condition ("If the talks fail, …") is what was said.
     */
    private boolean opensAdverbial(int first) {
        Token t = index.get(first);
        String word = t.text().toLowerCase(Locale.ROOT);
        return (t.pos().equals("IN") || t.pos().equals("WRB")) && !REPORTED_CONDITIONS.contains(word)
                || opensParticipialPhrase(first);
    }

    /**
     * "Faced with …", "Giving a speech …", "Heading into …": a participle opening a phrase of its own, not one
     * that describes the noun after it ("Shifting monsoon patterns could …", which is the clause's subject).
     */
    private boolean opensParticipialPhrase(int first) {
        String pos = index.get(first).pos();
        if (!pos.equals("VBN") && !pos.equals("VBG") || first + 1 >= index.size()) {
            return false;
        }
        String next = index.get(first + 1).pos();
        return !next.startsWith("NN") && !next.startsWith("JJ");
    }

    /**
     * Whether a frame before another's comma reports nothing, so the clause before the comma runs through it:
     * in "The parties agreed to a coalition government, the king announced" the king announced all of it.
     */
    private boolean reportsNothing(Frame other, int before) {
        return isHypothetical(other) || opensOnPrepositionalTo(other.last() + 1, before - 1);
    }

    /** Whether the frame is a condition's ("if the minister says …", "unless the court finds …"). */
    private boolean isHypothetical(Frame f) {
        int before = f.first() - 1;
        if (f.inverted() || before < 0) {
            return false;
        }
        String w = lower(before);
        return w.equals("if") || w.equals("unless");
    }

    /**
     * Whether the cue is negated ("did not say", "would not immediately say", "didn't say"): "not", "n't" or
     * "never" right before it, an adverb or two allowed between.
     */
    private boolean isNegated(Frame f) {
        for (int i = f.cueFirst() - 1; i >= Math.max(0, f.cueFirst() - 3); i--) {
            String word = lower(i).replace('\u2019', '\''); // "didn’t" leaves "n’t"
            if (NEGATIONS.contains(word)) {
                return true;
            }
            if (!index.get(i).pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    private String lower(int token) {
        return index.get(token).text().toLowerCase(Locale.ROOT);
    }

    /**
     * A "that" opening the content within the first few words after the cue ("said on Monday that …", "told
     * reporters later that …", where the tagger may call it a relative pronoun).
     */
    private int thatWithin(int first, int last) {
        for (int i = first; i <= Math.min(last, first + 5); i++) {
            Token t = index.get(i);
            if (isComplementizer(i, last)) {
                return i;
            }
            if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The first token after the frame and the particle of a phrasal cue: "called on the council to act"
     * reports "the council to act", the particle being part of the cue, not of what was said.
     */
    private int afterParticle(Frame f) {
        int next = f.last() + 1;
        if (f.inverted() || next >= index.size() || !SpeakerNouns.lemma(index.get(f.cueLast())).equals("call")) {
            return next;
        }
        String particle = lower(next);
        return particle.equals("on") || particle.equals("upon") ? next + 1 : next;
    }

    /** The first token from {@code i} on that is no comma, colon, dash or "that" opening the content. */
    private int afterOpenings(int i, int last) {
        while (i <= last && isSkippableOpening(index.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSkippableOpening(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals(",") || w.equals(":") || w.equals("that") && t.pos().equals("IN") || DASHES.contains(w);
    }
}
