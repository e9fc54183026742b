package org.storyline.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of the job reads and where it writes.
 *
 * @param inputs     files or directories on any Hadoop file system ({@code /data}, {@code hdfs://...},
 *                   {@code s3a://...}), read in name order as {@code storyline analyze} reads them
 * @param out        the output directory; it must not exist yet or be empty
 * @param partitions how many partitions the articles are spread over for analysis; 0 means the
 *                   cluster's default parallelism times three (so a slow partition does not hold up the
 *                   rest) or one per thousand articles (so a task's data stays small), whichever is more
 */
record JobSettings(List<String> inputs, String out, int partitions) {

    static final String USAGE = "usage: StorylineJob --out DIR [--partitions N] INPUT...";

    JobSettings {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT given; " + USAGE);
        }
        if (out == null || out.isBlank()) {
            throw new IllegalArgumentException("--out DIR is required; " + USAGE);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 or more");
        }
    }

    /** Reads the job's own arguments (spark-submit keeps its options, such as --master, to itself). */
    static JobSettings parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = value(args, ++i, "--out");
                case "--partitions" -> partitions = number(value(args, ++i, "--partitions"));
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
                    }
                    inputs.add(args[i]);
                }
            }
        }
        return new JobSettings(inputs, out, partitions);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions takes a whole number, not '" + text + "'");
        }
    }
}
