package org.storyline.core.model;

/**
 * Something a speaker said, as the article reports it.
 *
 * @param kind     direct, partial or indirect
 * @param text     the quoted or reported words, without the enclosing quotation marks
 * @param span     where {@code text} is in {@link Article#text()}
 * @param speaker  who said it
 * @param cue      the cue verb or phrase as written ("said", "warned", "according to")
 * @param sentence index of the sentence holding the attribution
 */
public record Quote(QuoteKind kind, String text, Span span, Speaker speaker, String cue, int sentence) {
}
