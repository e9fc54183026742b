package org.storyline.core.story;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;

/**
 * Where a story happens: the place most of its reports are datelined in or put their event in. An
 * article's place counts only when the article itself bears it out: the text opens with it (a dateline),
 * or its named-entity tagger calls it a place and the article comes back to it (at least
 * {@link #LEAST_MENTIONS} mentions). A name tagged as an organisation ("Congress", "European Union") or a
 * person is never a place, and a place named once in passing ("… the slowest since 2009 in China") is not
 * where the story happens.
 */
final class StoryPlace {

    static final int LEAST_MENTIONS = 2;

    private StoryPlace() {
    }

    /**
     * The story's place, or {@code null} when no report bears one out. In a story of three articles or more
     * a place one report alone bears out must also be named by half of them: a report filed elsewhere (a
     * reaction from Brussels) or opening on an earlier venue is not where the story happens. Between places
     * borne out equally often, the one more of the story's articles name wins.
     */
    static String of(List<ArticleAnalysis> articles) {
        var counts = new LinkedHashMap<String, Integer>();
        var spelling = new LinkedHashMap<String, String>();
        for (var a : articles) {
            var place = borneOut(a);
            if (place != null) {
                var key = place.toLowerCase(Locale.ROOT);
                counts.merge(key, 1, Integer::sum);
                spelling.putIfAbsent(key, titleCase(place));
            }
        }
        var naming = namingArticles(articles, counts.keySet());
        return counts.entrySet().stream()
                .filter(e -> articles.size() < 3 || e.getValue() >= 2 || 2 * naming.get(e.getKey()) >= articles.size())
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> naming.get(e.getKey())))
                .map(e -> spelling.get(e.getKey()))
                .orElse(null);
    }

    /** For each of {@code places} (lower case), how many of the articles name it as a place. */
    private static Map<String, Integer> namingArticles(List<ArticleAnalysis> articles, Set<String> places) {
        var naming = new HashMap<String, Integer>();
        places.forEach(p -> naming.put(p, 0));
        for (var a : articles) {
            var named = new HashSet<String>();
            for (Entity e : a.entities()) {
                if (e.type() == EntityType.PLACE && e.name() != null) {
                    named.add(e.name().toLowerCase(Locale.ROOT));
                }
            }
            named.retainAll(places);
            named.forEach(p -> naming.merge(p, 1, Integer::sum));
        }
        return naming;
    }

    /** The article's own place when its text bears it out, else {@code null}. */
    static String borneOut(ArticleAnalysis a) {
        var place = a.article().datelinePlace();
        if (place == null || place.isBlank()) {
            return null;
        }
        place = place.strip();
        var key = place.toLowerCase(Locale.ROOT);
        boolean notAPlace = false;
        int mentions = 0;
        for (Entity e : a.entities()) {
            if (e.name() == null || !e.name().toLowerCase(Locale.ROOT).equals(key)) {
                continue;
            }
            if (e.type() == EntityType.PLACE) {
                mentions += Math.max(1, e.mentions().size());
            } else {
                notAPlace = true;
            }
        }
        if (notAPlace && mentions == 0) {
            return null;
        }
        return datelined(a, key) || mentions >= LEAST_MENTIONS ? place : null;
    }

    /** Whether the body opens with the place, as a dateline does ("BRUSSELS, Nov 29 (Reuters) -"). */
    private static boolean datelined(ArticleAnalysis a, String key) {
        var text = a.article().text();
        var head = text.substring(0, Math.min(text.length(), key.length() + 40)).toLowerCase(Locale.ROOT);
        return head.startsWith(key) || head.matches("(?s)^\\W{0,3}" + java.util.regex.Pattern.quote(key) + ".*");
    }

    /** "BRUSSELS" as "Brussels"; a place already in mixed case is kept as written. */
    static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        return Arrays.stream(place.toLowerCase(Locale.ROOT).split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
