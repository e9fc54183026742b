package org.storyline.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Report;

/**
 * What writing a story's summary costs, apart from the rest of its assembly: the story's passages and their
 * alignment are built as {@link StoryAssembler} builds them, then only {@link SummaryWriter#write} is timed.
 * Lives in the bench module, in the story package, to reach the stage's internals without widening them.
 */
public final class SummaryCost {

    private SummaryCost() {
    }

    /** Nanoseconds one summary of these analyses takes, the median of {@code repeats} runs. */
    public static long nanos(List<ArticleAnalysis> analyses, StorySettings settings, int repeats) {
        var coverage = new Coverage(analyses, Map.of());
        var names = new ArrayList<String>();
        coverage.all.forEach(a -> a.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .forEach(e -> names.add(e.name())));
        var reader = new PassageReader(new StoryCast(names));
        var passages = new ArrayList<Passage>();
        coverage.independent.forEach(a -> passages.addAll(reader.read(a, coverage.outlet(a), passages.size())));
        var weights = new TermWeights(passages);
        var claims = new ClaimMatcher(new StoryCast(names), settings);
        var alignment = new PassageAligner(weights, claims, settings).align(passages);
        var writer = new ReportWriter(weights, claims, Map.of());
        var reportOf = new HashMap<Integer, Report>();
        for (var group : alignment.groups()) {
            var report = writer.write(group);
            group.forEach(p -> reportOf.put(p.index(), report));
        }
        var times = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            new SummaryWriter(weights, settings).write(passages, reportOf);
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[repeats / 2];
    }
}
