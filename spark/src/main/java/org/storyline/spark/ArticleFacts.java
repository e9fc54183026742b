package org.storyline.spark;

import java.io.Serializable;
import org.storyline.core.model.Article;

/** The plain columns of an article in the job's {@code articles} table, beside its full analysis. */
record ArticleFacts(String id, String source, String outlet, String title, String url, String published,
                    String language) implements Serializable {

    static ArticleFacts of(Article article) {
        return new ArticleFacts(article.id(), article.source(), article.outletName(), article.title(), article.url(),
                article.published() == null ? null : article.published().date().toString(), article.language());
    }
}
