package org.storyline.core.store;

/**
 * The archive directory cannot be used: it was written by another schema version, holds something
 * that is not a Storyline store, is locked by another process, or cannot be read. The message says
 * which, in words a user can act on.
 */
public final class ArchiveException extends Exception {

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
