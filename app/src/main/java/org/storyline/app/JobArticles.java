package org.storyline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

/**
 * The {@code articles} table a Spark job run wrote (Parquet part files), read row by row without Spark:
 * each article's id, event, storyline, the article it copies, and its analysis and cluster profile as the store's JSON.
 */
final class JobArticles {

    /** One row of the table. {@code duplicateOf} is {@code null} for an independent report. */
    record Row(String id, String story, String storyline, String duplicateOf, String analysis, String profile) {
    }

    interface RowSink {
        void accept(Row row) throws IOException;
    }

    private JobArticles() {
    }

    /** The table's part files, in name order; none when the folder holds no table. */
    static List<Path> parts(Path table) throws IOException {
        if (!Files.isDirectory(table)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(table)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
    }

    /** Passes every row of one part file to {@code sink}, in file order. */
    @SuppressWarnings("deprecation") // the Group reader has no builder taking an InputFile
    static void read(Path part, RowSink sink) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(part.toUri());
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path)
                .withConf(new Configuration()).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                sink.accept(new Row(text(g, "id"), text(g, "story"), text(g, "storyline"), text(g, "duplicate_of"), text(g, "analysis"),
                        text(g, "profile")));
            }
        }
    }

    private static String text(Group g, String field) {
        return !g.getType().containsField(field) || g.getFieldRepetitionCount(field) == 0 ? null : g.getString(field, 0);
    }
}
