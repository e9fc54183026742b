package org.storyline.core.fetch;

/**
 * What became of an {@link Arrival} in the store.
 *
 * @param articleId the article stored, or already stored with the same content; {@code null} when not read
 * @param reason    why it could not be read as an article, else {@code null}
 */
public record Settlement(Result result, String articleId, String reason) {

    public enum Result {
        STORED,
        ALREADY_STORED,
        /** Not an article: empty, binary, only boilerplate. */
        NOT_READ
    }

    public static Settlement stored(String articleId) {
        return new Settlement(Result.STORED, articleId, null);
    }

    public static Settlement alreadyStored(String articleId) {
        return new Settlement(Result.ALREADY_STORED, articleId, null);
    }

    public static Settlement notRead(String reason) {
        return new Settlement(Result.NOT_READ, null, reason);
    }
}
