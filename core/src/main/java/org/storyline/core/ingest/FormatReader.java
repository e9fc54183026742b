package org.storyline.core.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads one input of one format into documents and problems. */
interface FormatReader {

    /**
     * @param source the input's name for reports
     * @param in     its bytes, already unwrapped from gzip except for WARC (which jwarc unwraps itself)
     * @throws IOException when reading fails before any record could be reported on its own
     */
    void read(String source, InputStream in, DocumentSink sink) throws IOException;
}
