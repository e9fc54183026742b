package org.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.model.StoryArticle;
import org.storyline.core.model.StoryView;
import org.storyline.core.store.RecordJson;

/**
 * One run of {@code bin/storyline-spark} as a separate process, as a user starts it: its wall time, the CPU
 * time of its JVM (sampled from /proc while it runs, so the last fraction of a second is missed), its exit
 * code, its phase times and the grouping it wrote.
 */
record SparkRun(String master, int exitCode, double wallSeconds, double cpuSeconds, long peakResidentMiB,
                Map<String, Double> phases, Path out) {

    private static final Pattern PHASE = Pattern.compile("storyline-spark: (.+) ([0-9.]+) s");
    private static final Path SCRIPT = Path.of("bin/storyline-spark");

    /** Builds the job jar and the local Spark runtime when needed, so that no timed run pays for it. */
    static void build() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(SCRIPT.toString()).inheritIO().start();
        p.waitFor(); // no arguments: builds what is missing, then stops on the usage error
    }

    static SparkRun run(String master, Path out, List<String> inputs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString(), "--master", master, "--out", out.toString()));
        command.addAll(inputs);
        Path log = Files.createTempFile("storyline-spark", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        double cpu = 0;
        long peak = 0;
        while (!process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            cpu = Math.max(cpu, cpuSeconds(process.pid()));
            peak = Math.max(peak, peakResidentMiB(process.pid()));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        Map<String, Double> phases = new LinkedHashMap<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = PHASE.matcher(line);
            if (m.matches()) {
                phases.put(m.group(1), Double.parseDouble(m.group(2)));
            }
            if (line.startsWith("storyline-spark:") || line.contains("ERROR") || line.contains("Exception")) {
                System.out.println("    | " + line);
            }
        }
        Files.deleteIfExists(log);
        return new SparkRun(master, process.exitValue(), wall, cpu, peak, phases, out);
    }

    /** Article id to story id, from the run's stories.jsonl. */
    Map<String, String> grouping() throws IOException {
        Map<String, String> storyOf = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve("stories.jsonl"))) {
            StoryView view = RecordJson.read(line, StoryView.class);
            for (StoryArticle a : view.articles()) {
                storyOf.put(a.id(), view.id());
            }
        }
        return storyOf;
    }

    /** The process's peak resident set so far (VmHWM in /proc/PID/status), in MiB. */
    private static long peakResidentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended
        }
        return 0;
    }

    /** utime + stime of a process, from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
