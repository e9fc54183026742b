package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mozilla Readability (with jsdom) on the same pages, run by node from {@code bench/readability}. Its
 * packages are installed there by {@code npm ci} on first use, from the committed lockfile.
 */
final class ReadabilityBaseline {

    /** Readability's text of one page and the milliseconds it took to parse and extract it. */
    record Result(String text, double millis) {
    }

    /** A page to extract. */
    record Page(String id, String url, String html) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadabilityBaseline() {
    }

    /** Runs Readability over the pages; throws with a reason when node or the packages are not there. */
    static Map<String, Result> run(List<Page> pages) throws IOException, InterruptedException {
        Path dir = directory();
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            int rc = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
            if (rc != 0) {
                throw new IOException("npm ci in " + dir + " failed with exit code " + rc);
            }
        }
        // Two node processes, each on half of the pages: halves the wall time on two cores. Each page is
        // still timed alone inside its process, so pages/s stays a single-thread figure.
        int half = (pages.size() + 1) / 2;
        List<List<Page>> parts = List.of(pages.subList(0, half), pages.subList(half, pages.size()));
        var inputs = new ArrayList<Path>();
        var outputs = new ArrayList<Path>();
        try {
            var running = new ArrayList<Process>();
            for (List<Page> part : parts) {
                Path input = Files.createTempFile("readability-in", ".jsonl");
                Path output = Files.createTempFile("readability-out", ".jsonl");
                inputs.add(input);
                outputs.add(output);
                try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
                    for (Page p : part) {
                        w.write(JSON.writeValueAsString(Map.of("id", p.id(), "url", p.url(), "html", p.html())));
                        w.write('\n');
                    }
                }
                running.add(new ProcessBuilder("node", "--max-old-space-size=3072", "extract.js")
                        .directory(dir.toFile()).redirectInput(input.toFile()).redirectOutput(output.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start());
            }
            for (Process process : running) {
                int rc = process.waitFor();
                if (rc != 0) {
                    throw new IOException("node extract.js failed with exit code " + rc);
                }
            }
            var results = new HashMap<String, Result>();
            for (Path output : outputs) {
                for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                    JsonNode n = JSON.readTree(line);
                    results.put(n.get("id").asText(), new Result(n.get("text").asText(), n.get("ms").asDouble()));
                }
            }
            return results;
        } finally {
            for (Path path : inputs) {
                Files.deleteIfExists(path);
            }
            for (Path path : outputs) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** {@code bench/readability}, found from where this class was loaded ({@code bench/target/classes}). */
    private static Path directory() throws IOException {
        try {
            Path classes = Path.of(ReadabilityBaseline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().getParent().resolve("readability");
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
