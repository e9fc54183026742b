package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusJobPartitionsTest {

    private static final JobSettings DEFAULT = new JobSettings(List.of("in"), "out", 0);

    @Test
    void smallCorpusGetsThreePartitionsPerCore() {
        assertThat(CorpusJob.partitions(DEFAULT, 2, 2_000)).isEqualTo(6);
    }

    @Test
    void bigCorpusGetsAPartitionPerThousandArticles() {
        assertThat(CorpusJob.partitions(DEFAULT, 2, 100_000)).isEqualTo(100);
        assertThat(CorpusJob.partitions(DEFAULT, 2, 100_001)).isEqualTo(101);
    }

    @Test
    void givenPartitionsWin() {
        assertThat(CorpusJob.partitions(new JobSettings(List.of("in"), "out", 4), 2, 100_000)).isEqualTo(4);
    }
}
