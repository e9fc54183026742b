package org.storyline.core;

import java.util.Locale;

import org.storyline.core.extract.LanguageGuesser;
import org.storyline.core.model.Article;

/**
 * The language an article is analyzed as: what extraction found, or, where it could not tell, a guess
 * from the body itself, so a German or Chinese page without a language tag is still caught before the
 * English models read it.
 */
final class ArticleLanguage {

    private ArticleLanguage() {
    }

    static String of(Article article) {
        String language = article.language();
        if (!LanguageGuesser.UNDETERMINED.equals(language)) {
            // "en-US", "en_GB" from page metadata are English too
            return language.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        }
        return LanguageGuesser.standard().guess(article.text());
    }
}
