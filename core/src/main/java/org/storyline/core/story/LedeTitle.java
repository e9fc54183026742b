package org.storyline.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.storyline.core.model.Token;
import org.storyline.core.nlp.CalendarWords;

/**
 * A headline-length phrase cut from a lede sentence the nlp stage has tagged, as a copy editor would. The
 * tags say where the main clause begins and where a phrase ends, which the text alone ({@link ShortTitle})
 * can only guess:
 * <ul>
 *   <li>the time of the report goes ("on Friday", "Tuesday night", "last week"), and asides in parentheses or
 *       between AP's underscores;</li>
 *   <li>a lead-in before the subject goes ("After an unusual, one-on-one chat, the two presidents …"): it ends
 *       at the comma after which a noun phrase and its finite verb come, not at the first comma;</li>
 *   <li>an aside between the subject and its verb goes ("The league, embroiled in a labor dispute with its
 *       players, canceled …");</li>
 *   <li>the title ends at the first clause boundary after the main verb (", saying", ", with", "; ", " _ ");</li>
 *   <li>past {@link ShortTitle#MAX_WORDS} words it ends where a phrase ends (after a noun, a number, a
 *       particle), before the phrase that follows, never inside a noun phrase, never on a verb that still
 *       needs its object, and never before the verb of what was said ("officials said that the fate").</li>
 * </ul>
 */
final class LedeTitle {

