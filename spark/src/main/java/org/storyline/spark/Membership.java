package org.storyline.spark;

import java.io.Serializable;

/**
 * Where the grouping put one article.
 *
 * @param id          the article
 * @param story       its event's id
 * @param storyline   its storyline's id
 * @param index       the article's place in its story, in the order the grouping lists them
 * @param duplicateOf the article it copies, or {@code null}
 */
record Membership(String id, String story, String storyline, int index, String duplicateOf) implements Serializable {
}
