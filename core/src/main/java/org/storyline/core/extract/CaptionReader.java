package org.storyline.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo captions in scraped text and cuts their photo credits. A caption ends with a credit
 * ("... November 29, 2023. JANE ROE/Pool via REUTERS", "... (NATO)"), opens with a photo label, or
 * describes a picture in the present tense and says when it was taken ("A minister speaks in Oslo,
 * Norway March 3, 2024."). Credit forms are {@code photo-credits.txt}, verbs {@code caption-verbs.txt}.
 * Immutable and thread-safe.
 */
final class CaptionReader {

    private static final int MAX_LENGTH = 600;
    private static final Pattern PHOTO_LABEL =
            Pattern.compile("^(?:(?:FILE )?PHOTO|File photo|Photo|Foto|Image|Bild|Caption)\\s*[:\u2013\u2014-]\\s*");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^.*?(?:[.!?](?=\\s|$)|$)", Pattern.DOTALL);

    private final List<Pattern> credits;
    private final Set<String> verbs;
    private final DateParser dates;

    private CaptionReader() {
        credits = RuleFile.lines("photo-credits.txt").stream().map(Pattern::compile).toList();
        verbs = Set.copyOf(RuleFile.lines("caption-verbs.txt"));
        dates = DateParser.standard();
    }

    private static final class Standard {
        static final CaptionReader INSTANCE = new CaptionReader();
    }

    static CaptionReader standard() {
        return Standard.INSTANCE;
    }

    /** Whether the paragraph ends with a photo credit or opens with a photo label. */
    boolean isCredited(String paragraph) {
        return paragraph.length() <= MAX_LENGTH
                && (PHOTO_LABEL.matcher(paragraph).find() || creditStart(paragraph) >= 0);
    }

    /**
     * Whether the paragraph reads like a caption without a credit: it describes a picture in the present
     * tense in its first sentence and says when the picture was taken.
     */
    boolean describesPicture(String paragraph) {
        if (paragraph.length() > MAX_LENGTH) {
            return false;
        }
        Matcher first = FIRST_SENTENCE.matcher(paragraph);
        String sentence = first.find() ? first.group() : paragraph;
        return hasCaptionVerb(sentence) && dates.parse(paragraph) != null;
    }

    /** The caption without its photo credit and photo label. */
    String withoutCredit(String paragraph) {
        String text = PHOTO_LABEL.matcher(paragraph).replaceFirst("");
        int start = creditStart(text);
        return (start >= 0 ? text.substring(0, start) : text).strip();
    }

    private int creditStart(String paragraph) {
        for (Pattern credit : credits) {
            Matcher m = credit.matcher(paragraph);
            if (m.find()) {
                return m.start();
            }
        }
        return -1;
    }

    private boolean hasCaptionVerb(String sentence) {
        String[] words = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            if (verbs.contains(words[i]) || i + 1 < words.length && verbs.contains(words[i] + " " + words[i + 1])) {
                return true;
            }
        }
        return false;
    }
}
