package org.storyline.core.extract;

import java.util.regex.Pattern;

/**
 * Markup a page prints as text: an embed code offered for copying ("Embed &lt;iframe src=...&gt;"), an embedded post's
 * escaped HTML that a script was to render. A story's paragraph names a tag in words, not with its attributes, so a
 * block holding a link's or a frame's markup is furniture at any length.
 */
final class PrintedMarkup {

    private static final Pattern TAG = Pattern.compile(
            "<(?:iframe|a)\\s+(?:[a-z-]+=[\"'][^\"']*[\"']\\s+)*(?:src|href)=[\"']https?://");

    private PrintedMarkup() {
    }

    /** Whether {@code text} holds a link's or a frame's markup, its address included. */
    static boolean holds(String text) {
        return text.indexOf('<') >= 0 && TAG.matcher(text).find();
    }
}
