package org.storyline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.StoryGrouping;
import org.storyline.core.store.RecordJson;

/**
 * What the Spark job's driver does per article, at scale: {@code bench/run DriverGroupingScale [articles]
 * [events]}. The generated stream of {@link ClusterScale} is turned into the JSON profiles the executors
 * send, then read back and placed with {@link StoryGrouping} in time order, as the job's driver does with
 * the profiles it streams from the executors. Prints the rate per CPU second of the grouping thread for
 * every 50,000 articles (it must stay flat), the heap the grouping holds at the end (after a GC, stream
 * excluded) and B³ against the generated events.
 */
public final class DriverGroupingScale {

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 6_000;
        List<ClusterScale.Generated> stream = ClusterScale.generate(articles, events, 30, new Random(2026));
        List<String> json = new ArrayList<>(stream.size());
        Map<String, String> gold = new HashMap<>();
        for (ClusterScale.Generated g : stream) {
            json.add(RecordJson.write(g.profile()));
            gold.put(g.profile().id(), Integer.toString(g.event()));
        }
        stream = null;
        System.out.printf("DriverGroupingScale: %,d JSON profiles from %,d events over 30 days%n", articles, events);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StoryGrouping grouping = new StoryGrouping();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long blockCpu = cpuStart;
        for (int i = 0; i < json.size(); i++) {
            grouping.place(RecordJson.read(json.get(i), ArticleProfile.class));
            json.set(i, null);
            if ((i + 1) % 50_000 == 0 || i + 1 == articles) {
                long cpu = threads.getCurrentThreadCpuTime();
                int inBlock = (i % 50_000) + 1;
                System.out.printf("  articles %,9d  %,7.0f articles per CPU second%n", i + 1, inBlock / ((cpu - blockCpu) / 1e9));
                blockCpu = cpu;
            }
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        List<StoryGrouping.Group> groups = grouping.groups();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heldMiB = (rt.totalMemory() - rt.freeMemory()) >> 20;
        Map<String, String> predicted = new HashMap<>();
        groups.forEach(g -> g.articles().forEach(id -> predicted.put(id, g.id())));
        ClusteringScore score = ClusteringScore.of(predicted, gold);
        System.out.printf("overall %,.0f articles per CPU second (%.1f CPU s); %,d stories; heap after GC %,d MiB "
                        + "(grouping and gold map); B3 F1 %.3f against the generated events%n",
                articles / cpuSeconds, cpuSeconds, groups.size(), heldMiB, score.b3F1());
    }
}
