package org.storyline.core.store;

import java.nio.file.Path;

/**
 * How an archive is opened.
 *
 * @param directory  the store directory ({@code ./storyline-data} by default)
 * @param readOnly   open for reading only: no lock is taken, another process may be writing; call
 *                   {@link Archive#refresh()} to see its later commits
 * @param maxWindow  the deepest result a page may reach (offset + limit); deeper pages are refused so
 *                   that one request cannot make the server collect millions of hits
 */
public record ArchiveSettings(Path directory, boolean readOnly, int maxWindow) {

    public static final Path DEFAULT_DIRECTORY = Path.of("storyline-data");

    public static ArchiveSettings writable(Path directory) {
        return new ArchiveSettings(directory, false, 10_000);
    }

    public static ArchiveSettings readOnly(Path directory) {
        return new ArchiveSettings(directory, true, 10_000);
    }
}
