package org.storyline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Problem;
import org.storyline.core.cluster.ArticleProfiler;
import org.storyline.core.cluster.MiniLmEmbedder;
import org.storyline.core.cluster.PublicationWindow;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveCounts;
import org.storyline.core.store.ArchiveException;
import org.storyline.core.store.ArchiveIngest;
import org.storyline.core.store.ArchiveSettings;
import org.storyline.core.story.StoryAssembler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline ingest PATH... [--store DIR]}: adds articles to the store. New articles join stored
 * events and storylines or start new ones and the touched views are rebuilt; articles already stored are
 * skipped. Up to {@code --reorder} analysed articles are held back and placed oldest first, as {@code analyze}
 * places a whole input. Work is committed every {@code --batch} articles, so an interrupted ingest keeps every
 * committed batch and re-running it finishes the rest.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Adds articles to the store: events and storylines grow as articles arrive.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories of any supported format")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--batch", description = "articles per atomic commit (default: ${DEFAULT-VALUE})", defaultValue = "50")
    int batch;

    @Option(names = "--reorder", paramLabel = "N", defaultValue = "1000", description = "articles held back to be placed "
            + "in publication order, so a dump out of time order groups as it would have as it came out; 0 places "
            + "each as read (default: ${DEFAULT-VALUE})")
    int reorder;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        int[] added = {0};
        int[] already = {0};
        try (Archive archive = Archive.open(ArchiveSettings.writable(store.directory))) {
            StoryAssembler assembler = new StoryAssembler();
            ArchiveIngest ingest = new ArchiveIngest(archive, new ArticleProfiler(new MiniLmEmbedder()), assembler::assemble);
            Progress progress = new Progress(err, "ingest");
            PublicationWindow window = new PublicationWindow(Math.max(0, reorder));
            Consumer<ArticleAnalysis> place = analysis -> {
                if (add(ingest, analysis) == ArchiveIngest.Outcome.ADDED) {
                    if (++added[0] % Math.max(1, batch) == 0) {
                        commit(ingest);
                        problems.addAll(ingest.takeProblems());
                    }
                } else {
                    already[0]++;
                }
            };
            int[] read = {0};
            new Newsroom().read(inputs, analysis -> {
                window.offer(analysis, place);
                progress.show(++read[0]);
            }, problems::add, n -> { });
            window.drain(place);
            ingest.commit();
            problems.addAll(ingest.takeProblems());
            progress.done();
            ArchiveCounts counts = archive.counts();
            err.printf("%d articles added, %d already stored, %d problems; the store at %s holds %d articles in %d events"
                            + " and %d storylines%n",
                    added[0], already[0], problems.size(), store.directory, counts.articles(), counts.stories(),
                    counts.storylines());
        } catch (ArchiveException e) {
            err.println("storyline: " + e.getMessage());
            return StorylineCli.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("storyline: the store could not be written: " + e.getMessage());
            return StorylineCli.USAGE;
        }
        problems.forEach(p -> err.println("  problem: " + p));
        return problems.isEmpty() ? StorylineCli.OK : StorylineCli.SOME_FAILED;
    }

    private static ArchiveIngest.Outcome add(ArchiveIngest ingest, ArticleAnalysis analysis) {
        try {
            return ingest.add(analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void commit(ArchiveIngest ingest) {
        try {
            ingest.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
