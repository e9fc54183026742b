package org.storyline.core.cluster;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * all-MiniLM-L6-v2 sentence embeddings (384 dimensions), run in-process by ONNX Runtime from the model
 * that ships inside the langchain4j jar: nothing is downloaded at run time. The model loads once per
 * process (about a second) and runs on the calling thread; instances share it and are thread-safe.
 */
public final class MiniLmEmbedder implements Embedder {

    /** The model's tokenizer keeps the first 128 word pieces, about 600 characters of news; the cut only
     * spares tokenizing the rest of a long article. */
    private static final int MAX_CHARS = 1200;

    private final EmbeddingModel model = MiniLmModel.shared();

    @Override
    public float[] embed(String text) {
        String cut = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
        return model.embed(cut.isBlank() ? "-" : cut).content().vector();
    }
}
