package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * What one outlet alone reports in a story: statements, claims and quotes no other independent
 * outlet carries (near-duplicate copies of its own article do not make them shared).
 *
 * @param outlet  the outlet's name
 * @param reports what only it reports, in its article's order
 */
public record OnlyIn(String outlet, List<Report> reports) {

    public OnlyIn {
        Objects.requireNonNull(outlet, "outlet");
        reports = List.copyOf(reports);
    }
}
