package org.storyline.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.cluster.NearDuplicateDetector;
import org.storyline.core.cluster.PublicationWindow;
import org.storyline.core.cluster.StorylineAssigner;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.store.RecordJson;

/**
 * How any corpus comes out as events and storylines, for reading by eye where there is no gold:
 * {@code bench/run StorylineTrace ANALYSES.jsonl} (the output of {@code storyline analyze-article --format
 * jsonl}). Replays the analyses in publication order as {@code analyze} does and prints every storyline of
 * more than one event, each event with its articles' dates, outlets and titles, and how many articles joined
 * an event and how many new events joined a storyline. Embeddings are kept next to the input
 * ({@code ANALYSES.minilm}).
 */
public final class StorylineTrace {

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        List<ArticleAnalysis> analyses = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    analyses.add(RecordJson.read(line, ArticleAnalysis.class));
                }
            }
        }
        analyses.sort(PublicationWindow.ORDER);
        EmbeddingCache cache = new EmbeddingCache(Path.of(input + ".minilm"));
        ArticleProfiler profiler = new ArticleProfiler(cache.over(new MiniLmEmbedder()));
        StorylineAssigner assigner = new StorylineAssigner();
        NearDuplicateDetector copies = new NearDuplicateDetector();
        Map<String, ArticleAnalysis> byId = new HashMap<>();
        int eventJoins = 0;
        int storylineJoins = 0;
        int roundups = 0;
        for (ArticleAnalysis a : analyses) {
            String id = a.article().id();
            if (byId.putIfAbsent(id, a) != null || copies.add(a.article()).filter(o -> !o.equals(id)).isPresent()) {
                continue;
            }
            ArticleProfile p = profiler.profile(a);
            roundups += p.roundup() ? 1 : 0;
            StorylineAssigner.Placement placed = assigner.assign(p);
            if (!placed.event().newStory()) {
                eventJoins++;
            } else if (!placed.newStoryline()) {
                storylineJoins++;
            }
        }
        cache.save();
        Map<String, List<String>> events = assigner.events();
        int shown = 0;
        for (Map.Entry<String, List<String>> line : assigner.storylines().entrySet()) {
            if (line.getValue().size() < 2) {
                continue;
            }
            shown++;
            System.out.println("== " + line.getKey());
            for (String event : line.getValue()) {
                System.out.println("  -- " + event);
                for (String id : events.getOrDefault(event, List.of())) {
                    ArticleAnalysis a = byId.get(id);
                    System.out.printf("       %s  %-22.22s %s%n", a.article().published().date(),
                            a.article().outlet().name(), a.article().title());
                }
            }
        }
        Map<String, Integer> sizes = new LinkedHashMap<>();
        assigner.storylines().forEach((line, evs) -> sizes.put(line, evs.stream()
                .mapToInt(e -> events.getOrDefault(e, List.of()).size()).sum()));
        System.out.printf("%d articles (%d roundups, standing alone): %d events, %d storylines (%d of several events,"
                        + " the largest %d articles); %d articles joined an event, %d new events joined a storyline%n",
                byId.size(), roundups, events.size(), sizes.size(), shown,
                sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0), eventJoins, storylineJoins);
    }
}
