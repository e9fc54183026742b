package org.storyline.core.store;

import java.time.LocalDate;

/**
 * An article as lists show it.
 *
 * @param id          the article id
 * @param story       the id of its story, or {@code null}
 * @param outlet      its outlet's name, or {@code null}
 * @param title       its headline, or a short phrase from its lede when it has none; {@code null} only
 *                    when it has no text
 * @param url         where it was published, or {@code null}
 * @param published   its publication day, or {@code null}
 * @param lede        the start of its first paragraph
 * @param quotes      how many quotes it holds
 * @param claims      how many numeric claims it holds
 * @param duplicateOf the article it copies, or {@code null}
 * @param storyline   the id of its storyline, or {@code null}
 * @param source      the file (and record or line) or upload it was read from
 */
public record ArticleCard(String id, String story, String outlet, String title, String url, LocalDate published,
                          String lede, int quotes, int claims, String duplicateOf, String storyline, String source) {
}
