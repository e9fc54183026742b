package org.storyline.core.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.storyline.core.model.Problem;

/**
 * A {@code .json} file: one article object, or an array of them. In an array each element is
 * {@code record N}; when the JSON breaks partway, the records before the break still come through.
 */
final class JsonFileReader implements FormatReader {

    private final ObjectMapper json;
    private final IngestSettings settings;

    JsonFileReader(ObjectMapper json, IngestSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    @Override
    public void read(String source, InputStream in, DocumentSink sink) throws IOException {
        Optional<byte[]> bytes = DocumentBytes.take(source, in, settings, sink);
        if (bytes.isEmpty()) {
            return;
        }
        int reading = 0;
        try (JsonParser parser = json.createParser(TextDecoder.decode(bytes.get()))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonParseException(parser, "no JSON value");
            }
            if (first != JsonToken.START_ARRAY) {
                JsonNode node = parser.readValueAsTree();
                requireEnd(parser);
                JsonArticle.report(node, ContentId.of(bytes.get()), source, null, settings, sink);
                return;
            }
            // the element being read is named in a problem, even when the break comes between elements
            for (reading = 1; ; reading++) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    break;
                }
                if (token == null) {
                    throw new JsonParseException(parser, "the array ends early, with no closing ]");
                }
                JsonNode node = parser.readValueAsTree();
                JsonArticle.report(node, ContentId.of(json.writeValueAsBytes(node)), source, "record " + reading, settings, sink);
            }
            requireEnd(parser);
        } catch (JsonProcessingException e) {
            sink.problem(new Problem(source, reading == 0 ? null : "record " + reading, "invalid JSON: " + e.getOriginalMessage()));
        }
    }

    static void requireEnd(JsonParser parser) throws IOException {
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw new JsonParseException(parser, "unexpected " + after + " after the end of the JSON value");
        }
    }
}
