package org.storyline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One line of the DUC 2004 storyline file ({@code duc2004_dev.jsonl}): its gold topic (a TDT story that ran
 * for weeks), and its line number, which names it (two documents sit in two topics, so a document number is
 * not unique).
 */
record DucDoc(String id, int line, String docNumber, String topic, String published) {

    static final String DEV = "eval/clustering/duc2004_dev/duc2004_dev.jsonl";

    static List<DucDoc> read(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<DucDoc> docs = new ArrayList<>();
        List<String> lines = Files.readAllLines(jsonl);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(lines.get(i));
            docs.add(new DucDoc("line" + (i + 1), i + 1, n.get("doc_id").asText(), n.get("topic").asText(),
                    n.path("published").asText(null)));
        }
        return docs;
    }
}
