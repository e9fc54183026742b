package org.storyline.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostGateTest {

    @Test
    void fourRequestsToOneHostTakeAtLeastThreeDelays() throws Exception {
        HostGate gate = new HostGate(4);
        long before = System.nanoTime();
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> {
                try (HostGate.Pass pass = gate.enter("http://a.example:80", Duration.ofMillis(100))) {
                    starts.add(System.nanoTime());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long last = starts.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(Duration.ofNanos(last - before)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void otherHostsDoNotWait() throws Exception {
        HostGate gate = new HostGate(1);
        gate.enter("http://a.example:80", Duration.ofHours(1)).close();
        long before = System.nanoTime();

        gate.enter("http://b.example:80", Duration.ofHours(1)).close();

        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMinutes(1));
    }
}
