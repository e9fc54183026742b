package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {

    @TempDir
    Path dir;

    @Test
    void walksFoldersInNameOrderAsAnalyzeDoes() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("c.jsonl"), "{}");
        Files.writeString(dir.resolve("b/x.txt"), "x");
        Files.writeString(dir.resolve("a.txt"), "a");
        var listing = InputListing.of(List.of(dir.toString()), new Configuration());
        assertThat(listing.files()).extracting(InputFile::source)
                .containsExactly(dir + "/a.txt", dir + "/b/x.txt", dir + "/c.jsonl");
        assertThat(listing.files()).extracting(InputFile::index).containsExactly(0, 1, 2);
    }

    @Test
    void passesOverHiddenFilesAndFolders() throws IOException {
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve(".cache/old.txt"), "x");
        Files.writeString(dir.resolve(".draft.txt"), "x");
        Files.writeString(dir.resolve("kept.txt"), "x");
        assertThat(InputListing.of(List.of(dir.toString()), new Configuration()).files())
                .extracting(InputFile::source).containsExactly(dir + "/kept.txt");
    }

    @Test
    void missingPathIsAProblemNotAFailure() {
        var listing = InputListing.of(List.of(dir.resolve("nowhere").toString()), new Configuration());
        assertThat(listing.files()).isEmpty();
        assertThat(listing.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("not found"));
    }
}
