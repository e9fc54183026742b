package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A news article: the clean text of one document with what is known about it.
 *
 * @param id            the {@link RawDocument#id()} it was extracted from
 * @param source        where it came from, for reports (see {@link RawDocument#source()})
 * @param outlet        who published it, or {@code null} when nothing says
 * @param url           where it was published, or {@code null}
 * @param title         the headline, or {@code null} when the text has none (never invented)
 * @param credits       bylines and credits lines, by role
 * @param published     publication date (and time when known), or {@code null}
 * @param datelinePlace the place the story was filed from ("Brussels"), or {@code null}
 * @param paragraphs    the body, one entry a paragraph, boilerplate and captions removed
 * @param captions      photo and video captions, each once
 * @param language      ISO 639-1 code of the body's language, {@code "und"} when undetermined
 */
public record Article(
        String id,
        String source,
        Outlet outlet,
        String url,
        String title,
        List<Credit> credits,
        PublicationTime published,
        String datelinePlace,
        List<String> paragraphs,
        List<String> captions,
        String language) {

    /** The separator between paragraphs in {@link #text()}. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        credits = List.copyOf(credits);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        language = language == null ? "und" : language;
    }

    /** The body as one string, paragraphs joined by a blank line; every {@link Span} points into it. */
    public String text() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }

    /** The outlet's name, or {@code null}. */
    public String outletName() {
        return outlet == null ? null : outlet.name();
    }
}
