package org.storyline.core.quotes;

import org.storyline.core.model.Sentence;
import org.storyline.core.model.Token;
import org.storyline.core.nlp.TokenIndex;
import org.storyline.core.nlp.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds attribution frames in a sentence, outside quotation marks: a cue verb from {@code cue-verbs.txt}
 * with the noun phrase before it ("the minister said", "officials have warned"), after it when inverted
 * (", said Stoltenberg"), "according to X", and participles that carry on an earlier frame's speaker
 * (", adding that"). Passives ("was told") are not frames: their subject is the listener.
 */
final class FrameFinder {

    private static final Set<String> CUES = WordList.lowerCaseSet(FrameFinder.class, "cue-verbs.txt");
    private static final Set<String> PRONOUNS = WordList.lowerCaseSet(FrameFinder.class, "speaker-pronouns.txt");
    private static final Set<String> CUE_PRONOUNS = WordList.lowerCaseSet(FrameFinder.class, "cue-pronouns.txt");
    private static final Set<String> DOCUMENT_CUES = WordList.lowerCaseSet(FrameFinder.class, "document-cues.txt");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "CD",
            "DT", "PRP$", "POS", "HYPH", "VBN");
    private static final int MAX_SPEAKER_TOKENS = 10;
    /** "X, who works at a heating and air-conditioning company in Sacramento, said": a relative clause runs long. */
    private static final int MAX_APPOSITION_TOKENS = 20;
    /** The party letters of a label after a US lawmaker's name: "D-Ore.", "R-Texas", "I-Vt.". */
    private static final Set<String> PARTY = Set.of("D", "R", "I");
    /** Conjunctions the tagger calls prepositions whose noun phrase is the subject of a clause: "while Ankara has indicated". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "whereas", "although", "though", "because",
            "if", "unless", "as", "after", "before", "until", "since", "once");
    /** What may stand before a day between subject and cue: "on Monday", "in April", "at midnight". */
    private static final Set<String> DAY_PREPOSITIONS = Set.of("on", "in", "at");
    /** The most tokens an adverbial aside between subject and cue has ("during a town hall in Salem, Ore."). */
    private static final int MAX_ASIDE = 12;
    /** Quantifiers that stand alone for people as a cue's subject: "Several said …", "Many believe …". */
    private static final Set<String> QUANTIFIERS = Set.of("several", "many", "some", "most", "both", "few", "others");
    /** The most tokens a relative clause between subject and cue has ("who spoke on condition of anonymity"). */
    private static final int MAX_RELATIVE_TOKENS = 14;

    private final TokenIndex index;
    private final boolean[] quoted;
    private final ClauseSubject subjects;

    FrameFinder(TokenIndex index, boolean[] quoted) {
        this.index = index;
        this.quoted = quoted;
        this.subjects = new ClauseSubject(index, quoted);
    }

    List<Frame> in(Sentence sentence, int first, int last) {
        List<Frame> frames = new ArrayList<>();
        Frame headline = colonHeadline(sentence, first, last);
        if (headline != null) {
            frames.add(headline);
        }
        for (int i = first; i <= last; i++) {
            if (quoted[i]) {
                continue;
            }
            Token t = index.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (lower.equals("according") && i + 1 <= last && index.get(i + 1).text().equalsIgnoreCase("to")) {
                int end = nounPhraseForward(i + 2, last);
                if (end >= 0) {
                    frames.add(new Frame(i + 2, end, i, i + 1, true, false, sentence.index()));
                }
                continue;
            }
            if (!t.pos().startsWith("VB") || !CUES.contains(t.lemma().toLowerCase(Locale.ROOT)) || isPossessive(i, last)
                    || isNounReadAsVerb(i, last)) {
                continue;
            }
            Frame f = frame(i, first, last, sentence.index(), frames);
            if (f != null && DOCUMENT_CUES.contains(t.lemma().toLowerCase(Locale.ROOT))
                    && !namesDocument(f)) {
                f = null; // "the statement read" quotes the statement; "Sites can … read comments" quotes no one
            }
            if (f != null) {
                frames.add(f);
            }
        }
        return frames;
    }

    private Frame frame(int cue, int first, int last, int sentence, List<Frame> earlier) {
        int j = cue - 1;
        boolean passive = index.get(cue).pos().equals("VBN");
        while (j >= first && !quoted[j] && isAuxiliaryOrAdverb(index.get(j))) {
            if (passive && index.get(j).lemma().equalsIgnoreCase("be")) {
                return null;
            }
            j--;
        }
        j = beforeDay(j, first);
        j = beforeParenthesis(j, first);
        j = beforeAside(j, first);
        j = beforeRelativeClause(j, first);
        if (index.get(cue).pos().equals("VBG") && j == cue - 1) {
            if (j >= first && index.get(j).text().equals(",")) {
                if (!earlier.isEmpty()) {
                    Frame main = earlier.get(earlier.size() - 1);
                    return new Frame(main.speakerFirst(), main.speakerLast(), cue, cue, main.inverted(), true, sentence);
                }
                return subjectFrame(first, j, cue, true, sentence);
            }
            if (j > first && !quoted[j] && isPreposition(index.get(j))) {
                // "Ryan, despite admitting that he had concerns about “…”", "He ended by calling it “…”": the
                // clause's subject speaks
                int end = index.get(j - 1).text().equals(",") ? j - 1 : j;
                Frame inner = namedSubjectFrame(innerClause(first, end), end, cue, sentence);
                return inner != null ? inner : subjectFrame(first, end, cue, false, sentence);
            }
            // "…, with Holm saying he was “very encouraged” and Marsh calling it …": the noun phrase after
            // "with", or after the "and" that joins a second such phrase, speaks
            int subject = j >= first && !quoted[j] ? nounPhraseBackward(j, first) : -1;
            if (subject > first && (index.get(subject - 1).text().equalsIgnoreCase("with")
                    || index.get(subject - 1).text().equalsIgnoreCase("and") && followsWith(earlier))) {
                return new Frame(subject, j, cue, cue, false, false, sentence);
            }
            return null;
        }
        if (namedBeforeWho(j, first)) {
            // "Gov. Mike Pence, who called their son “an American hero”": "who" speaks, as "he" would, for
            // the person named before it (SpeakerResolver resolves it)
            return new Frame(j, j, cue, cue, false, false, sentence);
        }
        int start = j >= first && !quoted[j] ? nounPhraseBackward(j, first) : -1;
        if (start >= 0 && allTime(start, j)) {
            // "A survey carried out in September and October also showed": the clause's subject speaks
            return start > first ? subjectFrame(first, start, cue, false, sentence) : null;
        }
        boolean absolute = start > first && index.get(start - 1).text().equalsIgnoreCase("with")
                && index.get(cue).pos().equals("VBG");
        if (start > first && governsObject(index.get(start - 1)) && !absolute && !titledPerson(start, j)) {
            // "in the past said", "at the convention told": a prepositional object is no subject; the
            // clause's named subject speaks when it has one. In "…, with Trump yelling: …" Trump yells.
            Frame clauses = subjectFrame(first, start - 1, cue, false, sentence);
            if (clauses != null) {
                return clauses;
            }
            int head = start - 2;
            if (head >= first && !quoted[head] && (index.get(head).pos().equals("NN") || index.get(head).pos().equals("NNS")
                    || isNounReadAsVerb(head, j))
                    && (isLocative(index.get(start - 1)) || isFromAPlace(start - 1, j))) {
                // "Officials in Ostwick said", "the sign on the gate read", "Police reports from the border
                // say": the place qualifies the speaker, which heads the phrase; but "a statement from Acme
                // said" is Acme's
                start = nounPhraseBackward(head, first);
            }
        }
        if (start >= 0) {
            return new Frame(start, j, cue, cue, false, false, sentence);
        }
        if (j > first && index.get(j).pos().equals("CC")) {
            Frame clauses = subjectFrame(first, j, cue, false, sentence);
            if (clauses != null) {
                return clauses;
            }
        }
        int appositive = j >= first && index.get(j).text().equals(",") ? appositiveSpeaker(j, first) : -1;
        if (appositive >= 0) {
            return new Frame(appositive, j - 1, cue, cue, false, false, sentence);
        }
        boolean afterBreak = j < first || quoted[j] || index.get(j).text().equals(",");
        if (afterBreak && cue + 1 <= last && isTime(index.get(cue + 1)) && j >= first && !quoted[j]) {
            // "A delegation of Chilean legislators …, warned Thursday that …": the day is no inverted speaker
            return subjectFrame(first, j, cue, false, sentence);
        }
        if (afterBreak && cue + 1 <= last) {
            int end = nounPhraseForward(cue + 1, last);
            boolean reported = opensClause(end + 1, last) || namesQuotation(end + 1, last)
                    || opensRelative(end + 1, last) && j > first && !quoted[j - 1] && !anyVerb(first, j);
            if (end >= 0 && reported && j >= first && !quoted[j]) {
                // "X, who has backed Y for years, said Republicans are engaged in …" and "X (R-Texas), a
                // hopeful, called the KKK “abhorrent”": the phrase after the cue is the reported clause's
                // subject or the cue's object; the speaker is the subject before the comma. So is it in "X, the
                // author of a study, said the days when …": a relative right after the phrase ends a subject
                // when a noun phrase stands before the comma, where "“…,” said the man who found it" and
                // "Fighting went on, said an officer who …" name the speaker
                return subjectFrame(first, j, cue, false, sentence);
            }
            if (end >= 0) {
                return new Frame(cue + 1, end, cue, cue, true, false, sentence);
            }
        }
        return null;
    }

    /**
     * The token before the day that stands between subject and cue ("Lebanon on Monday denied", "federal
     * prosecutors in April charged", "Greece Tuesday warned"), or {@code j} itself: the subject stands before it.
     */
    private int beforeDay(int j, int first) {
        int k = j;
        while (k >= first && !quoted[k] && isTime(index.get(k))) {
            k--;
        }
        if (k == j) {
            return j;
        }
        int subject = k >= first && !quoted[k] && DAY_PREPOSITIONS.contains(index.get(k).text().toLowerCase(Locale.ROOT))
                ? k - 1 : k;
        // not "a poll released Friday shows", "a study published in August found": the day dates the noun
        boolean noun = subject >= first && !quoted[subject]
                && (index.get(subject).pos().startsWith("NN") || index.get(subject).pos().equals("PRP"));
        return noun ? subject : j;
    }

    private boolean allTime(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!isTime(index.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "British Ambassador to Russia Andrew Wood said", "Minister for Fisheries Karin Holm said": a title's
     * "to" or "for" before a person's name, which is the subject, not the preposition's object.
     */
    private boolean titledPerson(int start, int end) {
        String preposition = index.get(start - 1).text().toLowerCase(Locale.ROOT);
        return (preposition.equals("to") || preposition.equals("for")) && index.get(end).ner().equals("PERSON")
                && start - 2 >= 0 && index.get(start - 2).pos().startsWith("NNP");
    }

    /**
     * The token before an adverbial aside between commas that ends at {@code j} ("The Palestinians, in
     * turn, accuse …", "The union, for its part, said …", "Marsh, during a town hall in Salem, Ore., said",
     * "Cory Vance, 22, of Flint, Mich., said"), or {@code j} itself: the subject stands before it, and before
     * the age that may precede the aside. An aside opens with a preposition or adverb and holds no verb but
     * participles; a comma inside it is a place's ("Salem, Ore.").
     */
    private int beforeAside(int j, int first) {
        if (j < first || quoted[j] || !index.get(j).text().equals(",")) {
            return j;
        }
        int k = j - 1;
        while (k > first && j - k <= MAX_ASIDE + 1 && !quoted[k] && !isAsideEnd(k)) {
            if (Attribution.isFiniteVerb(index.get(k).pos())) {
                return j;
            }
            k--;
        }
        String opener = k + 1 < j ? index.get(k + 1).pos() : "";
        boolean aside = k > first && k < j - 1 && !quoted[k] && index.get(k).text().equals(",")
                && (opener.equals("IN") || opener.startsWith("RB"));
        if (!aside) {
            return j;
        }
        int before = k - 1;
        boolean age = before - 1 > first && index.get(before).pos().equals("CD") && !quoted[before - 1]
                && index.get(before - 1).text().equals(",");
        return age ? before - 2 : before;
    }

    /** Whether the sentence's last frame so far is an absolute phrase's: "with Holm saying …". */
    private boolean followsWith(List<Frame> earlier) {
        if (earlier.isEmpty()) {
            return false;
        }
        int speaker = earlier.get(earlier.size() - 1).speakerFirst();
        return speaker > 0 && index.get(speaker - 1).text().equalsIgnoreCase("with");
    }

    /**
     * The last token of the noun a relative clause ending at {@code j} qualifies ("Officials who asked not to
     * be named said", "A council official who spoke anonymously to discuss internal strategy said"), or {@code
     * j} itself: the subject stands before "who".
     */
    private int beforeRelativeClause(int j, int first) {
        for (int k = j; k > first && j - k <= MAX_RELATIVE_TOKENS; k--) {
            Token t = index.get(k);
            // a comma, a quotation or "that" ("… warned that officials said") ends the search
            if (quoted[k] || t.text().equals(",") || t.text().equalsIgnoreCase("that")) {
                return j;
            }
            if (t.text().equalsIgnoreCase("who") && k < j) {
                // "a man who many believe …": with no verb of its own the clause is the cue's, "who" its object
                Token noun = index.get(k - 1);
                return !quoted[k - 1] && (noun.pos().startsWith("NN") || isNamed(noun)) && anyVerb(k + 1, j + 1) ? k - 1 : j;
            }
        }
        return j;
    }

    /** Whether token {@code k} is the comma that opens an aside, not one inside a place's name ("Salem, Ore."). */
    private boolean isAsideEnd(int k) {
        if (!index.get(k).text().equals(",")) {
            return false;
        }
        return k + 1 >= index.size() || !index.get(k - 1).pos().startsWith("NNP") || !index.get(k + 1).pos().startsWith("NNP");
    }

    /**
     * Whether token {@code j} is a "who" right after a person's name, a comma between allowed ("a graduate of
     * Harvard Law School who has argued …" is the graduate's, and names no one).
     */
    private boolean namedBeforeWho(int j, int first) {
        if (j <= first || quoted[j] || !index.get(j).text().equalsIgnoreCase("who")) {
            return false;
        }
        int k = whoAntecedent(index, j);
        return k >= first && !quoted[k] && index.get(k).ner().equals("PERSON");
    }

    /** The token a "who" at {@code j} follows: the one before it, or before the comma before it. */
    static int whoAntecedent(TokenIndex index, int j) {
        return j - 1 >= 0 && index.get(j - 1).text().equals(",") ? j - 2 : j - 1;
    }

    /** Whether a quotation opens at token {@code i}, or right after "as": the noun phrase before it is the cue's object. */
    private boolean namesQuotation(int i, int last) {
        if (i <= last && !quoted[i] && index.get(i).text().equalsIgnoreCase("as")) {
            i++;
        }
        return i <= last && quoted[i];
    }

    /** Whether a verb outside quotation stands in {@code [first, before)}: the tagger calls some past tenses participles. */
    private boolean anyVerb(int first, int before) {
        for (int i = first; i < before; i++) {
            String pos = index.get(i).pos();
            if (!quoted[i] && (pos.startsWith("VB") || pos.equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is a relative word ("when", "who", "that") opening a clause on the phrase before it. */
    private boolean opensRelative(int i, int last) {
        if (i > last || quoted[i]) {
            return false;
        }
        String pos = index.get(i).pos();
        return pos.equals("WRB") || pos.equals("WP") || pos.equals("WDT");
    }

    /** Whether token {@code i} is a verb or modal, so the noun phrase before it is a clause's subject. */
    private boolean opensClause(int i, int last) {
        if (i > last || quoted[i]) {
            return false;
        }
        String pos = index.get(i).pos();
        return pos.startsWith("VB") && !pos.equals("VBG") && !pos.equals("VBN") || pos.equals("MD");
    }

    /**
     * The token before a short parenthesis that ends at {@code j} ("Rep. Earl Blumenauer (D-Ore.) said"),
     * or {@code j} itself: a party and state label sits between a name and its cue.
     */
    private int beforeParenthesis(int j, int first) {
        if (j < first || quoted[j] || !index.get(j).text().equals(")") && !index.get(j).pos().equals("-RRB-")) {
            return j;
        }
        for (int k = j - 1; k > first && j - k <= 6 && !quoted[k]; k--) {
            if (index.get(k).text().equals("(") || index.get(k).pos().equals("-LRB-")) {
                return k - 1;
            }
        }
        return j;
    }

    private static boolean isNamed(Token t) {
        return t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
    }

    /** Start of the speaker phrase ending at token {@code end}, or -1 when it is none. */
    private int nounPhraseBackward(int end, int first) {
        Token head = index.get(end);
        String lower = head.text().toLowerCase(Locale.ROOT);
        if (head.pos().startsWith("PRP")) {
            return PRONOUNS.contains(lower) || CUE_PRONOUNS.contains(lower) ? end : -1;
        }
        if (QUANTIFIERS.contains(lower) && (end == first || quoted[end - 1] || !NOUN_PHRASE_TAGS.contains(index.get(end - 1).pos())
                && !index.get(end - 1).pos().startsWith("W"))) {
            // "Several said …", "Many believe …": a quantifier standing for people; "what some call …" is the
            // writer's own aside
            return end;
        }
        if (!head.pos().startsWith("NN") && !isNamed(head)) {
            return -1; // the tagger now and then calls a surname an adjective ("Devine/JJ declared")
        }
        int start = end;
        while (start - 1 >= first && !quoted[start - 1] && end - start < MAX_SPEAKER_TOKENS) {
            Token t = index.get(start - 1);
            if (NOUN_PHRASE_TAGS.contains(t.pos()) || t.text().equalsIgnoreCase("of") && start - 2 >= first
                    && index.get(start - 2).pos().startsWith("NN")) {
                start--;
                if (t.pos().equals("DT")) {
                    if (!namedBeforeOf(start, first)) {
                        break;
                    }
                    start--; // "Col. Robert Cabana of the Marines": the named person heads the phrase
                }
            } else {
                break;
            }
        }
        return start;
    }

    /**
     * Whether "of" stands right before token {@code at}, after a proper noun or a noun for people: the phrase
     * goes on back to its head ("Col. Robert Cabana of the Marines", "Opponents of the road call …").
     */
    private boolean namedBeforeOf(int at, int first) {
        if (at - 2 < first || quoted[at - 1] || quoted[at - 2] || !index.get(at - 1).text().equalsIgnoreCase("of")) {
            return false;
        }
        Token before = index.get(at - 2);
        return before.pos().startsWith("NNP") || before.pos().startsWith("NN") && SpeakerNouns.isPeople(before);
    }

    /**
     * A headline that names its source before a colon ("Graham: Trump's rhetoric is destroying the party"):
     * a short run of proper nouns opening the sentence, then the colon as the cue.
     */
    private Frame colonHeadline(Sentence sentence, int first, int last) {
        if (quoted[first] || !index.get(first).pos().startsWith("NNP")) {
            return null;
        }
        for (int k = first + 1; k <= Math.min(last - 2, first + 4); k++) {
            if (quoted[k]) {
                return null;
            }
            if (index.get(k).text().equals(":")) {
                return new Frame(first, k - 1, k, k, false, false, sentence.index());
            }
            if (!index.get(k).pos().startsWith("NNP") && !index.get(k).pos().equals("POS")) {
                return null;
            }
        }
        return null;
    }

    /**
     * Start of a name with an apposition that ends at the comma {@code comma} ("Huma Abedin, a campaign
     * aide, said"), or -1: the phrase before the apposition's opening comma must end in a proper noun.
     */
    private int appositiveSpeaker(int comma, int first) {
        int name = comma - 1;
        if (name > first && !quoted[name] && index.get(name).ner().equals("PERSON")) {
            // "a public prosecutor, Bernard Bertossa, said": the name set after its description speaks
            int start = name;
            while (start - 1 > first && !quoted[start - 1] && index.get(start - 1).ner().equals("PERSON")) {
                start--;
            }
            if (index.get(start - 1).text().equals(",")) {
                // the frame takes the description too, so that "…, his foreign minister, Ali Alatas, said"
                // leaves the description out of what was said
                int description = start - 2 >= first && !quoted[start - 2] ? nounPhraseBackward(start - 2, first) : -1;
                return description >= 0 ? description : start;
            }
        }
        for (int k = comma - 2; k > first && comma - k <= MAX_APPOSITION_TOKENS; k--) {
            if (quoted[k]) {
                return -1;
            }
            if (index.get(k).text().equals(",")) {
                Token head = index.get(k - 1);
                if (!head.pos().startsWith("NNP") && !head.pos().equals("CD")) {
                    return -1;
                }
                // an age or a party label between commas follows the name ("Smith, 45,", "Lind, D-Ore.,")
                int label = head.pos().equals("CD") ? k - 1 : partyLabel(k - 1, first);
                int h = label > first && label - 2 >= first && index.get(label - 1).text().equals(",") ? label - 2 : k - 1;
                return index.get(h).pos().startsWith("NNP") ? nounPhraseBackward(h, first) : -1;
            }
        }
        return -1;
    }

    /**
     * First token of a US party and state label ending at token {@code end} ("D-Ore.", which the tokenizer
     * splits into "D", "-", "Ore."), or -1.
     */
    private int partyLabel(int end, int first) {
        if (end - 2 < first || !index.get(end - 1).text().equals("-")
                || !PARTY.contains(index.get(end - 2).text()) || !index.get(end).pos().startsWith("NNP")) {
            return -1;
        }
        return end - 2;
    }

    /** End of the speaker phrase starting at token {@code begin}, or -1 when it is none. */
    private int nounPhraseForward(int begin, int last) {
        if (begin > last || quoted[begin]) {
            return -1;
        }
        Token t0 = index.get(begin);
        if (t0.pos().startsWith("PRP")) {
            return PRONOUNS.contains(t0.text().toLowerCase(Locale.ROOT)) ? begin : -1;
        }
        int end = begin - 1;
        int lastNoun = -1;
        while (end + 1 <= last && !quoted[end + 1] && end + 1 - begin < MAX_SPEAKER_TOKENS) {
            Token t = index.get(end + 1);
            if (t.pos().equals("DT") && lastNoun == end) {
                break; // "according to the report the general was told …": a determiner after the noun opens the clause
            }
            if (NOUN_PHRASE_TAGS.contains(t.pos()) || t.text().equalsIgnoreCase("of") && lastNoun == end) {
                end++;
                if (t.pos().startsWith("NN")) {
                    lastNoun = end;
                }
            } else {
                break;
            }
        }
        return lastNoun;
    }

    /** The subject of the clause in tokens {@code [first, before)}, or {@code null}: see {@link ClauseSubject}. */
    int[] subject(int first, int before) {
        return subjects.of(first, before);
    }

    /** The frame of {@code cue} whose speaker is the clause's subject in {@code [first, before)}, or {@code null}. */
    private Frame subjectFrame(int first, int before, int cue, boolean participle, int sentence) {
        int[] subject = subject(first, before);
        return subject == null ? null : new Frame(subject[0], subject[1], cue, cue, false, participle, sentence);
    }

    /**
     * Where the last clause opened inside {@code [first, end)} begins ("The talks came as | Turkey has massed
     * forces"): just after a conjunction that a finite verb follows before {@code end}; -1 when none does.
     */
    private int innerClause(int first, int end) {
        boolean finite = false;
        for (int k = end - 1; k > first; k--) {
            Token t = index.get(k);
            if (quoted[k]) {
                return -1;
            }
            if (Attribution.isFiniteVerb(t.pos())) {
                finite = true;
            } else if (finite && t.pos().equals("IN") && CLAUSE_OPENERS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * The frame whose speaker is the subject of the clause in {@code [first, end)} when that subject is a
     * name ("… as Turkey has massed forces near the border after threatening to …": Turkey threatens, not
     * the talks the sentence opened on); {@code null} for a common noun ("… as protests grew after
     * accusing …"), which leaves the sentence's subject speaking.
     */
    private Frame namedSubjectFrame(int first, int end, int cue, int sentence) {
        if (first < 0 || first >= end) {
            return null;
        }
        int[] subject = subject(first, end);
        if (subject == null || !index.get(subject[1]).pos().startsWith("NNP")) {
            return null;
        }
        return new Frame(subject[0], subject[1], cue, cue, false, false, sentence);
    }

    /** Whether the token is a verb from the cue list ("said", "told"), not just any verb beside a quotation. */
    static boolean isCue(Token t) {
        return t.pos().startsWith("VB") && CUES.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    static boolean isSpeakerPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isPreposition(Token t) {
        return (t.pos().equals("IN") || t.pos().equals("TO")) && !t.text().equalsIgnoreCase("that")
                && !t.text().equalsIgnoreCase("of");
    }

    /** A preposition whose object is no subject: not a conjunction opening a clause ("…, while Ankara has indicated …"). */
    private static boolean governsObject(Token t) {
        return isPreposition(t) && !CLAUSE_OPENERS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** A token of a date or time ("Monday", "last week"): it dates a report and is never who spoke. */
    static boolean isTime(Token t) {
        return "DATE".equals(t.ner()) || "TIME".equals(t.ner());
    }

    /**
     * Whether the cue-like word at {@code i} is a plural noun the tagger read as a verb: "Weekend newspaper
     * reports in Ostland said …", where a noun stands before it and a finite cue verb follows its
     * prepositional phrase ("The newspaper reports that …" has none).
     */
    private boolean isNounReadAsVerb(int i, int last) {
        Token t = index.get(i);
        if (!t.pos().equals("VBZ") && !t.pos().equals("VBP") || i == 0 || quoted[i - 1]
                || !index.get(i - 1).pos().startsWith("NN") || i + 1 > last || !index.get(i + 1).pos().equals("IN")
                || index.get(i + 1).text().equalsIgnoreCase("that")) {
            return false;
        }
        for (int k = i + 2; k <= Math.min(last, i + 8); k++) {
            Token x = index.get(k);
            if (quoted[k] || x.text().equals(",")) {
                return false;
            }
            if (Attribution.isFiniteVerb(x.pos())) {
                return CUES.contains(x.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether "from" at {@code from} opens a phrase up to {@code end} that names no one: a place, not an author. */
    private boolean isFromAPlace(int from, int end) {
        if (!index.get(from).text().equalsIgnoreCase("from")) {
            return false;
        }
        for (int i = from + 1; i <= end; i++) {
            if (isNamed(index.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocative(Token t) {
        return t.text().equalsIgnoreCase("in") || t.text().equalsIgnoreCase("at") || t.text().equalsIgnoreCase("on");
    }

    /** Whether the frame's speaker phrase names a document ("the sign on the gate", "a statement", "it"). */
    private boolean namesDocument(Frame f) {
        if (f.speakerFirst() == f.speakerLast() && index.get(f.speakerFirst()).text().equalsIgnoreCase("it")) {
            return true;
        }
        for (int i = f.speakerFirst(); i <= f.speakerLast(); i++) {
            if (SpeakerNouns.isDocument(index.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i} is a plural noun's possessive ("member states’ willpower"): the tagger
     * now and then reads "states" as the verb and its apostrophe as a closing quotation mark.
     */
    private boolean isPossessive(int i, int last) {
        if (i + 1 > last || !index.get(i).text().endsWith("s")) {
            return false;
        }
        Token next = index.get(i + 1);
        return (next.text().equals("\u2019") || next.text().equals("'") || next.pos().equals("POS"))
                && next.span().begin() == index.get(i).span().end();
    }

    private static boolean isAuxiliaryOrAdverb(Token t) {
        String pos = t.pos();
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return pos.equals("RB") || pos.equals("MD") || pos.startsWith("VB") && (lemma.equals("have")
                || lemma.equals("be") || lemma.equals("do"));
    }
}
