package org.storyline.app.web;

import org.storyline.app.QuoteWording;
import org.storyline.core.model.QuoteKind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/**
 * Escaping and small pieces of markup. Every string that comes from an article, a user or the store
 * goes through {@link #text} (or {@link #url} inside links) before it reaches a page: news pages carry
 * scripts and markup, and none of it may run.
 */
final class Html {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int OUTLET_COLOURS = 8;

    private Html() {
    }

    /** Escapes text for an element body or a quoted attribute value. */
    static String text(String value) {
        return org.storyline.app.Html.escape(value);
    }

    /** A quote's words: a blockquote, marked as a paraphrase when they are reported speech (see {@link QuoteWording}). */
    static String quote(QuoteKind kind, String words) {
        return QuoteWording.isParaphrase(kind)
                ? QuoteWording.PARAPHRASE_BLOCKQUOTE + text(words) + "</blockquote>"
                : "<blockquote>" + text(QuoteWording.ownWords(words)) + "</blockquote>";
    }

    /** Encodes a value for a URL query or path segment (then escaped for the attribute). */
    static String url(String value) {
        return text(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    static String day(LocalDate date) {
        return date == null ? "undated" : DAY.format(date);
    }

    static String period(LocalDate first, LocalDate last) {
        if (first == null) {
            return "undated";
        }
        return first.equals(last) || last == null ? day(first) : day(first) + " \u2013 " + day(last);
    }

    /** An outlet's badge; its colour is a function of its name, so it is the same on every page. */
    static String badge(String outlet) {
        String name = outlet == null ? "unknown outlet" : outlet;
        int colour = Math.floorMod(name.hashCode(), OUTLET_COLOURS);
        return "<span class=\"badge o" + colour + "\" data-outlet=\"" + text(name) + "\">" + text(name) + "</span>";
    }

    static String badges(Collection<String> outlets) {
        StringBuilder out = new StringBuilder();
        outlets.forEach(o -> out.append(badge(o)));
        return out.toString();
    }

    static String storyLink(String id, String title) {
        return "<a href=\"/stories/" + url(id) + "\">" + text(title) + "</a>";
    }

    static String personLink(String id, String name) {
        return "<a class=\"person-link\" href=\"/people/" + url(id) + "\">" + text(name) + "</a>";
    }

    static String storylineLink(String id, String title) {
        return "<a href=\"/storylines/" + url(id) + "\">" + text(title) + "</a>";
    }

    /** A link to an article; one without headline or text is named by its outlet, never "untitled". */
    static String articleLink(String id, String title, String outlet) {
        return "<a href=\"/articles/" + url(id) + "\">" + text(displayTitle(title, outlet)) + "</a>";
    }

    static String displayTitle(String title, String outlet) {
        return title == null || title.isBlank() ? "Article from " + (outlet == null ? "an unnamed outlet" : outlet) : title;
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
