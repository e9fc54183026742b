package org.storyline.core.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Posts from social networks that a page embeds. The embed code prints the post as a {@code <blockquote>} that the
 * network's script draws over; the cleaner knows the networks' class names ("twitter-tweet"), but a theme or a feed may
 * strip them, and the post's words then read as the story's. What gives the post away is how it signs off: the account
 * and the date on its last line ({@code embedded-post-signatures.txt}).
 */
final class EmbeddedPosts {

    private static final List<Pattern> SIGNATURES = RuleFile.lines("embedded-post-signatures.txt").stream()
            .map(Pattern::compile).toList();
    /** The signature is looked for in the blockquote's last characters only. */
    private static final int TAIL = 160;

    private EmbeddedPosts() {
    }

    /** Whether {@code e} is a blockquote that ends with a social post's signature. */
    static boolean isEmbeddedPost(Element e) {
        if (!e.normalName().equals("blockquote")) {
            return false;
        }
        String text = e.text().strip();
        String tail = text.length() > TAIL ? text.substring(text.length() - TAIL) : text;
        for (Pattern signature : SIGNATURES) {
            if (signature.matcher(tail).find()) {
                return true;
            }
        }
        return false;
    }
}
