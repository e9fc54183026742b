package org.storyline.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Photo captions a page prints as plain paragraphs of its story: the picture sits in a {@code <div>} with no
 * caption class, and its caption reads as one more paragraph, except that it ends with the photo's credit
 * ("... in Mount Kisco, N.Y. (AP)", "... despite launching in 2015. Credit: Microsoft"). The credit forms are
 * {@code caption-credits.txt}. A wire photo's caption may carry its credit apart, but opens on "FILE -" or on its place
 * in a gallery ("[1/2]"); one that opens so or ends on the wire's credit ("(AP Photo/Jane Roe)", "(Xinhua/Jane Roe)")
 * is a caption up to {@link #MAX_WIRE_LENGTH} characters.
 */
final class CreditedCaptions {

    /** Captions are short; a long paragraph ending so is prose quoting a credit. */
    private static final int MAX_LENGTH = 400;
    /** A wire photo's caption retells the story around its picture, at greater length than other captions. */
    private static final int MAX_WIRE_LENGTH = 1000;
    /** Credits are short: only the paragraph's end is read. */
    private static final int CREDIT_WINDOW = 110;
    /**
     * How AP and Reuters open the caption of an archive photo ("FILE - A fan holds a sign ...", "FILE PHOTO: ..."); no
     * paragraph of a story opens so.
     */
    private static final Pattern FILE_PHOTO = Pattern.compile("FILE(?: PHOTO)?\\s*[-\u2013\u2014:]\\s");
    /** How a gallery's caption opens when the page prints the picture's place in it ("[1/2] A candidate speaks ..."). */
    private static final Pattern GALLERY_COUNTER = Pattern.compile("\\[\\d{1,3}/\\d{1,3}\\]\\s?\\p{Lu}");
    /**
     * How a wire photo's caption ends ("... in Rome. (AP Photo/Jane Roe)", "... Nov. 4, 2025. (Xinhua/Jane Roe)", "...
     * in Beijing. [Photo/Xinhua]"); no paragraph of a story ends so.
     */
    private static final Pattern WIRE_PHOTO = Pattern.compile(
            "[(\\[](?:(?:AP|AFP|Reuters|REUTERS|EPA|RNS) Photo|Xinhua|Photo)\\s?/[^()\\[\\]]{2,60}[)\\]]$");
    private static final List<ScreenedPattern> CREDITS =
            RuleFile.lines("caption-credits.txt").stream().map(ScreenedPattern::of).toList();

    private CreditedCaptions() {
    }

    /** Whether the paragraph ends with a photo credit, or opens as a wire photo's caption does. */
    static boolean isCaption(String paragraph) {
        if (FILE_PHOTO.matcher(paragraph).lookingAt() || GALLERY_COUNTER.matcher(paragraph).lookingAt()
                || WIRE_PHOTO.matcher(paragraph).find()) {
            return paragraph.length() <= MAX_WIRE_LENGTH;
        }
        if (paragraph.length() > MAX_LENGTH) {
            return false;
        }
        int from = Math.max(0, paragraph.length() - CREDIT_WINDOW);
        String lower = paragraph.toLowerCase(Locale.ROOT);
        for (ScreenedPattern credit : CREDITS) {
            if (credit.findFrom(paragraph, lower, from)) {
                return true;
            }
        }
        return false;
    }
}
