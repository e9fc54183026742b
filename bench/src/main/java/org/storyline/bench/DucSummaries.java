package org.storyline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The DUC 2004 task-2 summaries of {@code eval/summaries/duc2004_dev}: the human references of each topic
 * ({@code references/dNNNNN.m.100.t.X}), the published systems' summaries ({@code systems/dNNNNN.SYSTEM})
 * and the ROUGE scores SOURCE.md states for each system, read from its table.
 */
final class DucSummaries {

    static final String DEV = "eval/summaries/duc2004_dev";

    /** One row of SOURCE.md's table: a system and its ROUGE-1 and ROUGE-2 recall. */
    record Published(String system, double rouge1, double rouge2) {
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*([A-Za-z0-9_]+)\\s*\\|\\s*([0-9.]+)\\s*\\|\\s*([0-9.]+)\\s*\\|\\s*$");

    private final Path dir;
    private final Map<String, List<String>> references = new TreeMap<>();

    private DucSummaries(Path dir) {
        this.dir = dir;
    }

    static DucSummaries read(Path dir) throws IOException {
        DucSummaries s = new DucSummaries(dir);
        try (Stream<Path> files = Files.list(dir.resolve("references"))) {
            for (Path f : files.sorted().toList()) {
                String topic = f.getFileName().toString().split("\\.")[0];
                s.references.computeIfAbsent(topic, k -> new ArrayList<>()).add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return s;
    }

    /** The topic ids ({@code d30001}), sorted. */
    List<String> topics() {
        return List.copyOf(references.keySet());
    }

    List<String> references(String topic) {
        return references.getOrDefault(topic, List.of());
    }

    /** A published system's summary of a topic. */
    String system(String topic, String system) throws IOException {
        return Files.readString(dir.resolve("systems").resolve(topic + "." + system), StandardCharsets.UTF_8);
    }

    /** The systems' scores as SOURCE.md's table gives them, in its order. */
    List<Published> published() throws IOException {
        Map<String, Published> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("SOURCE.md"), StandardCharsets.UTF_8)) {
            var m = ROW.matcher(line.strip());
            if (m.matches()) {
                rows.put(m.group(1), new Published(m.group(1), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
            }
        }
        return List.copyOf(rows.values());
    }
}
