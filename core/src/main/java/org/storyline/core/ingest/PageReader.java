package org.storyline.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/** A file that is one document: a plain-text article or an HTML page. */
final class PageReader implements FormatReader {

    private final DocumentFormat format;
    private final IngestSettings settings;

    PageReader(DocumentFormat format, IngestSettings settings) {
        this.format = format;
        this.settings = settings;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) throws IOException {
        Optional<byte[]> bytes = DocumentBytes.take(source, in, settings, sink);
        if (bytes.isPresent()) {
            String content = TextDecoder.decode(bytes.get());
            sink.document(new RawDocument(ContentId.of(bytes.get()), source, format, content, DocumentHints.NONE));
        }
    }
}
