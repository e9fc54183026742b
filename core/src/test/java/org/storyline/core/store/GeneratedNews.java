package org.storyline.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.storyline.core.model.ArticleAnalysis;

/**
 * Generated articles for store tests: {@code events} events, each covered by {@code perEvent} articles
 * from different outlets. An event's articles share a vocabulary of invented words and one quote;
 * events share nothing, so a correct placer groups them exactly. Every article carries its own
 * marker word ({@code markerN}) so a test can check that it is searchable.
 */
final class GeneratedNews {

    private static final String[] OUTLETS = {"Meridian Wire", "Coastline Post", "Valley Herald", "Northgate Times", "Delta Radio"};
    private static final String SYLLABLES = "ka ro vi shu ten mal dor pez lun gra fi nok sar bel tu zem";

    private GeneratedNews() {
    }

    static List<ArticleAnalysis> articles(int events, int perEvent, long seed) {
        String[] syllables = SYLLABLES.split(" ");
        Random random = new Random(seed);
        List<ArticleAnalysis> all = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                words.add(syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]
                        + syllables[random.nextInt(syllables.length)] + "x" + e);
            }
            String speaker = "Speaker" + e + " Person";
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(e % 300);
            for (int a = 0; a < perEvent; a++) {
                int n = e * perEvent + a;
                String outlet = OUTLETS[a % OUTLETS.length];
                all.add(Clippings.article(String.format("doc%05d", n), outlet, day,
                        "The " + words.get(0) + " " + words.get(1) + " affair",
                        String.join(" ", words) + " marker" + n + ".",
                        "Officials said the " + words.get(2) + " near " + words.get(3) + " was " + words.get(4) + ".",
                        speaker + ": \"We will " + words.get(5) + " the " + words.get(6) + ".\""));
            }
        }
        return all;
    }
}
