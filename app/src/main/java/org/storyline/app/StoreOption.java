package org.storyline.app;

import java.nio.file.Path;
import org.storyline.core.store.ArchiveSettings;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use a store. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", description = "store directory (default: ${DEFAULT-VALUE})",
            defaultValue = "storyline-data")
    Path directory = ArchiveSettings.DEFAULT_DIRECTORY;
}
