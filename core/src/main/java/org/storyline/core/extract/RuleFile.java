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
 * The format every stage keeps its rules in (phrases, patterns, word lists, name tables), read as written:
 * one entry a line, a line starting with '#' is a comment, blank lines are ignored, case is kept. Stages
 * after {@code extract} read their own resources through {@link #lines(Class, String)}.
 */
public final class RuleFile {

    private RuleFile() {
    }

    /** The entries of a resource of this package in file order. */
    static List<String> lines(String resource) {
        return lines(RuleFile.class, resource);
    }

    /**
     * The entries of {@code resource}, relative to {@code owner}'s package, in file order; a missing
     * resource is a packaging bug, so it throws.
     */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
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
