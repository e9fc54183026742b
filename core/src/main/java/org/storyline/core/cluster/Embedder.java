package org.storyline.core.cluster;

/** Turns a text into a dense vector whose cosine with another text's says how alike they are in meaning. */
public interface Embedder {

    /** The vector of {@code text}; the same length for every text. Implementations are thread-safe. */
    float[] embed(String text);
}
