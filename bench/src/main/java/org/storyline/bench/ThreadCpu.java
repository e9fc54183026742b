package org.storyline.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this process by kind of thread (the analysis workers, the main thread, the JIT compilers,
 * the garbage collector, the rest), read from Linux's {@code /proc/self/task}: a short run pays for
 * compiling the hot code as much as for running it, and the process total alone cannot tell the two apart.
 * A {@link Snapshot} holds each live thread's time; {@link #since} charges each kind what its threads spent
 * between two snapshots, and what threads that ended in between spent is the process total's remainder.
 * Empty where {@code /proc} is absent.
 */
final class ThreadCpu {

    static final String ANALYSIS = "analysis workers";
    static final String MAIN = "main";
    static final String JIT = "JIT compiler";
    static final String GC = "garbage collector";
    static final String OTHER = "other";
    static final String ENDED = "threads that ended";

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double TICKS_PER_SECOND = 100;

    private ThreadCpu() {
    }

    /** Each live thread's id, kind and CPU seconds so far. */
    record Snapshot(Map<String, String> kinds, Map<String, Double> seconds) {
    }

    static Snapshot snapshot() {
        Map<String, String> kinds = new HashMap<>();
        Map<String, Double> seconds = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return new Snapshot(kinds, seconds);
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String id = task.getFileName().toString();
                    kinds.put(id, kind(Files.readString(task.resolve("comm")).trim()));
                    seconds.put(id, ticks(Files.readString(task.resolve("stat"))) / TICKS_PER_SECOND);
                } catch (IOException ended) {
                    // the thread ended while being read; the remainder takes its time
                }
            }
        } catch (IOException e) {
            return new Snapshot(Map.of(), Map.of());
        }
        return new Snapshot(kinds, seconds);
    }

    /**
     * CPU seconds by kind between two snapshots; {@value #ENDED} is {@code processSeconds} less the rest.
     * Empty when {@code later} is.
     */
    static Map<String, Double> since(Snapshot earlier, Snapshot later, double processSeconds) {
        Map<String, Double> byKind = new LinkedHashMap<>();
        if (later.seconds().isEmpty()) {
            return byKind;
        }
        for (String kind : new String[] {ANALYSIS, MAIN, JIT, GC, OTHER}) {
            byKind.put(kind, 0.0);
        }
        double known = 0;
        for (Map.Entry<String, Double> e : later.seconds().entrySet()) {
            double spent = e.getValue() - earlier.seconds().getOrDefault(e.getKey(), 0.0);
            byKind.merge(later.kinds().get(e.getKey()), spent, Double::sum);
            known += spent;
        }
        byKind.put(ENDED, Math.max(0, processSeconds - known));
        return byKind;
    }

    private static String kind(String threadName) {
        if (threadName.startsWith("storyline-analy")) {
            return ANALYSIS;
        }
        if (threadName.equals("java") || threadName.equals("main")) {
            return MAIN;
        }
        if (threadName.contains("Compiler")) {
            return JIT;
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
            return GC;
        }
        return OTHER;
    }

    /** User plus system clock ticks from one {@code /proc/PID/task/TID/stat} line. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
