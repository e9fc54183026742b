package org.storyline.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule resource of this package (phrases, patterns, name tables), read as written: one entry a line,
 * a line starting with '#' is a comment, blank lines are ignored, case is kept.
 */
final class RuleFile {

    private RuleFile() {
    }

    /** The entries of the resource in file order; a missing resource is a packaging bug, so it throws. */
    static List<String> lines(String resource) {
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            var lines = new ArrayList<String>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each entry split at '|' into trimmed fields. */
    static List<List<String>> rows(String resource) {
        var rows = new ArrayList<List<String>>();
        for (String line : lines(resource)) {
            var fields = new ArrayList<String>();
            for (String field : line.split("\\|")) {
                fields.add(field.strip());
            }
            rows.add(List.copyOf(fields));
        }
        return List.copyOf(rows);
    }
}
