package org.storyline.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.StoryView;
import org.storyline.core.store.RecordJson;
import scala.Tuple2;

/**
 * Assembles one story's view on an executor, one task per story: core's {@code StoryAssembler} over the
 * story's analyses in the order the grouping listed them, with its copies linked to their originals.
 * The view is written as the store's JSON of a {@link StoryView}, the same as a story of
 * {@code analyze --json}.
 */
final class StoryTask {

    /** A story's view as one JSON line, with its id and its storyline's. */
    record AssembledStory(String id, String storyline, String json) implements java.io.Serializable {
    }

    private StoryTask() {
    }

    static AssembledStory assemble(String story, Iterable<Tuple2<Membership, String>> members) {
        List<Tuple2<Membership, String>> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(m -> m._1().index()));
        List<ArticleAnalysis> analyses = new ArrayList<>(sorted.size());
        Map<String, String> duplicateOf = new HashMap<>();
        for (Tuple2<Membership, String> m : sorted) {
            analyses.add(RecordJson.read(m._2(), ArticleAnalysis.class));
            if (m._1().duplicateOf() != null) {
                duplicateOf.put(m._1().id(), m._1().duplicateOf());
            }
        }
        StoryView view = ExecutorModels.assembler().assemble(story, analyses, duplicateOf);
        return new AssembledStory(story, sorted.get(0)._1().storyline(), RecordJson.write(view));
    }
}
