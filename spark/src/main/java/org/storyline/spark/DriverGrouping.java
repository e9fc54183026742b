package org.storyline.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.StoryGrouping;
import org.storyline.core.store.ArchiveIngest;
import org.storyline.core.store.RecordJson;

/**
 * Event and storyline assignment at corpus scale, on the driver: the cluster stage's {@link StoryGrouping}, the one
 * {@code analyze} uses, fed the originals' profiles in corpus order as they stream from the executors
 * (one partition at a time), and the copies with the originals they repeat. The assigner's work per
 * article is bounded by its active stories, so it keeps a steady rate however long the stream
 * (BENCHMARKS.md: about a thousand articles per CPU second), and its memory holds the open stories and
 * one id per article.
 *
 * <p>Events and storylines are named as the store names them, after their first article
 * ({@link ArchiveIngest#newStoryId}, {@link ArchiveIngest#newStorylineId}),
 * so that two imports into one store do not collide and a re-run gives the same ids.
 */
final class DriverGrouping {

    private DriverGrouping() {
    }

    static List<Membership> group(Iterator<String> originalProfiles, Map<String, String> copies) {
        StoryGrouping grouping = new StoryGrouping();
        while (originalProfiles.hasNext()) {
            grouping.place(RecordJson.read(originalProfiles.next(), ArticleProfile.class));
        }
        copies.forEach(grouping::copy);
        List<Membership> members = new ArrayList<>();
        Map<String, String> lineIds = new HashMap<>();
        for (StoryGrouping.Group group : grouping.groups()) {
            String story = ArchiveIngest.newStoryId(group.articles().get(0));
            String storyline = lineIds.computeIfAbsent(group.storyline(),
                    k -> ArchiveIngest.newStorylineId(group.articles().get(0)));
            for (int i = 0; i < group.articles().size(); i++) {
                String id = group.articles().get(i);
                members.add(new Membership(id, story, storyline, i, group.duplicateOf().get(id)));
            }
        }
        return members;
    }
}
