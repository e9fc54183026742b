package org.storyline.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.storyline.core.model.Article;
import org.storyline.core.model.Credit;
import org.storyline.core.model.CreditRole;
import org.storyline.core.model.PublicationTime;

/** An article as a person reads it in a terminal: a heading, the metadata that is known, captions, then the body. */
final class ArticleText {

    private ArticleText() {
    }

    static String render(Article article) {
        StringBuilder out = new StringBuilder();
        out.append("=== ").append(article.title() == null ? "(no headline)" : article.title()).append('\n');
        field(out, "outlet", article.outlet() == null ? null
                : article.outlet().name() + (article.outlet().domain() == null ? "" : " (" + article.outlet().domain() + ")"));
        field(out, "published", published(article.published()));
        field(out, "dateline", article.datelinePlace());
        credits(out, article.credits());
        field(out, "url", article.url());
        field(out, "source", article.source());
        field(out, "language", article.language());
        for (String caption : article.captions()) {
            field(out, "caption", caption);
        }
        out.append('\n');
        for (String paragraph : article.paragraphs()) {
            out.append("    ").append(paragraph).append("\n\n");
        }
        return out.toString();
    }

    private static void credits(StringBuilder out, List<Credit> credits) {
        Map<CreditRole, List<String>> byRole = new EnumMap<>(CreditRole.class);
        for (Credit credit : credits) {
            byRole.computeIfAbsent(credit.role(), r -> new ArrayList<>())
                    .add(credit.place() == null ? credit.name() : credit.name() + " in " + credit.place());
        }
        byRole.forEach((role, names) -> field(out, role.name().toLowerCase().replace('_', ' '), String.join(", ", names)));
    }

    private static String published(PublicationTime time) {
        if (time == null) {
            return null;
        }
        return List.of(String.valueOf(time.date()),
                        time.time() == null ? "" : time.time().toString(),
                        time.offset() == null ? "" : time.offset().toString())
                .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append(String.format("%-21s %s%n", name, value));
        }
    }
}
