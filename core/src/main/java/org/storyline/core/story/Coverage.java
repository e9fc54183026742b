package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.StoryArticle;

/**
 * Who covered a story and with which articles: each article once (identical files share a content-hash
 * id), the outlet label each is shown under, and which articles are independent reports and which are
 * near-duplicate copies of one of them.
 */
final class Coverage {

    final List<ArticleAnalysis> all = new ArrayList<>();
    /** Independent reports in the order given: the articles whose statements are aligned. */
    final List<ArticleAnalysis> independent = new ArrayList<>();
    /** Copies of each independent report, by the original's id. */
    final Map<String, List<ArticleAnalysis>> copies = new HashMap<>();
    final Map<String, String> outletOf = new HashMap<>();
    final Map<String, String> originalOf = new HashMap<>();
    final List<String> notes = new ArrayList<>();

    Coverage(List<ArticleAnalysis> analyses, Map<String, String> duplicateOf) {
        var byId = new LinkedHashMap<String, ArticleAnalysis>();
        for (var a : analyses) {
            if (byId.putIfAbsent(a.article().id(), a) != null) {
                notes.add("\"" + a.article().source() + "\" has the same content as \""
                        + byId.get(a.article().id()).article().source() + "\": counted once");
            }
        }
        all.addAll(byId.values());
        for (var a : all) {
            outletOf.put(a.article().id(), label(a));
            var root = root(a.article().id(), duplicateOf, byId);
            if (root.equals(a.article().id())) {
                independent.add(a);
            } else {
                originalOf.put(a.article().id(), root);
                copies.computeIfAbsent(root, k -> new ArrayList<>()).add(a);
            }
        }
        if (!originalOf.isEmpty()) {
            notes.add(originalOf.size() + " of " + all.size()
                    + " articles are near-duplicates of another article: each counts once in corroboration");
        }
    }

    String outlet(ArticleAnalysis a) {
        return outletOf.get(a.article().id());
    }

    /** The outlets of an independent report and of every copy of it, the report's own first. */
    List<String> outletsWithCopies(String articleId) {
        var outlets = new ArrayList<String>();
        outlets.add(outletOf.get(articleId));
        for (var copy : copies.getOrDefault(articleId, List.of())) {
            if (!outlets.contains(outlet(copy))) {
                outlets.add(outlet(copy));
            }
        }
        return outlets;
    }

    List<StoryArticle> storyArticles() {
        return all.stream()
                .map(a -> new StoryArticle(a.article().id(), outlet(a), ShortTitle.of(a), a.article().url(),
                        a.article().published() == null ? null : a.article().published().date(),
                        originalOf.get(a.article().id()), a.article().source()))
                .sorted(Comparator.comparing(StoryArticle::published, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Each outlet once, the one with most articles first; outlets without a name are shown by source. */
    List<Outlet> outlets() {
        var counts = new LinkedHashMap<String, Outlet>();
        var tally = new HashMap<String, Integer>();
        for (var a : all) {
            var name = outlet(a);
            var known = a.article().outlet();
            counts.merge(name, known != null ? known : new Outlet(name, null),
                    (x, y) -> x.domain() == null ? y : x);
            tally.merge(name, 1, Integer::sum);
        }
        return counts.values().stream()
                .sorted(Comparator.comparingInt((Outlet o) -> -tally.get(o.name())))
                .toList();
    }

    int outletCount() {
        return (int) all.stream().map(this::outlet).distinct().count();
    }

    private static String root(String id, Map<String, String> duplicateOf, Map<String, ArticleAnalysis> byId) {
        var seen = new java.util.HashSet<String>();
        var current = id;
        while (duplicateOf.containsKey(current) && byId.containsKey(duplicateOf.get(current)) && seen.add(current)) {
            current = duplicateOf.get(current);
        }
        return current;
    }

    private static String label(ArticleAnalysis a) {
        var article = a.article();
        if (article.outletName() != null && !article.outletName().isBlank()) {
            return article.outletName().strip();
        }
        if (article.outlet() != null && article.outlet().domain() != null) {
            return article.outlet().domain();
        }
        if (article.url() != null) {
            var host = article.url().replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/?#].*$", "");
            if (!host.isBlank()) {
                return host.replaceFirst("^www\\.", "");
            }
        }
        var file = article.source().replaceFirst("#.*$", "").replaceFirst("^.*[/\\\\]", "");
        return "unnamed outlet (" + (file.isBlank() ? article.source() : file) + ")";
    }
}
