package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void reportsOfOneEventAreCloserThanReportsOfAnother() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        float[] vote = embedder.embed(String.join("\n", TestArticles.paragraphs("tram-vote.txt")));
        float[] other = embedder.embed(String.join("\n", TestArticles.paragraphs("tram-other.txt")));
        float[] flood = embedder.embed(String.join("\n", TestArticles.paragraphs("flood.txt")));
        assertThat(vote).hasSize(384);
        assertThat(cosine(vote, other)).isGreaterThan(cosine(vote, flood) + 0.1);
    }

    @Test
    void embedsEmptyText() {
        assertThat(new MiniLmEmbedder().embed("")).hasSize(384);
    }
}
