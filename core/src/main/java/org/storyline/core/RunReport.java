package org.storyline.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.storyline.core.model.Problem;

/**
 * What a run did: how many files it read, documents it found in them, articles it extracted, files it
 * skipped, and every problem, each naming its input.
 *
 * @param files     input files read
 * @param documents documents read from them (a feed or a WARC holds several)
 * @param extracted articles extracted
 * @param skipped   inputs passed over as formats Storyline does not read (not failures)
 * @param problems  inputs, records or documents that failed, in the order met
 */
public record RunReport(int files, int documents, int extracted, int skipped, List<Problem> problems) {

    public RunReport {
        problems = List.copyOf(problems);
    }

    public boolean allSucceeded() {
        return problems.isEmpty();
    }

    /**
     * Failures counted by what went wrong, most frequent first: the part of each reason before its first
     * colon ("invalid JSON", "binary, not text"), since the rest is detail about one input.
     */
    public Map<String, Integer> failuresByReason() {
        Map<String, Integer> counts = new TreeMap<>(problems.stream()
                .collect(Collectors.groupingBy(p -> kind(p.reason()), Collectors.summingInt(p -> 1))));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    static String kind(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unknown";
        }
        int colon = reason.indexOf(':');
        return (colon > 0 ? reason.substring(0, colon) : reason).strip();
    }
}
