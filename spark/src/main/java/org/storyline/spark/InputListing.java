package org.storyline.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input files the job reads, in the order {@code storyline analyze} reads them: each path as given,
 * directories walked depth first in name order, hidden files and folders ({@code .name}) passed over.
 * Works on any Hadoop file system. A path that does not exist or cannot be listed is a problem, not a
 * failed job. Files of a format Storyline does not read are listed too; the reader passes them over.
 */
final class InputListing {

    record Listing(List<InputFile> files, List<JobProblem> problems) {
    }

    private final Configuration configuration;
    private final List<InputFile> files = new ArrayList<>();
    private final List<JobProblem> problems = new ArrayList<>();

    private InputListing(Configuration configuration) {
        this.configuration = configuration;
    }

    static Listing of(List<String> inputs, Configuration configuration) {
        InputListing listing = new InputListing(configuration);
        for (String input : inputs) {
            listing.add(input);
        }
        return new Listing(List.copyOf(listing.files), List.copyOf(listing.problems));
    }

    private void add(String input) {
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(configuration);
            walk(fs, fs.getFileStatus(path), input.endsWith("/") ? input.substring(0, input.length() - 1) : input);
        } catch (FileNotFoundException e) {
            problems.add(new JobProblem(input, null, "not found: no such file or directory"));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new JobProblem(input, null, "cannot list: " + e.getMessage()));
        }
    }

    private void walk(FileSystem fs, FileStatus status, String source) throws IOException {
        if (!status.isDirectory()) {
            files.add(new InputFile(files.size(), status.getPath().toString(), source));
            return;
        }
        FileStatus[] children;
        try {
            children = fs.listStatus(status.getPath());
        } catch (IOException e) {
            problems.add(new JobProblem(source, null, "cannot list directory: " + e.getMessage()));
            return;
        }
        Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            if (!name.startsWith(".")) {
                walk(fs, child, source + "/" + name);
            }
        }
    }
}
