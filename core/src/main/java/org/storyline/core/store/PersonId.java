package org.storyline.core.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The stable id of a quoted person: the canonical name folded to lower-case ASCII words joined by
 * hyphens ("José Álvarez" → {@code jose-alvarez}). Ids are safe in URLs and never contain a path
 * separator or a dot, so an id can never name a file.
 */
public final class PersonId {

    private PersonId() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