    /** How far past the word limit a title may run when no phrase ends inside it. */
    private static final int OVERRUN = 8;
    private static final int MIN_WORDS = 4;
    private static final Set<String> WEEKDAYS = CalendarWords.weekdayNames();
    private static final Set<String> DEICTIC_DAYS = Set.of("yesterday", "today", "tonight");
    private static final Set<String> PERIODS = Set.of("week", "month", "year", "night", "weekend");
    private static final Set<String> DAY_PARTS = Set.of("night", "morning", "afternoon", "evening");
    private static final Set<String> TIME_LEADS = Set.of("on", "late", "early", "last", "this", "next");
    /** Words before a weekday that make it the object of a phrase ("until Friday"), which stays. */
    private static final Set<String> DAY_GOVERNORS = Set.of("for", "by", "until", "till", "since", "from", "to",
            "before", "after", "of", "through", "between", "and", "or", "than", "every", "each", "a", "an", "the");
    private static final Set<String> TIME_RELATIONS = Set.of("after", "before", "since", "until", "when");
    private static final Set<String> TIME_WORDS = Stream.concat(CalendarWords.timeUnits().stream(),
            Stream.of("moment", "moments", "shortly", "just", "soon", "long", "only", "immediately", "night", "morning"))
            .collect(Collectors.toUnmodifiableSet());
    /** Tags of the words a noun phrase is made of, for finding where one starts. */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD");
    /** Words after a participle or adjective that opens a lead-in ("Worried that", "Eager to"); not "More than". */
    private static final Set<String> PARTICIPLE_LINKS = Set.of("that", "to", "by", "about", "over", "with", "at",
            "from", "after", "for", "on", "in");
    /** Subordinators that end the main clause when they come after its object. */
    private static final Set<String> CLAUSE_ENDS = Set.of("after", "as", "because", "amid", "despite", "while",
            "following", "before", "since", "although", "though", "when", "whereas", "saying");
    /**
     * Of those, the ones that open a clause even right after the verb ("faded when a partner insisted …"),
     * where "served as", "appeared before" and "looked after" go on with the verb's own phrase; cut there
     * only when the clause is too long for a title ("A truck blew up when it drove over a mine" stays whole).
     */
    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "because", "although", "though",
            "whereas", "amid", "despite");
    /** Tags that may follow a sentence-opening participle: "Voting mainly", "Speaking at", "Facing a". */
    private static final Set<String> PARTICIPLE_COMPLEMENTS = Set.of("RB", "IN", "DT", "TO", "PRP$");
    private static final Set<String> CLAUSE_TAKERS = Set.of("say", "tell", "announce", "report", "hope", "expect",
            "believe", "warn", "claim", "insist", "deny", "predict", "argue", "think", "know", "confirm", "fear",
            "acknowledge", "admit", "suggest", "indicate", "show", "find", "decide", "state", "declare", "signal",
            "conclude", "estimate", "add", "agree", "charge", "allege", "assert", "contend", "maintain", "note",
            "promise", "vow", "urge", "ask", "demand", "order", "rule");
    private static final Set<String> SUBJECT_STARTS = Set.of("DT", "PDT", "PRP", "PRP$", "JJ", "JJR", "JJS", "NN",
            "NNS", "NNP", "NNPS", "CD", "``", "EX");
    /** Tags a title may end on. */
    private static final Set<String> PHRASE_ENDS = Set.of("NN", "NNS", "NNP", "NNPS", "CD", "PRP", "''", "RP",
            "-RRB-");
    /** Adverbs that end a phrase: "three months ago", "flew home", "set aside". */
    private static final Set<String> ADVERB_ENDS = Set.of("ago", "away", "back", "home", "abroad", "again", "out",
            "off", "up", "down", "together", "apart", "aside", "overseas", "later", "earlier");
    private static final Set<String> DANGLING_TAGS = Set.of("DT", "PDT", "IN", "TO", "CC", "PRP$", "POS", "WDT",
            "WP", "WRB", ",", ":", "``", "-LRB-", "HYPH", "MD", "EX");

    private LedeTitle() {
    }

    /** A title from the tagged tokens of a lede sentence, or {@code null} when they are too few or untagged. */
    static String of(List<Token> sentence) {
        if (sentence.stream().anyMatch(x -> x.span() == null || x.pos() == null || x.text() == null || x.lemma() == null)) {
            return null; // an analysis stored without offsets or tags: the text-only cut reads it
        }
        List<Token> t = withoutAsides(sentence);
        t = withoutTimes(t);
        if (words(t) < MIN_WORDS || !tagged(t)) {
            return null;
        }
        t = withoutLeadIn(t);
        if (t.isEmpty()) {
            return null;
        }
        t = withoutSubjectAside(t);
        t = withoutHere(t);
        int verb = firstFiniteVerb(t, 0);
        t = t.subList(0, clauseEnd(t, verb));
        if (words(t) > ShortTitle.MAX_WORDS) {
            t = t.subList(0, subordinatorAfter(t, verb));
        }
        // a whole clause of headline length reads better than a cut one ("… issued by the Truth Commission")
        if (words(t) > ShortTitle.MAX_WORDS && !(words(t) <= ShortTitle.MAX_WORDS + 2 && endsPhrase(t, t.size()))
                && !(words(t) <= ShortTitle.MAX_WORDS + 3 && endsOnName(t))) {
            t = t.subList(0, cutAtPhrase(t, verb));
        }
        t = withoutDanglingEnd(t);
        return words(t) < 3 ? null : withQuotationClosed(text(t));
    }

    /** The title with a quotation it opened closed: the cut or the sentence's end took the closing mark. */
    static String withQuotationClosed(String title) {
        long open = title.chars().filter(c -> c == '\u201c').count();
        long closed = title.chars().filter(c -> c == '\u201d').count();
        if (open > closed) {
            return title + "\u201d";
        }
        return title.chars().filter(c -> c == '"').count() % 2 == 1 ? title + '"' : title;
    }

    /** Whether the clause ends on a name of two words or more ("… of Kurdish rebel leader Abdullah Ocalan"). */
    private static boolean endsOnName(List<Token> t) {
        int n = t.size();
        return n >= 2 && t.get(n - 1).pos().startsWith("NNP") && t.get(n - 2).pos().startsWith("NNP");
    }

    /** "here" after a verb points at a dateline the title leaves out: "arrived here", "met here with". */
    private static List<Token> withoutHere(List<Token> t) {
        List<Token> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            boolean here = lower(t.get(i)).equals("here") && i > 0 && t.get(i - 1).pos().startsWith("VB")
                    && !t.get(i - 1).lemma().equalsIgnoreCase("be");
            if (!here) {
                out.add(t.get(i));
            }
        }
        return out;
    }

    private static boolean tagged(List<Token> t) {
        return t.stream().anyMatch(x -> x.pos().startsWith("VB") || x.pos().startsWith("NN"));
    }

    /** Parenthesised asides and AP's "_ aside _" of at most 15 tokens. */
    private static List<Token> withoutAsides(List<Token> t) {
        List<Token> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            String close = t.get(i).pos().equals("-LRB-") ? "-RRB-" : t.get(i).text().equals("_") ? "_" : null;
            int end = close == null ? -1 : closing(t, i, close);
            if (end > 0) {
                i = end;
            } else {
                out.add(t.get(i));
            }
        }
        return out;
    }

    private static int closing(List<Token> t, int open, String close) {
        for (int j = open + 1; j < Math.min(t.size(), open + 16); j++) {
            if (t.get(j).pos().equals(close) || t.get(j).text().equals(close)) {
                return j;
            }
        }
        return -1;
    }

    /** The time of the report: "on Friday", "late Tuesday night", "last week", "today"; not "until Friday". */
    private static List<Token> withoutTimes(List<Token> t) {
        boolean[] drop = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            int end = timeEnd(t, i);
            if (end < 0) {
                continue;
            }
            int begin = i;
            while (begin > 0 && TIME_LEADS.contains(lower(t.get(begin - 1)))) {
                begin--;
            }
            if (begin == i && begin > 0 && DAY_GOVERNORS.contains(lower(t.get(begin - 1)))) {
                continue;
            }
            for (int j = begin; j < end; j++) {
                drop[j] = true;
            }
            i = end - 1;
        }
        List<Token> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            boolean strayComma = t.get(i).text().equals(",") && (out.isEmpty() || out.get(out.size() - 1).text().equals(","));
            if (!drop[i] && !strayComma) {
                out.add(t.get(i));
            }
        }
        return out;
    }

    /** The end of a time phrase that starts at {@code i}, or -1; a possessive ("Friday's vote") is none. */
    private static int timeEnd(List<Token> t, int i) {
        String w = lower(t.get(i));
        int end;
        if (WEEKDAYS.contains(w)) {
            end = i + 1 < t.size() && DAY_PARTS.contains(lower(t.get(i + 1))) ? i + 2 : i + 1;
        } else if (DEICTIC_DAYS.contains(w) && t.get(i).pos().startsWith("NN")) {
            end = i + 1;
        } else if (PERIODS.contains(w) && i > 0 && Set.of("last", "this", "next").contains(lower(t.get(i - 1)))) {
            end = i + 1;
        } else {
            return -1;
        }
        return end < t.size() && t.get(end).pos().equals("POS") ? -1 : end;
    }

    /**
     * A sentence opened by a subordinator, preposition or participle loses everything up to the comma after
     * which its subject and finite verb come.
     */
    private static List<Token> withoutLeadIn(List<Token> t) {
        if (!opensWithLeadIn(t)) {
            return t;
        }
        for (int c = 2; c < t.size() - MIN_WORDS; c++) {
            if (t.get(c).text().equals(",") && startsClause(t, c + 1)) {
                return t.subList(c + 1, t.size());
            }
        }
        // no main clause after it: the tagger's sentence ended early ("… against Microsoft Corp. | in May, …")
        return firstFiniteVerb(t, 0) < 0 ? List.of() : t;
    }

    private static boolean opensWithLeadIn(List<Token> t) {
        String first = t.get(0).pos();
        if (t.size() > 1 && isFinite(t.get(1).pos())) {
            return false; // "Following are excerpts …"
        }
        if (first.equals("VBG") || first.equals("VBN") || first.equals("IN") || first.equals("RB")
                || first.equals("WRB")) { // "When there was no shot to take, he …"
            return true;
        }
        // "Voting mainly on party lines, …", which the tagger may read as a noun: a word in -ing that an
        // adverb, preposition or determiner follows ("Housing starts rose" has its noun after it)
        if (t.size() > 1 && lower(t.get(0)).endsWith("ing") && first.startsWith("NN")
                && PARTICIPLE_COMPLEMENTS.contains(t.get(1).pos())) {
            return true;
        }
        // "Worried that …", "Eager to …", "Angered by …": the tagger reads a sentence-initial participle either way
        if ((first.startsWith("JJ") || first.equals("VBD")) && PARTICIPLE_LINKS.contains(lower(t.get(1)))) {
            return true;
        }
        // "A week after …", "Less than a month before …", "Shortly before …"
        boolean time = false;
        for (int i = 0; i < Math.min(6, t.size()); i++) {
            String w = lower(t.get(i));
            if (time && TIME_RELATIONS.contains(w)) {
                return true;
            }
            time |= TIME_WORDS.contains(w);
        }
        return false;
    }

    /** Whether a noun phrase starts at {@code i} and its finite verb follows it, with no comma between. */
    private static boolean startsClause(List<Token> t, int i) {
        if (i >= t.size() || !SUBJECT_STARTS.contains(t.get(i).pos())) {
            return false;
        }
        for (int j = i + 1; j < Math.min(t.size(), i + 14); j++) {
            String tag = t.get(j).pos();
            if (isFinite(tag)) {
                return true;
            }
            // "Joel Klein, the assistant attorney general …, met": a name, its appositive, then its verb
            if (tag.equals(",") && t.get(j - 1).pos().startsWith("NNP")) {
                return verbAfterAside(t, j) > 0;
            }
            // a comma, or a relative clause before any verb ("a decision that may …"): no clause starts here
            if (tag.equals(",") || tag.equals(":") || tag.equals(".") || tag.startsWith("W") || lower(t.get(j)).equals("that")) {
                return false;
            }
        }
        return false;
    }

    /** "Subject, aside, verb …" becomes "Subject verb …" when the subject comes first and the verb after the aside. */
    private static List<Token> withoutSubjectAside(List<Token> t) {
        int comma = -1;
        for (int i = 1; i < t.size(); i++) {
            if (isFinite(t.get(i).pos())) {
                return t;
            }
            if (t.get(i).text().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return t;
        }
        int close = verbAfterAside(t, comma);
        if (close < 0) {
            return t;
        }
        List<Token> out = new ArrayList<>(t.subList(0, comma));
        out.addAll(t.subList(close + 1, t.size()));
        return out;
    }

    /** The comma that closes an aside opened at {@code comma} when a finite verb follows it, or -1. */
    private static int verbAfterAside(List<Token> t, int comma) {
        for (int c = comma + 2; c < Math.min(t.size() - 1, comma + 30); c++) {
            if (t.get(c).text().equals(",") && verbFollows(t, c + 1)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean verbFollows(List<Token> t, int i) {
        while (i < t.size() && t.get(i).pos().startsWith("RB")) {
            i++;
        }
        return i < t.size() && isFinite(t.get(i).pos());
    }

    /** The first finite verb from {@code from} on that is not a relative clause's ("an official who was kidnapped"). */
    private static int firstFiniteVerb(List<Token> t, int from) {
        for (int i = from; i < t.size(); i++) {
            if (isFinite(t.get(i).pos()) && !opensRelativeClause(t, i)) {
                return i;
            }
        }
        for (int i = from; i < t.size(); i++) {
            if (isFinite(t.get(i).pos())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean opensRelativeClause(List<Token> t, int verb) {
        int j = verb - 1;
        while (j > 0 && (t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("MD"))) {
            j--;
        }
        return j > 0 && (t.get(j).pos().equals("WDT") || t.get(j).pos().startsWith("WP"));
    }

    private static boolean isFinite(String tag) {
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
    }

    /** Where the main clause ends after its verb: a semicolon, a dash, or a comma before a new clause or phrase. */
    private static int clauseEnd(List<Token> t, int verb) {
        // a clause opened after the verb ("a message that Dr. Ann Roe, a neurologist, left") is not cut before its own verb
        boolean open = false;
        for (int i = verb + 1; i < t.size(); i++) {
            if (verb < 0 && !t.get(i).pos().equals(":") && !spacedDash(t, i)) {
                continue;
            }
            Token x = t.get(i);
            String tag = x.pos();
            if (tag.equals(".") || tag.equals(":") && !x.text().equals("-") || x.text().equals("_") || spacedDash(t, i)) {
                return i;
            }
            open = isFinite(tag) ? false : open || tag.startsWith("W") || lower(x).equals("that");
            if (tag.equals(",") && !open && i + 1 < t.size() && commaEndsClause(t, i + 1)) {
                return i;
            }
            if (i > verb + 2 && CLAUSE_ENDS.contains(lower(x)) && (tag.equals("IN") || tag.equals("VBG") || tag.equals("WRB"))) {
                return i;
            }
            // "broke the deadlock and agreed to …": a second verb phrase is a second headline
            if (tag.equals("CC") && i > verb + 2 && verbFollows(t, i + 1)) {
                return i;
            }
        }
        return t.size();
    }

    /** Where a clause opened by a {@link #SUBORDINATORS subordinator} right after the verb begins, or the end. */
    private static int subordinatorAfter(List<Token> t, int verb) {
        for (int i = verb + 1; verb >= 0 && i < Math.min(t.size(), verb + 3); i++) {
            if (SUBORDINATORS.contains(lower(t.get(i))) && (t.get(i).pos().equals("IN") || t.get(i).pos().equals("WRB"))) {
                return i;
            }
        }
        return t.size();
    }

    /** A dash with space before it ("talks - and"); not the hyphen CoreNLP splits from "three-month". */
    private static boolean spacedDash(List<Token> t, int i) {
        return t.get(i).text().matches("-+|–|—") && t.get(i).span().begin() > t.get(i - 1).span().end();
    }

    private static boolean commaEndsClause(List<Token> t, int i) {
        String tag = t.get(i).pos();
        if (tag.equals("VBG") || tag.equals("CC") || tag.equals("IN") || tag.equals("TO") || tag.startsWith("W")
                || tag.startsWith("RB") || tag.equals("``")) {
            return true;
        }
        // "Gen. Emile Lahoud, the popular army commander": an appositive after a name
        if (tag.equals("DT") && t.get(i - 2).pos().startsWith("NNP")) {
            return true;
        }
        // ", officials said", ", the ministry said": an attribution after the clause
        for (int j = i; j < Math.min(t.size(), i + 5); j++) {
            if (isFinite(t.get(j).pos())) {
                return CLAUSE_TAKERS.contains(t.get(j).lemma().toLowerCase(Locale.ROOT));
            }
            if (t.get(j).pos().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The end of the longest title of at most {@link ShortTitle#MAX_WORDS} words that ends a phrase, holds the
     * main verb and, when the verb reports or judges a clause, that clause's verb; else the shortest such title
     * within {@link #OVERRUN} words more; else the word limit itself.
     */
    private static int cutAtPhrase(List<Token> t, int verb) {
        int needed = verb < 0 ? 0 : verb + 1;
        if (verb >= 0 && takesClause(t, verb)) {
            int inner = firstFiniteVerb(t, verb + 1);
            if (inner > verb && inner <= verb + 12 && !hasComma(t, verb, inner)) {
                needed = inner + 1;
            }
        }
        int best = -1;
        int over = -1;
        int any = -1;
        int count = 0;
        for (int i = 1; i <= t.size(); i++) {
            count += startsWord(t, i - 1) ? 1 : 0;
            if (!endsPhrase(t, i)) {
                continue;
            }
            if (i < needed) {
                any = count <= ShortTitle.MAX_WORDS && count >= MIN_WORDS ? i : any;
            } else if (count <= ShortTitle.MAX_WORDS) {
                best = count >= MIN_WORDS ? i : best;
            } else if (count <= ShortTitle.MAX_WORDS + OVERRUN && over < 0) {
                over = i;
            }
        }
        // a whole clause a little long, else the longest phrase that ends in time (the subject at least)
        return best >= 0 ? best : over >= 0 ? over : any >= 0 ? any : wordLimit(t);
    }

    /** Whether the verb reports or judges a clause ("said", "hopes") or a complementizer opens one after it. */
    private static boolean takesClause(List<Token> t, int verb) {
        if (CLAUSE_TAKERS.contains(t.get(verb).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int i = verb + 1; i < Math.min(t.size(), verb + 4); i++) {
            String w = lower(t.get(i));
            if (w.equals("that") || w.equals("whether") || w.equals("if") || t.get(i).pos().startsWith("W")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasComma(List<Token> t, int from, int to) {
        return t.subList(from, to).stream().anyMatch(x -> x.text().equals(","));
    }

    /** Whether a title may end before token {@code i}: a phrase ends there and none goes on. */
    private static boolean endsPhrase(List<Token> t, int i) {
        Token last = t.get(i - 1);
        boolean particle = last.pos().equals("RP") || ADVERB_ENDS.contains(lower(last));
        boolean ends = PHRASE_ENDS.contains(last.pos()) && !last.pos().equals("RP") || particle && !objectFollows(t, i)
                || complementsCopula(t, i - 1);
        if (!ends || insideQuotation(t, i)) {
            return false;
        }
        if (i == t.size()) {
            return true;
        }
        Token next = t.get(i);
        String tag = next.pos();
        if (tag.startsWith("NN") || tag.equals("POS") || tag.equals("CD") || tag.equals("HYPH") || isFinite(tag)
                || tag.startsWith("JJ") || next.text().startsWith("'")) {
            return false;
        }
        // "in his efforts | to form a government", "advised the economies | to adopt reforms": the infinitive
        // completes the noun or the verb's object; but "set up by dissidents | to form a party" is the agent's
        if (tag.equals("TO") && last.pos().equals("NNS") && i + 1 < t.size() && t.get(i + 1).pos().equals("VB")
                && !isAgent(t, i - 1)) {
            return false;
        }
        // "Truth and Reconciliation Commission": a name goes on over "and" or "of"
        return !((tag.equals("CC") || tag.equals("IN")) && last.pos().startsWith("NNP") && i + 1 < t.size()
                && t.get(i + 1).pos().startsWith("NNP") && Set.of("and", "of", "&").contains(lower(next)));
    }

    /** Whether the noun at {@code noun} ends a passive's agent: the phrase it heads follows "by". */
    private static boolean isAgent(List<Token> t, int noun) {
        int k = noun;
        while (k > 0 && NOUN_PHRASE_TAGS.contains(t.get(k - 1).pos())) {
            k--;
        }
        return k > 0 && lower(t.get(k - 1)).equals("by");
    }

    /** Whether an object starts at {@code i}: "rounded up [40 refugees]", "set aside [$60 million]". */
    private static boolean objectFollows(List<Token> t, int i) {
        if (i >= t.size()) {
            return false;
        }
        String tag = t.get(i).pos();
        if (tag.equals("DT") || tag.equals("CD") || tag.startsWith("NN") || tag.startsWith("JJ") || tag.startsWith("PRP")
                || tag.equals("$")) {
            return true;
        }
        // a number with a modifier before it: "rounded up at least 100", "set aside about $60 million"
        for (int j = i + 1; j < Math.min(t.size(), i + 3); j++) {
            if (t.get(j).pos().equals("CD") || t.get(j).pos().equals("$")) {
                return true;
            }
            if (!t.get(j).pos().startsWith("JJ") && !t.get(j).pos().startsWith("RB") && !t.get(j).pos().equals("IN")) {
                return false;
            }
        }
        return false;
    }

    private static boolean insideQuotation(List<Token> t, int end) {
        int open = 0;
        for (int i = 0; i < end; i++) {
            String tag = t.get(i).pos();
            open += tag.equals("``") ? 1 : tag.equals("''") ? -1 : 0;
        }
        return open > 0;
    }

    /** An adjective or participle after a form of "be" ends its clause: "is weird", "was arrested". */
    private static boolean complementsCopula(List<Token> t, int i) {
        String tag = t.get(i).pos();
        if (!tag.startsWith("JJ") && !tag.equals("VBN")) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && t.get(j).pos().startsWith("RB")) {
            j--;
        }
        boolean open = i + 1 < t.size() && (t.get(i + 1).pos().equals("TO") || t.get(i + 1).pos().equals("IN"));
        return j >= 0 && t.get(j).lemma().equalsIgnoreCase("be") && !open;
    }

    private static int wordLimit(List<Token> t) {
        int count = 0;
        for (int i = 0; i < t.size(); i++) {
            count += startsWord(t, i) ? 1 : 0;
            if (count > ShortTitle.MAX_WORDS) {
                return i;
            }
        }
        return t.size();
    }

    private static List<Token> withoutDanglingEnd(List<Token> t) {
        int end = t.size();
        while (end > 3 && !ADVERB_ENDS.contains(lower(t.get(end - 1))) && (DANGLING_TAGS.contains(t.get(end - 1).pos())
                || ShortTitle.isDangling(t.get(end - 1).text()))) {
            end--;
        }
        return t.subList(0, end);
    }

    /** The tokens as the article wrote them: a space only where the text has one between them. */
    private static String text(List<Token> t) {
        StringBuilder out = new StringBuilder();
        Token before = null;
        for (Token x : t) {
            if (before == null && (x.pos().equals("``") || x.text().equals("\""))) {
                continue;
            }
            if (before != null && x.span().begin() != before.span().end() && !attachesLeft(x)) {
                out.append(' ');
            }
            out.append(x.text());
            before = x;
        }
        String s = out.toString().strip();
        if (s.chars().filter(c -> c == '"').count() % 2 == 1) {
            s = s.replace("\"", "");
        }
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean attachesLeft(Token x) {
        return x.text().matches("[,.;:?!)\\]]|'s|’s|n't|''|”") || x.pos().equals("POS");
    }

    private static boolean isWord(Token x) {
        return x.text().chars().anyMatch(Character::isLetterOrDigit);
    }

    /** Words as a reader counts them: "teen-agers" is one, though CoreNLP splits it in three tokens. */
    private static int words(List<Token> t) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            n += startsWord(t, i) ? 1 : 0;
        }
        return n;
    }

    private static boolean startsWord(List<Token> t, int i) {
        return isWord(t.get(i)) && (i == 0 || t.get(i).span().begin() > t.get(i - 1).span().end());
    }

    private static String lower(Token x) {
        return x.text().toLowerCase(Locale.ROOT);
    }
}
