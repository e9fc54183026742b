package org.storyline.core.store;

/** One value of a facet and how many results carry it. */
public record FacetCount(String value, long count) {
}
