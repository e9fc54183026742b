package org.storyline.core.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.storyline.core.model.Problem;

/**
 * JSON Lines: one article object a line, read as a stream so the file may be any size. A line that is
 * not valid JSON becomes a problem naming its line number, and the lines after it are still read.
 */
final class JsonLinesReader implements FormatReader {

    private final ObjectMapper json;
    private final IngestSettings settings;

    JsonLinesReader(ObjectMapper json, IngestSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) {
        LineReader lines = new LineReader(in, settings.maxDocumentBytes());
        while (true) {
            byte[] line;
            try {
                line = lines.next();
            } catch (IOException e) {
                sink.problem(new Problem(source, "line " + (lines.lineNumber() + 1), ReadFailure.reason(e)));
                return;
            }
            if (line == null) {
                return;
            }
            String where = "line " + lines.lineNumber();
            if (line == LineReader.TOO_LONG) {
                sink.problem(new Problem(source, where, DocumentBytes.tooLarge(settings)));
            } else if (!isBlank(line)) {
                parse(source, where, line, sink);
            }
        }
    }

    private void parse(String source, String where, byte[] line, DocumentSink sink) {
        try (JsonParser parser = json.createParser(TextDecoder.decode(line))) {
            if (parser.nextToken() == null) {
                throw new JsonParseException(parser, "no JSON value");
            }
            JsonNode node = parser.readValueAsTree();
            JsonFileReader.requireEnd(parser);
            JsonArticle.report(node, ContentId.of(line), source, where, settings, sink);
        } catch (JsonProcessingException e) {
            sink.problem(new Problem(source, where, "invalid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            sink.problem(new Problem(source, where, ReadFailure.reason(e)));
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
