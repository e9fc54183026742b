package org.storyline.core.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the ISO 639-1 language of a text. Texts in a script of their own are told by the script
 * (Han with kana is Japanese, Hangul Korean, Cyrillic Russian or Ukrainian, Arabic, Greek, Hebrew,
 * Thai, Devanagari Hindi); Latin-script texts by counting the stopwords of each language in
 * {@code stopword-languages.txt}. Answers {@code "und"} when the text is too short or no language
 * stands out. Looks at the first few thousand characters only, so it is fast on any input.
 * Immutable and thread-safe.
 */
public final class LanguageGuesser {

    /** The code for an undetermined language. */
    public static final String UNDETERMINED = "und";

    private static final int SAMPLE_CHARS = 6000;
    private static final int MIN_WORDS = 4;

    private final Map<String, Set<String>> stopwords = new LinkedHashMap<>();

    private LanguageGuesser() {
        for (String code : RuleFile.lines("stopword-languages.txt")) {
            stopwords.put(code, Set.copyOf(RuleFile.lines("stopwords-" + code + ".txt")));
        }
    }

    private static final class Standard {
        static final LanguageGuesser INSTANCE = new LanguageGuesser();
    }

    /** The guesser built from the bundled stopword lists, loaded once. */
    public static LanguageGuesser standard() {
        return Standard.INSTANCE;
    }

    /** The language of {@code text} as an ISO 639-1 code, or {@link #UNDETERMINED}. */
    public String guess(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String byScript = byScript(sample);
        return byScript != null ? byScript : byStopwords(sample);
    }

    private static String byScript(String sample) {
        var counts = new HashMap<Character.UnicodeScript, Integer>();
        int letters = 0;
        boolean ukrainian = false;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
                ukrainian |= "іїєґІЇЄҐ".indexOf(cp) >= 0;
            }
        }
        if (letters == 0) {
            return null;
        }
        int latin = counts.getOrDefault(Character.UnicodeScript.LATIN, 0);
        if (latin * 2 >= letters) {
            return null;
        }
        int kana = counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        if (kana > 0 && kana * 20 >= letters) {
            return "ja";
        }
        Character.UnicodeScript top = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return switch (top) {
            case HAN -> "zh";
            case HANGUL -> "ko";
            case CYRILLIC -> ukrainian ? "uk" : "ru";
            case ARABIC -> "ar";
            case GREEK -> "el";
            case HEBREW -> "he";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            case HIRAGANA, KATAKANA -> "ja";
            default -> UNDETERMINED;
        };
    }

    private String byStopwords(String sample) {
        var weights = new HashMap<String, Double>();
        var hits = new HashMap<String, Integer>();
        int words = 0;
        var seen = new HashSet<String>();
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            seen.add(word);
            var languages = stopwords.entrySet().stream().filter(p -> p.getValue().contains(word)).toList();
            // A stopword shared by several languages ("de", "la") says less than one of its own ("the").
            for (var profile : languages) {
                weights.merge(profile.getKey(), 1.0 / languages.size(), Double::sum);
                hits.merge(profile.getKey(), 1, Integer::sum);
            }
        }
        if (words < MIN_WORDS || seen.size() < 3) {
            return UNDETERMINED;
        }
        String best = null;
        double bestWeight = 0;
        double second = 0;
        for (var weight : weights.entrySet()) {
            if (weight.getValue() > bestWeight) {
                second = bestWeight;
                bestWeight = weight.getValue();
                best = weight.getKey();
            } else if (weight.getValue() > second) {
                second = weight.getValue();
            }
        }
        if (best == null) {
            return UNDETERMINED;
        }
        // A language must account for a fair share of the words and clearly beat the runner-up, or we say so.
        int bestHits = hits.get(best);
        boolean clear = bestHits * 100 >= words * 15 && bestHits >= 2 && bestWeight >= second * 1.3;
        return clear ? best : UNDETERMINED;
    }
}
