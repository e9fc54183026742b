package org.storyline.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.core.cluster.ArticleProfile;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Problem;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.StorylineView;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveCounts;
import org.storyline.core.store.ArchiveException;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.store.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline import DIR [--store S]}: loads what the Spark job wrote to DIR into the store, as it
 * is: each article with its analysis, event, storyline and near-duplicate link, then each event view with
 * its quotes, then each storyline view. Nothing is analysed or grouped again. The load is one atomic commit, so an interrupted import
 * leaves the store as it was; importing the same output again changes nothing (records are keyed by id).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads the output of the Spark job (bin/storyline-spark) into the store, without analysing again.",
                "Articles keep the events and storylines the job gave them; they are not regrouped with what the store holds."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything was loaded", "1:DIR is not a finished job's output, or the store cannot be written",
                "2:some rows could not be read (listed at the end)"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "DIR", description = "the job's --out directory (holding articles/, storylines.jsonl and stories.jsonl)")
    Path dir;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> storylineOfStory = new HashMap<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path stories = dir.resolve("stories.jsonl");
        Path storylines = dir.resolve("storylines.jsonl");
        try {
            List<Path> parts = JobArticles.parts(dir.resolve("articles"));
            if (!Files.isRegularFile(stories) || !Files.isRegularFile(storylines) || parts.isEmpty()) {
                err.println("storyline: " + dir + " is not the output of a finished Spark job"
                        + " (it needs articles/*.parquet, storylines.jsonl and stories.jsonl)");
                return StorylineCli.USAGE;
            }
            try (Archive archive = Archive.open(ArchiveSettings.writable(store.directory))) {
                int[] articles = {0};
                for (Path part : parts) {
                    JobArticles.read(part, row -> articles[0] += put(archive, row, part));
                }
                archive.refresh();
                int views = putViews(stories, StoryView.class, "event",
                        view -> archive.putStory(view, storylineOfStory.get(view.id()), archive.storyCentroid(view.id())));
                archive.refresh();
                int lines = putViews(storylines, StorylineView.class, "storyline",
                        view -> archive.putStoryline(view, archive.storylineCentroid(view.id())));
                archive.commit();
                ArchiveCounts counts = archive.counts();
                err.printf("%d articles, %d events and %d storylines imported from %s, %d problems;"
                                + " the store at %s holds %d articles in %d events and %d storylines%n",
                        articles[0], views, lines, dir, problems.size(), store.directory, counts.articles(),
                        counts.stories(), counts.storylines());
            }
        } catch (ArchiveException e) {
            err.println("storyline: " + e.getMessage());
            return StorylineCli.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("storyline: the import stopped and the store was left as it was: " + e.getMessage());
            return StorylineCli.USAGE;
        }
        problems.forEach(p -> err.println("  problem: " + p));
        return problems.isEmpty() ? StorylineCli.OK : StorylineCli.SOME_FAILED;
    }

    /** Puts one article; a copy goes in without a profile, as the store keeps copies out of assignment. */
    private int put(Archive archive, JobArticles.Row row, Path part) throws IOException {
        ArticleAnalysis analysis;
        ArticleProfile profile;
        try {
            analysis = RecordJson.read(row.analysis(), ArticleAnalysis.class);
            profile = row.duplicateOf() != null || row.profile() == null ? null
                    : RecordJson.read(row.profile(), ArticleProfile.class);
        } catch (RuntimeException e) {
            problems.add(new Problem(part.toString(), "article " + row.id(), "unreadable analysis: " + e.getMessage()));
            return 0;
        }
        archive.putArticle(analysis, row.story(), row.storyline(), row.duplicateOf(), profile);
        if (row.storyline() != null) {
            storylineOfStory.put(row.story(), row.storyline());
        }
        return 1;
    }

    /** Puts each view of a JSON-lines file; a line that does not read is a problem and the rest go on. */
    private <T> int putViews(Path file, Class<T> type, String what, ViewSink<T> sink) throws IOException {
        int n = 0;
        int line = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String json = in.readLine(); json != null; json = in.readLine()) {
                line++;
                T view;
                try {
                    view = RecordJson.read(json, type);
                } catch (RuntimeException e) {
                    problems.add(new Problem(file.toString(), "line " + line, "unreadable " + what + ": " + e.getMessage()));
                    continue;
                }
                sink.put(view);
                n++;
            }
        }
        return n;
    }

    private interface ViewSink<T> {
        void put(T view) throws IOException;
    }
}
