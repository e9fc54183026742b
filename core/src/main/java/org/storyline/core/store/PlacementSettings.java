package org.storyline.core.store;

import org.storyline.core.cluster.ClusterSettings;
import org.storyline.core.cluster.DuplicateSettings;

/**
 * How {@link ArchiveIngest} places articles: with the cluster stage's own settings, so that the store
 * groups articles as {@code storyline analyze} does.
 *
 * @param cluster        event assignment (candidates per article, thresholds, time window)
 * @param storylines     storyline assignment
 * @param duplicates     near-duplicate detection
 * @param copyCandidates stored articles most like a new one (by their rarest shared words) that are
 *                       checked as its possible originals; a copy shares nearly every word of its
 *                       original, so it ranks first among them
 */
public record PlacementSettings(ClusterSettings cluster, ClusterSettings storylines, DuplicateSettings duplicates,
                                int copyCandidates) {

    public static final PlacementSettings DEFAULTS =
            new PlacementSettings(ClusterSettings.DEFAULTS, ClusterSettings.STORYLINES, DuplicateSettings.DEFAULTS, 8);
}
