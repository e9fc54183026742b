package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.core.extract.DatelineReader;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;
import org.storyline.core.nlp.CalendarWords;

/**
 * A title a reader can scan: the headline when the article has one of headline length; otherwise a short
 * phrase cut from the lede as a copy editor would, never a whole 40-word sentence. The lede's first
 * sentence loses its dateline, what only reads against it ({@link SentenceTrim}: "said Tuesday"), its time
 * phrases ("on Friday", "last week"), a lead-in clause before its subject ("Hours before the vote, …"),
 * its asides (", who …,") and an appositive after a name (", the minister in charge of …,"), and is cut
 * at the first clause boundary after its main verb (", accusing …", " after …", "; …"); past
 * {@link #MAX_WORDS} words it ends at a phrase or name boundary (see {@code cutAtLimit}), never on a word
 * that needs another after it ("the", "of", "and").
 */
public final class ShortTitle {

    /** The most words a title built from a lede keeps; a longer headline is cut the same way. */
    public static final int MAX_WORDS = 14;

    private static final Pattern TIME_PHRASE = Pattern.compile(
            "\\s*,?\\s*\\b(?:on|late|early|last|this|next)\\s+(?:(?:late|early)\\s+)?"
                    + "(?:" + CalendarWords.capitalizedAlternation(CalendarWords.weekdayNames())
                    + "|week|month|year|night|weekend)"
                    + "(?:\\s+(?:night|morning|afternoon|evening))?\\b(?!['\u2019]s),?"
                    + "|\\s*\\b(?:yesterday|today|tonight)\\b,?"
                    + "|\\s*,?\\s*\\bon\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b,?");
    private static final Pattern ASIDE = Pattern.compile(",\\s+(?:who|which|whose|where)\\b[^,;]*,");
    /** The same, when what follows is the clause going on ("Ann Roe, who ..., stunned"), not an attribution. */
    private static final Pattern ASIDE_IN_CLAUSE = Pattern.compile(ASIDE.pattern()
            + "(?!\\s+(?:[\\p{L}.'\u2019-]+\\s+){0,3}?(?:said|says|reported|reports|told)\\b)");
    /** An appositive after a name, before the verb: "Ivo Lask, the minister in charge of the ports, met …". */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?<=\\p{Lu}[\\p{L}.'\u2019-]{0,30}),\\s+(?:a|an|the)\\s+[^,;]{3,100},\\s+(?=\\p{Ll})");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\s*(?:;|:|\\s[-–—]+\\s|,\\s+(?:and|but|while|saying|accusing|adding|according|as|after|before|"
                    + "although|though|because|which|where|when|in a|in an|amid|despite|prompting|leaving|"
                    + "making|sending|raising|ending|following)\\b"
                    + "|,\\s+(?:[\\p{L}.'\u2019-]+\\s+){0,3}?(?:said|says|reported|reports|told)\\b"
                    + "|\\s(?:after|as|because|amid|despite|while|"
                    + "following|before|since|although|though|when|where)\\s)");
    /**
     * A lead-in before the subject: a clause or phrase opened by a subordinator or preposition ("A week after
     * the government fell, …", "Despite …, ", "For the second day in a row, …") or a participle ("Facing a
     * court challenge, …", "Worried that colleagues still face arrest, …").
     */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:[\\p{L}\\d]+\\s+){0,3}?(?i:after|before|as|despite|while|"
            + "when|although|though|because|amid|following|since|unlike|once|until)\\b"
            + "|(?i:in|for|on|at|during|with|like)\\s"
            // a participle with its complement ("Facing a", "Struggling to"), not a place ("Beijing rejected")
            + "|(?:(?:Again|Still)\\s+\\p{Ll}|\\p{Lu})\\p{Ll}+ing\\s+(?:a|an|the|to|his|her|its|their|our|on|in|with|for|"
            + "from|up|out|back|at|into|over|under|mainly|largely)\\s"
            // or a past participle with its complement ("Worried that", "Angered by")
            + "|\\p{Lu}\\p{Ll}+ed\\s+(?:that|about|by|over|at|with|after|from)\\s)[^,;:]{3,160}?,\\s+");
    /** Words a phrase can be cut before when the word limit falls inside it. */
    private static final Set<String> PHRASE_STARTS = Set.of("of", "for", "in", "on", "at", "with", "from", "to", "by",
            "over", "into", "against", "after", "before", "during", "near", "that", "and", "but", "who", "which");
    /** A word after which a name does not go on: punctuation, or a possessive ("November's Asian …"). */
    private static final Pattern PHRASE_END = Pattern.compile("(?:[,;:.]|['\u2019]s)$");
    /** How far a title cut at the word limit reaches back to a phrase boundary first, or on to finish a name. */
    private static final int MAX_BACK_OFF = 4;
    /** The fewest words a title cut back further than that keeps. */
    private static final int MIN_WORDS_BACKED_OFF = 8;
    /** The fewest words a title cut back to a phrase boundary keeps. */
    private static final int MIN_WORDS = 6;
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "and", "or", "but", "to", "in",
            "on", "at", "by", "for", "with", "from", "into", "that", "as", "his", "her", "its", "their", "our",
            "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "than", "about", "over",
            "under", "said", "says", "who", "which", "this", "these", "those", "it", "he", "she", "they", "not",
            "whether", "if", "how", "why", "what");

    private ShortTitle() {
    }

    /** The article's headline, or a short phrase from its lede; {@code null} when it has neither. */
    public static String of(Article article) {
        String headline = article.title() == null ? "" : article.title().strip();
        if (!headline.isEmpty() && words(headline).length <= MAX_WORDS + 4) {
            return headline;
        }
        String lede = headline.isEmpty() ? firstSentence(article) : headline;
        return lede == null ? null : fromLede(lede);
    }

    /**
     * The article's headline, or a short phrase cut from its lede by {@link LedeTitle}, which reads the nlp
     * stage's tags; from the bare text as {@link #of(Article)} does when the lede was not tagged.
     */
    public static String of(ArticleAnalysis analysis) {
        Article article = analysis.article();
        if (article.title() != null && !article.title().isBlank()) {
            return of(article);
        }
        int paragraph = ledeParagraph(article);
        for (Sentence s : analysis.annotated().sentences()) {
            if (s.paragraph() == paragraph) {
                String title = LedeTitle.of(afterDateline(article, s.tokens()));
                return title != null ? title : of(article);
            }
        }
        return of(article);
    }

    /** A headline-length phrase cut from the lede sentence at {@code span} of an analysed article. */
    static String fromLede(ArticleAnalysis analysis, Span span, String sentence) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : analysis.annotated().sentences()) {
            if (s.span().overlaps(span)) {
                s.tokens().stream().filter(t -> t.span() == null || span.contains(t.span())).forEach(tokens::add);
            }
        }
        String title = tokens.isEmpty() ? null : LedeTitle.of(afterDateline(analysis.article(), tokens));
        return title != null ? title : fromLede(sentence);
    }

    /** The tokens after the dateline of the paragraph they open ("BRANDVIK, May 2 (Wire) -"). */
    private static List<Token> afterDateline(Article article, List<Token> tokens) {
        if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.span() == null)) {
            return tokens;
        }
        int at = 0;
        for (String paragraph : article.paragraphs()) {
            int end = at + paragraph.length();
            if (tokens.get(0).span().begin() >= at && tokens.get(0).span().begin() < end) {
                var dateline = DatelineReader.standard().read(paragraph.strip());
                int leading = paragraph.length() - paragraph.stripLeading().length();
                int cut = dateline == null ? at : at + leading + dateline.length();
                return tokens.stream().filter(t -> t.span().begin() >= cut).toList();
            }
            at = end + Article.PARAGRAPH_SEPARATOR.length();
        }
        return tokens;
    }

    /** The first paragraph with a sentence of four words or more after its dateline, as {@link #firstSentence} reads it. */
    private static int ledeParagraph(Article article) {
        for (int i = 0; i < article.paragraphs().size(); i++) {
            if (words(withoutDateline(article.paragraphs().get(i))).length >= 4) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a title must not end on this word ("the", "of", "said"). */
    static boolean isDangling(String word) {
        return DANGLING.contains(bare(word));
    }

    /** A headline-length phrase cut from a lede sentence. */
    public static String fromLede(String sentence) {
        String s = SentenceTrim.trimmed(sentence.strip().replaceAll("\\s+", " "));
        s = TIME_PHRASE.matcher(s).replaceAll("");
        var leadIn = LEAD_IN.matcher(s);
        if (leadIn.find() && words(s.substring(leadIn.end())).length >= MIN_WORDS) {
            s = s.substring(leadIn.end());
        }
        s = ASIDE_IN_CLAUSE.matcher(s).replaceAll("");
        s = ASIDE.matcher(s).replaceAll(",");
        s = APPOSITIVE.matcher(s).replaceAll(" ");
        var cut = CLAUSE_BREAK.matcher(s);
        // a break in the first few words is a lead-in ("As the storm neared, …"), not the end of the clause
        while (cut.find()) {
            if (words(s.substring(0, cut.start())).length >= 5) {
                s = s.substring(0, cut.start());
                break;
            }
        }
        List<String> kept = new ArrayList<>(Arrays.asList(words(s)));
        if (kept.size() > MAX_WORDS) {
            kept = cutAtLimit(kept);
        }
        while (kept.size() > 3 && DANGLING.contains(bare(kept.get(kept.size() - 1)))) {
            kept.remove(kept.size() - 1);
        }
        String out = String.join(" ", kept).replaceAll("[\\s,;:.\\-–—]+$", "");
        out = out.replaceAll("^[\"“‘']+", "");
        if (out.chars().filter(c -> c == '"').count() % 2 == 1) {
            out = out.replace("\"", "");
        }
        out = LedeTitle.withQuotationClosed(out);
        return out.isEmpty() ? sentence.strip() : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /**
     * The first {@link #MAX_WORDS} words, ending where a reader expects: before the phrase the limit falls in
     * when it began at most {@link #MAX_BACK_OFF} words back ("… for the extradition of captured rebel" ends
     * before "of"); else after the name it falls in, when that name ends within as many words ("… by
     * Ostland's Water and Safety Board"); else before a phrase further back, as long as the title keeps
     * {@link #MIN_WORDS_BACKED_OFF} words (more than a long subject: "A sticking point for White House").
     */
    private static List<String> cutAtLimit(List<String> words) {
        int near = phraseStart(words, MAX_WORDS - MAX_BACK_OFF);
        if (near > 0) {
            return new ArrayList<>(words.subList(0, near));
        }
        int end = MAX_WORDS;
        while (end < words.size() && insideName(words, end)) {
            end++;
        }
        if (end > MAX_WORDS && end <= MAX_WORDS + MAX_BACK_OFF) {
            return new ArrayList<>(words.subList(0, end));
        }
        int far = phraseStart(words, MIN_WORDS_BACKED_OFF);
        return new ArrayList<>(words.subList(0, far > 0 ? far : MAX_WORDS));
    }

    /** The last phrase start before the word limit and at {@code from} or after it, or -1. */
    private static int phraseStart(List<String> words, int from) {
        for (int i = MAX_WORDS - 1; i >= Math.max(MIN_WORDS, from); i--) {
            if (PHRASE_STARTS.contains(bare(words.get(i))) && !insideName(words, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the word at {@code i} continues a capitalised name begun before it ("Truth and Reconciliation"). */
    private static boolean insideName(List<String> words, int i) {
        if (i == 0 || i >= words.size() || PHRASE_END.matcher(words.get(i - 1)).find()) {
            return false;
        }
        String w = words.get(i);
        String before = words.get(i - 1);
        if (bare(w).equals("and") || bare(w).equals("of")) {
            return capitalised(before) && i + 1 < words.size() && capitalised(words.get(i + 1));
        }
        boolean joined = (bare(before).equals("and") || bare(before).equals("of")) && i >= 2
                && capitalised(words.get(i - 2));
        return capitalised(w) && (capitalised(before) || joined);
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static String firstSentence(Article article) {
        int paragraph = ledeParagraph(article);
        return paragraph < 0 ? null : PlainSentences.first(withoutDateline(article.paragraphs().get(paragraph)));
    }

    /** The paragraph, stripped, without the dateline it opens with. */
    private static String withoutDateline(String paragraph) {
        String p = paragraph.strip();
        var dateline = DatelineReader.standard().read(p);
        return dateline != null && dateline.length() <= p.length() ? p.substring(dateline.length()).strip() : p;
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']", "");
    }

    private static String[] words(String s) {
        String t = s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
