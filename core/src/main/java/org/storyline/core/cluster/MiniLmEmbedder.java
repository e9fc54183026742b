package org.storyline.core.cluster;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * all-MiniLM-L6-v2 sentence embeddings (384 dimensions), run in-process by ONNX Runtime from the model
 * that ships inside the langchain4j jar: nothing is downloaded at run time. Loading takes about a
 * second; build one and share it (it is thread-safe).
 */
public final class MiniLmEmbedder implements Embedder {

    /** The model reads 256 word pieces; a longer text is cut into pieces embedded apart, which costs time
     * and adds little, since a news lead carries the event. */
    private static final int MAX_CHARS = 1200;

    private final EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

    @Override
    public float[] embed(String text) {
        String cut = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
        return model.embed(cut.isBlank() ? "-" : cut).content().vector();
    }
}
