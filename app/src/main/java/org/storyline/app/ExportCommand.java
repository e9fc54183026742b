package org.storyline.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveException;
import org.storyline.core.store.ArchiveSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storyline export --what storylines|stories|articles|quotes|claims --format jsonl|csv}: tables for analysis. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store's storylines, stories (events), articles, quotes or claims as JSONL or CSV.")
final class ExportCommand implements Callable<Integer> {

    enum What { storylines, stories, articles, quotes, claims }

    enum Format { jsonl, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--what", required = true, description = "storylines, stories, articles, quotes or claims")
    What what;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (Archive archive = Archive.open(ArchiveSettings.readOnly(store.directory));
             Writer writer = out == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long rows = new ExportTable(archive, writer, format == Format.csv).write(what.name());
            writer.flush();
            err.println(rows + " " + what + " exported");
            return StorylineCli.OK;
        } catch (ArchiveException e) {
            err.println("storyline: " + e.getMessage());
            return StorylineCli.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("storyline: export failed: " + e.getMessage());
            return StorylineCli.USAGE;
        }
    }
}
