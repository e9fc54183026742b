package org.storyline.core.model;

/**
 * An input that could not be read, parsed or extracted, as it appears in a run's report. Bad input
 * never stops a run: it becomes one of these and the run goes on.
 *
 * @param source the file or URL
 * @param where  the place inside it ({@code line 12}, {@code record 3}, {@code item 2}), or {@code null}
 * @param reason what went wrong, in words a user can act on
 */
public record Problem(String source, String where, String reason) {

    @Override
    public String toString() {
        return where == null ? source + ": " + reason : source + " (" + where + "): " + reason;
    }
}
