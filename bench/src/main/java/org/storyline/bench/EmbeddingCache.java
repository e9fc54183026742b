package org.storyline.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Embeddings of an evaluation's texts, kept in a file under {@code target/} between runs so that tuning
 * does not pay the model again. Entries are keyed by the text itself (its hash and length), so a changed
 * text is embedded afresh.
 */
final class EmbeddingCache {

    private final Path file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private volatile boolean changed;

    EmbeddingCache(Path file) {
        this.file = file;
        if (Files.isReadable(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String key = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    vectors.put(key, v);
                }
            } catch (IOException e) {
                vectors.clear();
            }
        }
    }

    /** The vector of every text, embedding (in parallel) only those not cached. */
    Map<String, float[]> embed(List<String> texts, Function<String, float[]> embedder) throws IOException {
        int before = vectors.size();
        texts.parallelStream().forEach(t -> vectors.computeIfAbsent(key(t), k -> embedder.apply(t)));
        if (vectors.size() > before) {
            changed = true;
            save();
        }
        Map<String, float[]> out = new HashMap<>();
        texts.forEach(t -> out.put(t, vectors.get(key(t))));
        return out;
    }

    /**
     * An embedder that answers from the cache and embeds (and remembers) only what is not in it; call
     * {@link #save} afterwards to keep the new vectors. Thread-safe.
     */
    org.storyline.core.cluster.Embedder over(org.storyline.core.cluster.Embedder model) {
        return text -> vectors.computeIfAbsent(key(text), k -> {
            changed = true;
            return model.embed(text);
        });
    }

    private static String key(String text) {
        return text.hashCode() + ":" + text.length();
    }

    void save() throws IOException {
        if (!changed && Files.exists(file)) {
            return;
        }
        changed = false;
        Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
    }
}
