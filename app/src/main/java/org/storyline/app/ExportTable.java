package org.storyline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Claim;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.StorylineEvent;
import org.storyline.core.model.StorylineView;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArticleCard;
import org.storyline.core.store.RecordJson;

/**
 * Writes one kind of stored record as JSONL (the full records) or CSV (one flat row each, RFC 4180,
 * text cells that a spreadsheet would run as a formula prefixed with an apostrophe).
 */
final class ExportTable {

    /** An article with where the store placed it and where it was read from. */
    record ArticleRow(String story, String storyline, String duplicateOf, String source, Article article) {
    }

    /** A claim with the article and story that report it. */
    record ClaimRow(String article, String story, String outlet, LocalDate published, Claim claim) {
    }

    private final Archive archive;
    private final Writer out;
    private final boolean csv;
    private long rows;

    ExportTable(Archive archive, Writer out, boolean csv) {
        this.archive = archive;
        this.out = out;
        this.csv = csv;
    }

    long write(String what) throws IOException {
        switch (what) {
            case "storylines" -> {
                header("id", "title", "first", "last", "place", "events", "event_ids", "outlets", "articles", "people");
                archive.eachStoryline(this::storyline);
            }
            case "stories" -> {
                header("id", "title", "first", "last", "place", "outlets", "articles", "people", "corroborated", "conflicts");
                archive.eachStory(this::story);
            }
            case "articles" -> {
                header("id", "story", "storyline", "outlet", "title", "url", "published", "quotes", "claims", "duplicate_of",
                        "source");
                archive.eachArticleCard(card -> article(card));
            }
            case "quotes" -> {
                header("id", "story", "speaker", "kind", "text", "outlets", "articles", "published");
                archive.eachQuote(q -> row(q, q.id(), q.story(), q.speaker(), q.kind(), q.text(), String.join("|", q.outlets()),
                        String.join("|", q.articles()), q.published()));
            }
            default -> {
                header("article", "story", "outlet", "published", "subject", "what", "value", "unit", "approximate",
                        "total", "change", "time");
                archive.eachArticleCard(card -> claims(card));
            }
        }
        return rows;
    }

    private void story(StoryView s) {
        row(s, s.id(), s.title(), s.period() == null ? null : s.period().first(), s.period() == null ? null : s.period().last(),
                s.place(), String.join("|", s.outlets().stream().map(Outlet::name).toList()), s.articles().size(),
                s.people().size(), s.corroborated().size(), s.conflicts().size());
    }

    private void storyline(StorylineView l) {
        row(l, l.id(), l.title(), l.period() == null ? null : l.period().first(), l.period() == null ? null : l.period().last(),
                l.place(), l.events().size(), String.join("|", l.events().stream().map(StorylineEvent::id).toList()),
                String.join("|", l.outlets().stream().map(Outlet::name).toList()), l.articles(), l.people().size());
    }

    private void article(ArticleCard card) {
        Article a = load(card).article();
        row(new ArticleRow(card.story(), card.storyline(), card.duplicateOf(), a.source(), a), a.id(), card.story(),
                card.storyline(), a.outletName(), card.title(), a.url(), card.published(), card.quotes(), card.claims(),
                card.duplicateOf(), a.source());
    }

    private void claims(ArticleCard card) {
        ArticleAnalysis analysis = load(card);
        for (Claim c : analysis.claims()) {
            row(new ClaimRow(card.id(), card.story(), card.outlet(), card.published(), c), card.id(), card.story(),
                    card.outlet(), card.published(), c.subject(), c.what(), c.value(), c.unit(), c.approximate(), c.total(),
                    c.change(), c.time());
        }
    }

    private ArticleAnalysis load(ArticleCard card) {
        try {
            return archive.article(card.id()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(String... names) throws IOException {
        if (csv) {
            out.write(String.join(",", names));
            out.write("\r\n");
        }
    }

    private void row(Object record, Object... cells) {
        try {
            if (csv) {
                List<String> escaped = new ArrayList<>(cells.length);
                for (Object cell : cells) {
                    escaped.add(cell(cell));
                }
                out.write(String.join(",", escaped));
                out.write("\r\n");
            } else {
                out.write(RecordJson.write(record));
                out.write("\n");
            }
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                ? Long.toString(d.longValue()) : value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
