package org.storyline.core.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A sink for the fetch tests: keeps every arrival and settles it at once. Content is its own id (so the
 * same bytes twice are already stored); text that contains "NO ARTICLE" is not read as an article.
 */
final class RecordingSink implements ArrivalSink {

    final List<Arrival> arrivals = new ArrayList<>();
    final Set<String> stored = new HashSet<>();
    int commits;

    @Override
    public void take(Arrival arrival, Consumer<Settlement> settle) {
        arrivals.add(arrival);
        String text = text(arrival);
        if (text.contains("NO ARTICLE")) {
            settle.accept(Settlement.notRead("only boilerplate"));
        } else if (!stored.add(text)) {
            settle.accept(Settlement.alreadyStored("a-" + text.hashCode()));
        } else {
            settle.accept(Settlement.stored("a-" + text.hashCode()));
        }
    }

    @Override
    public void commit() {
        commits++;
    }

    static String text(Arrival arrival) {
        return new String(arrival.bytes(), StandardCharsets.UTF_8);
    }

    List<String> urls() {
        return arrivals.stream().map(a -> a.hints().url()).toList();
    }
}
