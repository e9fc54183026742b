package org.storyline.core.fetch;

/**
 * A request that got no usable answer. {@code passing} failures (a timeout, a refused or reset
 * connection) may go away when asked again; the others (a body over the size limit, an encoding
 * Storyline cannot decode) will not.
 */
final class FetchFailure extends Exception {

    private final boolean passing;

    FetchFailure(String reason, boolean passing) {
        super(reason, null, false, false);
        this.passing = passing;
    }

    boolean passing() {
        return passing;
    }
}
