package org.storyline.app;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.storyline.core.AnalysisOutcome;
import org.storyline.core.model.Article;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.ChangeDirection;
import org.storyline.core.model.Claim;
import org.storyline.core.model.Entity;
import org.storyline.core.model.Problem;
import org.storyline.core.model.Quote;

/** Renders one article's analysis for a reader at a terminal: entities, quotes, claims, notes. */
final class AnalysisText {

    private static final int QUOTE_WIDTH = 160;

    private AnalysisText() {
    }

    static void write(AnalysisOutcome outcome, PrintWriter out) {
        ArticleAnalysis analysis = outcome.analysis();
        Article article = analysis.article();
        out.println("== " + article.source());
        out.println(header(article));
        for (Problem p : outcome.notes()) {
            out.println("   note: " + p.reason());
        }
        for (Problem p : outcome.failures()) {
            out.println("   FAILED " + p.where() + ": " + p.reason());
        }
        out.println("Entities (" + analysis.entities().size() + ")");
        for (Entity e : analysis.entities()) {
            String roles = e.roles().isEmpty() ? "" : " - " + String.join("; ", e.roles());
            out.printf("  %-12s %s%s  [%d mentions]%n", e.type(), e.name(), roles, e.mentions().size());
        }
        out.println("Quotes (" + analysis.quotes().size() + ")");
        for (Quote q : analysis.quotes()) {
            out.printf("  %-8s %s (%s): \u201c%s\u201d%n", q.kind(), q.speaker() == null ? "?" : q.speaker().name(),
                    q.cue() == null ? "-" : q.cue(), shorten(q.text()));
        }
        out.println("Claims (" + analysis.claims().size() + ")");
        String text = analysis.annotated().text();
        for (Claim c : analysis.claims()) {
            out.println("  " + claim(c, text));
        }
        out.println();
        out.flush();
    }

    private static String header(Article article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.title() == null ? "(no title)" : article.title());
        if (article.outletName() != null) {
            parts.add(article.outletName());
        }
        if (article.published() != null) {
            parts.add(article.published().date().toString());
        }
        parts.add("language " + article.language());
        return "   " + String.join(" | ", parts);
    }

    static String claim(Claim c, String text) {
        StringBuilder line = new StringBuilder();
        line.append(c.subject() == null ? "?" : c.subject()).append(": ");
        line.append(c.approximate() ? "~" : "").append(number(c.value()));
        if (c.total() != null) {
            line.append(" of ").append(number(c.total()));
        }
        if (c.unit() != null) {
            line.append(' ').append(c.unit());
        }
        if (c.change() != ChangeDirection.NONE) {
            line.append(' ').append(c.change().name().toLowerCase(Locale.ROOT));
        }
        if (c.what() != null) {
            line.append(" - ").append(c.what());
        }
        if (c.time() != null) {
            line.append(" @").append(c.time());
        }
        line.append("  \u00ab").append(c.span().of(text)).append('\u00bb');
        return line.toString();
    }

    private static String number(double value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static String shorten(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= QUOTE_WIDTH ? flat : flat.substring(0, QUOTE_WIDTH - 1) + "\u2026";
    }
}
