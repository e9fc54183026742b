package org.storyline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.core.extract.DateParser;
import org.storyline.core.extract.HtmlArticleExtractor;
import org.storyline.core.model.Article;
import org.storyline.core.model.PublicationTime;

/**
 * Error analysis for publication dates on the newspaper4k set:
 * {@code bench/run DateMisses [sharedDir] [dev|heldout|all]} (default {@code ../shared dev}).
 * Pages with an odd gold id are the dev part, used to tune the date rules; even ids are held out. For each
 * miss in the chosen part it prints the gold date, ours and every date the page states, with where it
 * stands (meta tag, JSON-LD key, {@code <time>}, itemprop, URL, visible text), so that a fix addresses
 * what is really wrong. Then the match rate of each part.
 */
public final class DateMisses {

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(\\d{1,2})[/-]?(\\d{1,2})(?:/|-|\\.|$)");
    private static final int MAX_LISTED = 25;

    private DateMisses() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        String part = args.length > 1 ? args[1] : "dev";
        Path dir = shared.resolve(NewspaperEval.DATASET);
        if (!Files.isDirectory(dir)) {
            System.out.println("DateMisses: skipped, no data under " + dir);
            return;
        }
        var extractor = new HtmlArticleExtractor();
        int[] dated = new int[2];
        int[] matched = new int[2];
        for (NewspaperEval.Case c : NewspaperEval.load(dir)) {
            if (c.date().isBlank()) {
                continue;
            }
            int half = c.isDev() ? 0 : 1;
            Article a = NewspaperEval.extract(extractor, c);
            PublicationTime ours = a == null ? null : a.published();
            boolean hit = ours != null && c.date().startsWith(ours.date().toString());
            dated[half]++;
            matched[half] += hit ? 1 : 0;
            boolean listed = part.equals("all") || part.equals("dev") == (half == 0);
            if (!hit && listed) {
                System.out.printf("MISS id=%s gold=%s ours=%s url=%s%n", c.id(), c.date(), a == null ? "no article" : ours, c.url());
                candidates(c).forEach(line -> System.out.println("    " + line));
            }
        }
        System.out.printf("date match: dev %.4f (%d/%d)  held-out %.4f (%d/%d)  all %.4f (%d/%d)%n",
                rate(matched[0], dated[0]), matched[0], dated[0], rate(matched[1], dated[1]), matched[1], dated[1],
                rate(matched[0] + matched[1], dated[0] + dated[1]), matched[0] + matched[1], dated[0] + dated[1]);
    }

    /** Every date-like value the page states, with its source. */
    private static List<String> candidates(NewspaperEval.Case c) {
        Document page = Jsoup.parse(c.html(), c.url());
        var lines = new ArrayList<String>();
        Matcher url = URL_DATE.matcher(c.url());
        if (url.find()) {
            lines.add("url: " + url.group(1) + "-" + url.group(2) + "-" + url.group(3));
        }
        for (Element meta : page.select("meta[content]")) {
            String key = (meta.attr("property") + " " + meta.attr("name") + " " + meta.attr("itemprop")).strip();
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.contains("date") || lower.contains("time") || lower.contains("publish") || lower.contains("modif")) {
                lines.add("meta " + key + ": " + meta.attr("content"));
            }
        }
        for (Element e : page.select("[itemprop~=(?i)date]:not(meta)")) {
            lines.add("itemprop " + e.attr("itemprop") + ": " + firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
        }
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                jsonDates(new ObjectMapper().readTree(script.data()), "", lines);
            } catch (Exception e) {
                lines.add("json-ld: unreadable (" + e.getClass().getSimpleName() + ")");
            }
        }
        for (Element time : page.select("time")) {
            lines.add("time datetime=" + time.attr("datetime") + " text=" + shorten(time.text()));
        }
        int shown = 0;
        for (Element e : page.select("[class~=(?i)date|time|publish|byline|posted], [id~=(?i)date|publish]")) {
            String text = e.ownText().isBlank() ? e.text() : e.ownText();
            if (text.length() <= 120 && DateParser.standard().parse(text) != null && shown++ < MAX_LISTED) {
                lines.add("visible ." + shorten(e.className()) + ": " + shorten(text) + " -> " + DateParser.standard().parse(text));
            }
        }
        return lines.size() > 3 * MAX_LISTED ? lines.subList(0, 3 * MAX_LISTED) : lines;
    }

    private static void jsonDates(JsonNode node, String path, List<String> lines) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                jsonDates(node.get(i), path + "[" + i + "]", lines);
            }
        } else if (node.isObject()) {
            String type = node.path("@type").isMissingNode() ? "" : node.path("@type").toString();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                if (field.getValue().isValueNode() && field.getKey().toLowerCase(Locale.ROOT).contains("date")) {
                    lines.add("json-ld " + path + type + "." + field.getKey() + ": " + field.getValue().asText());
                } else {
                    jsonDates(field.getValue(), path + "." + field.getKey(), lines);
                }
            }
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String shorten(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }

    private static double rate(int hit, int total) {
        return total == 0 ? 0 : (double) hit / total;
    }
}
