package org.storyline.core.model;

/**
 * One token of an annotated article.
 *
 * @param text  the token as written
 * @param span  where it is in {@link Article#text()}
 * @param pos   Penn Treebank part-of-speech tag
 * @param lemma the lemma
 * @param ner   the named-entity tag ({@code O} outside any entity)
 */
public record Token(String text, Span span, String pos, String lemma, String ner) {
}
