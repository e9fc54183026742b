package org.storyline.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.storyline.core.model.Article;
import org.storyline.core.model.Span;

/**
 * Renders an article's text as escaped paragraphs with marked ranges (quotes, claims). Marks may
 * overlap or cross paragraphs: the text is cut at every mark boundary and each piece is wrapped in one
 * element whose classes are those of all marks covering it, so the markup always nests.
 */
final class TextMarks {

    /** A range to mark, with its CSS class. */
    record Mark(Span span, String css) {
    }

    private TextMarks() {
    }

    static String render(String text, List<Mark> marks) {
        List<Mark> valid = marks.stream().filter(m -> m.span() != null && m.span().end() <= text.length()
                && m.span().length() > 0).toList();
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(Article.PARAGRAPH_SEPARATOR, start);
            if (end < 0) {
                end = text.length();
            }
            out.append("<p>");
            paragraph(out, text, start, end, valid);
            out.append("</p>");
            start = end + Article.PARAGRAPH_SEPARATOR.length();
        }
        return out.toString();
    }

    private static void paragraph(StringBuilder out, String text, int begin, int end, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(begin, end));
        List<Mark> here = new ArrayList<>();
        for (Mark m : marks) {
            if (m.span().begin() < end && m.span().end() > begin) {
                here.add(m);
                cuts.add(Math.max(begin, m.span().begin()));
                cuts.add(Math.min(end, m.span().end()));
            }
        }
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            String piece = Html.text(text.substring(from, to));
            StringBuilder css = new StringBuilder();
            for (Mark m : here) {
                if (m.span().begin() <= from && m.span().end() >= to && css.indexOf(m.css()) < 0) {
                    css.append(css.length() == 0 ? "" : " ").append(m.css());
                }
            }
            if (css.length() == 0) {
                out.append(piece);
            } else {
                out.append("<mark class=\"").append(css).append("\">").append(piece).append("</mark>");
            }
            from = to;
        }
    }
}
