package org.storyline.core.model;

/**
 * A news outlet.
 *
 * @param name   readable name ("Reuters", "Stars and Stripes")
 * @param domain registered web domain ("reuters.com"), or {@code null} when unknown
 */
public record Outlet(String name, String domain) {
}
