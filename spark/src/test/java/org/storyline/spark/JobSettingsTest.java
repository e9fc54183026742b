package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobSettingsTest {

    @Test
    void readsOutputPartitionsAndInputs() {
        JobSettings s = JobSettings.parse("--out", "run1", "--partitions", "12", "hdfs://nn/crawl", "local/dir");
        assertThat(s.out()).isEqualTo("run1");
        assertThat(s.partitions()).isEqualTo(12);
        assertThat(s.inputs()).containsExactly("hdfs://nn/crawl", "local/dir");
    }

    @Test
    void refusesARunWithoutOutput() {
        assertThatThrownBy(() -> JobSettings.parse("examples")).hasMessageContaining("--out DIR is required");
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> JobSettings.parse("--out", "o", "--mastre", "x"))
                .hasMessageContaining("unknown option --mastre");
    }
}
