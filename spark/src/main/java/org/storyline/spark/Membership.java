package org.storyline.spark;

import java.io.Serializable;

/**
 * Where the grouping put one article.
 *
 * @param id          the article
 * @param story       its story's id
 * @param storyRank   the story's place in the order the grouping made the stories in (ties in the output order)
 * @param index       the article's place in its story, in the order the grouping lists them
 * @param duplicateOf the article it copies, or {@code null}
 */
record Membership(String id, String story, int storyRank, int index, String duplicateOf) implements Serializable {
}
