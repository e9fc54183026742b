package org.storyline.core.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An {@link ArticleProfile} turned into what the assigner compares: a unit embedding and raw term
 * weights. A name of several words also counts each word, so
 * "Reid" in one article meets "Tara Reid" in another. Entity types are left out of the terms: NER
 * calls the same name a place in one article and an organisation in the next. A name weighs
 * {@code 1 + ln(mentions)}: the people and organisations a report keeps coming back to are its event's
 * actors, while a name dropped once is background.
 *
 * <p>The article's era is the year it was published or, undated, the latest year among the dates its
 * text names: news reports the past, so the latest year named is the nearest to the event; 0 when the
 * text names no year.
 */
record ReportedArticle(ArticleProfile profile, double[] unit, Map<String, Double> entities,
                       Map<String, Double> keywords, int era, Set<String> days, Set<Integer> weekdays) {

    private static final Pattern CALENDAR_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UNANCHORED_WEEKDAY = Pattern.compile("XXXX-WXX-[1-7]");

    static ReportedArticle of(ArticleProfile profile) {
        float[] v = profile.vector();
        double[] unit = new double[v.length];
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length && norm > 0; i++) {
            unit[i] = v[i] / norm;
        }
        Map<String, Double> entities = new HashMap<>();
        for (Set<String> names : profile.entities().values()) {
            for (String name : names) {
                String lower = name.toLowerCase(Locale.ROOT).strip();
                String[] words = lower.split("[^\\p{L}\\p{N}]+");
                double weight = 1 + Math.log(Math.max(1, profile.prominence().getOrDefault(name, 1)));
                if (words.length > 1) {
                    entities.merge("n:" + lower, weight, Math::max);
                }
                for (String w : words) {
                    if (w.length() > 1) {
                        entities.merge("w:" + w, weight, Math::max);
                    }
                }
            }
        }
        Map<String, Double> keywords = new HashMap<>();
        profile.keywords().forEach((k, n) -> {
            if (n > 0) {
                keywords.put("k:" + k, 1 + Math.log(n));
            }
        });
        return new ReportedArticle(profile, unit, entities, keywords, era(profile), days(profile),
                weekdays(profile));
    }

    /** The publication day and the days (not months or years) the text names, as ISO dates. */
    private static Set<String> days(ArticleProfile profile) {
        Set<String> days = new java.util.HashSet<>();
        if (profile.time() != null) {
            days.add(profile.time().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
        }
        for (String iso : profile.datesNamed()) {
            if (CALENDAR_DAY.matcher(iso).matches()) {
                days.add(iso);
            }
        }
        return Set.copyOf(days);
    }

    /**
     * The weekdays (1 Monday to 7 Sunday) of the days the text names, placed ({@code 2013-05-02}) or not
     * ({@code XXXX-WXX-4}, a weekday in an undated article); the publication day is not one of them.
     */
    private static Set<Integer> weekdays(ArticleProfile profile) {
        Set<Integer> out = new java.util.HashSet<>();
        for (String iso : profile.datesNamed()) {
            if (CALENDAR_DAY.matcher(iso).matches()) {
                try {
                    out.add(java.time.LocalDate.parse(iso).getDayOfWeek().getValue());
                } catch (java.time.format.DateTimeParseException e) {
                    // a date the text names that no calendar has (31 June) tells no weekday
                }
            } else if (UNANCHORED_WEEKDAY.matcher(iso).matches()) {
                out.add(iso.charAt(iso.length() - 1) - '0');
            }
        }
        return Set.copyOf(out);
    }

    private static int era(ArticleProfile profile) {
        if (profile.time() != null) {
            return profile.time().atZone(java.time.ZoneOffset.UTC).getYear();
        }
        int latest = 0;
        for (String iso : profile.datesNamed()) {
            if (iso.length() >= 4 && iso.chars().limit(4).allMatch(Character::isDigit)) {
                latest = Math.max(latest, Integer.parseInt(iso.substring(0, 4)));
            }
        }
        return latest;
    }

    List<String> terms() {
        List<String> all = new ArrayList<>(entities.keySet());
        all.addAll(keywords.keySet());
        return all;
    }

    /** The terms that go into the term index: every entity term and the top keywords by tf-idf. */
    List<String> indexTerms(TermStats stats, int topKeywords) {
        List<String> out = new ArrayList<>(entities.keySet());
        Map<String, Double> weight = new HashMap<>();
        keywords.forEach((k, w) -> weight.put(k, w * stats.idf(k)));
        weight.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(topKeywords)
                .forEach(e -> out.add(e.getKey()));
        return out;
    }
}
