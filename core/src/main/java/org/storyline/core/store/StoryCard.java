package org.storyline.core.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A story as lists show it, kept beside the full view so that a page of stories never reads one.
 *
 * @param id        the story id
 * @param title     its headline
 * @param outlets   outlet names, most coverage first
 * @param articles  how many articles it holds
 * @param quotes    how many distinct quotes it reports
 * @param people    the most quoted people, at most five
 * @param first     first publication day, or {@code null}
 * @param last      last publication day, or {@code null}
 * @param place     where it happens, or {@code null}
 * @param lede      the first summary sentence, or {@code null}
 * @param conflicts how many conflicts its outlets show
 * @param storyline the storyline it belongs to, or {@code null} in a store written before storylines
 */
public record StoryCard(String id, String title, List<String> outlets, int articles, int quotes,
                        List<String> people, LocalDate first, LocalDate last, String place, String lede,
                        int conflicts, String storyline) {
}
