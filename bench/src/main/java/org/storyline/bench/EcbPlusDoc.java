package org.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One document of ECB+ as {@code ecbplus_docs.jsonl} gives it: its gold event and topic, and its text. */
record EcbPlusDoc(String id, int topic, String event, String text) {

    static List<EcbPlusDoc> read(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EcbPlusDoc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            docs.add(new EcbPlusDoc(n.get("doc_id").asText(), n.get("topic").asInt(),
                    n.get("event_cluster").asText(), n.get("text").asText()));
        }
        return docs;
    }
}
