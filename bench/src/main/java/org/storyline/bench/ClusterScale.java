package org.storyline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.cluster.StorylineAssigner;
import org.storyline.core.model.EntityType;

/**
 * Clustering speed and scale: {@code bench/run ClusterScale [articles] [events] [days]}. Generates a stream of
 * article profiles (384-dimensional vectors scattered around their event's, names and keywords drawn
 * mostly from the event's own and partly from a shared pool, events starting over 120 days, long enough that storylines,
 * which stay open 45 days, fade as events do),
 * then feeds them in time order through the {@link StorylineAssigner} with default settings, as
 * {@code analyze} and the store place articles in events and storylines. Prints the rate for every
 * 10,000 articles and the events and storylines still active, by the clock and per second of the assigning thread's CPU (which a busy
 * shared machine does not distort; it must stay flat as the stream grows), the overall rate, peak heap
 * (the sum of the heap pools' peaks) and
 * how well the events recover the generated events (B³), and the storylines too: the generated events
 * are unrelated, so a storyline that chains two of them is a mistake.
 */
public final class ClusterScale {

    private static final int DIMENSION = 384;

    record Generated(ArticleProfile profile, int event) {
    }

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        List<Generated> stream = generate(articles, events, days, new Random(2026));
        System.out.printf("ClusterScale: %,d articles from %,d events over %d days, %d-dimensional vectors%n",
                articles, events, days, DIMENSION);
        StorylineAssigner assigner = new StorylineAssigner();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long blockStart = start;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long blockCpu = cpuStart;
        for (int i = 0; i < stream.size(); i++) {
            assigner.assign(stream.get(i).profile());
            if ((i + 1) % 10_000 == 0 || i + 1 == stream.size()) {
                long now = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                int inBlock = (i % 10_000) + 1;
                System.out.printf("  articles %,7d  %,8.0f articles/s  %,8.0f articles per CPU second  active events %,6d"
                                + "  active storylines %,6d  heap used %,5d MiB%n",
                        i + 1, inBlock / ((now - blockStart) / 1e9), inBlock / ((cpu - blockCpu) / 1e9),
                        assigner.activeEvents(), assigner.activeStorylines(), retainedHeapMiB());
                System.out.flush();
                // the collection for the retained heap is not the assigner's cost: the next block starts after it
                blockStart = System.nanoTime();
                blockCpu = threads.getCurrentThreadCpuTime();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Map<String, String> predicted = new HashMap<>();
        Map<String, String> lines = new HashMap<>();
        Map<String, String> gold = new HashMap<>();
        for (Generated g : stream) {
            String event = assigner.eventOf(g.profile().id()).orElseThrow();
            predicted.put(g.profile().id(), event);
            lines.put(g.profile().id(), assigner.storylineOfEvent(event).orElseThrow());
            gold.put(g.profile().id(), Integer.toString(g.event()));
        }
        ClusteringScore score = ClusteringScore.of(predicted, gold);
        ClusteringScore lineScore = ClusteringScore.of(lines, gold);
        System.out.printf("overall %,.0f articles/s (%.1f s wall, %,.0f articles per CPU second); events %,d; storylines %,d;"
                        + " peak heap %,d MiB%n", stream.size() / seconds, seconds, stream.size() / cpuSeconds,
                assigner.events().size(), assigner.storylines().size(), peakHeapMiB());
        System.out.printf("events B3 P %.3f R %.3f F1 %.3f; storylines B3 P %.3f R %.3f F1 %.3f against the generated events%n",
                score.b3Precision(), score.b3Recall(), score.b3F1(),
                lineScore.b3Precision(), lineScore.b3Recall(), lineScore.b3F1());
    }

    static List<Generated> generate(int articles, int events, int days, Random random) {
        Instant day0 = Instant.parse("2026-01-01T00:00:00Z");
        int names = 40_000;
        int words = 20_000;
        float[][] centers = new float[events][];
        int[][] eventNames = new int[events][];
        int[][] eventWords = new int[events][];
        Instant[] starts = new Instant[events];
        double[] popularity = new double[events];
        double total = 0;
        for (int e = 0; e < events; e++) {
            centers[e] = gaussian(random, 1.0);
            eventNames[e] = random.ints(3 + random.nextInt(5), 0, names).toArray();
            eventWords[e] = random.ints(10 + random.nextInt(10), 0, words).toArray();
            starts[e] = day0.plus(Duration.ofMinutes(random.nextInt(days * 24 * 60)));
            popularity[e] = 1.0 / Math.pow(e + 1, 0.6);
            total += popularity[e];
        }
        double[] cumulative = new double[events];
        double run = 0;
        for (int e = 0; e < events; e++) {
            run += popularity[e] / total;
            cumulative[e] = run;
        }
        List<Generated> out = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            int pick = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            int e = Math.min(events - 1, pick < 0 ? -pick - 1 : pick);
            float[] noise = gaussian(random, 0.9);
            float[] v = new float[DIMENSION];
            for (int d = 0; d < DIMENSION; d++) {
                v[d] = centers[e][d] + noise[d];
            }
            Set<String> entityNames = new LinkedHashSet<>();
            for (int k = 0; k < 3; k++) {
                entityNames.add("Name" + eventNames[e][random.nextInt(eventNames[e].length)]);
            }
            entityNames.add("Name" + (int) Math.floor(Math.pow(random.nextDouble(), 3) * names));
            Map<String, Integer> keywords = new HashMap<>();
            for (int k = 0; k < 12; k++) {
                keywords.merge("w" + eventWords[e][random.nextInt(eventWords[e].length)], 1, Integer::sum);
            }
            for (int k = 0; k < 20; k++) {
                keywords.merge("w" + (int) Math.floor(Math.pow(random.nextDouble(), 3) * words), 1, Integer::sum);
            }
            long minutes = (long) (-Math.log(1 - random.nextDouble()) * 24 * 60);
            ArticleProfile p = new ArticleProfile("a" + i, "outlet" + random.nextInt(200),
                    starts[e].plus(Duration.ofMinutes(minutes)), v, Map.of(EntityType.PERSON, entityNames), keywords);
            out.add(new Generated(p, e));
        }
        out.sort(Comparator.comparing(g -> g.profile().time()));
        return out;
    }

    private static float[] gaussian(Random random, double length) {
        float[] v = new float[DIMENSION];
        double scale = length / Math.sqrt(DIMENSION);
        for (int d = 0; d < DIMENSION; d++) {
            v[d] = (float) (random.nextGaussian() * scale);
        }
        return v;
    }

    /** The heap still in use after a full collection: what the assigner holds on to. */
    private static long retainedHeapMiB() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
