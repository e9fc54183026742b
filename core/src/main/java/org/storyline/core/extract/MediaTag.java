package org.storyline.core.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tag after a headline that names what the page carries ("[Watch]", "(video)", "(PHOTOS)"): the site's label for
 * the medium, which readers and indexes leave out of the headline. Only a whole bracketed word from
 * {@code media-tags.txt} at the very end goes; other words in brackets ("(part 2)") are the headline's.
 */
final class MediaTag {

    private static final Set<String> TAGS = WordList.load("media-tags.txt");
    private static final Pattern TRAILING = Pattern.compile("\\s*[\\[(]\\s*(\\p{L}+)\\s*[\\])]$");

    private MediaTag() {
    }

    /** {@code headline} without a trailing media tag; unchanged when it has none or is only the tag. */
    static String strip(String headline) {
        if (headline == null) {
            return null;
        }
        var m = TRAILING.matcher(headline);
        if (!m.find() || m.start() == 0 || !TAGS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return headline;
        }
        return headline.substring(0, m.start()).strip();
    }
}
