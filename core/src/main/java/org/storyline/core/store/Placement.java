package org.storyline.core.store;

/**
 * Where an article sits in the archive.
 *
 * @param story     its story (event), or {@code null}
 * @param storyline the storyline of that story, or {@code null}
 */
record Placement(String story, String storyline) {
}
