package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.storyline.core.model.Article;
import org.storyline.core.model.Credit;
import org.storyline.core.model.CreditRole;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/**
 * The seed acceptance: every extraction field of {@code ../shared/corpus/seeds/gold.json} must hold for
 * the seed texts, read as a plain-text ingest gives them (no hints). Texts compare as gold.json says:
 * case-insensitive after folding curly quotes and dashes to ASCII. Skipped when the data is absent.
 */
class SeedExtractionTest {

    private final TextArticleExtractor extractor = new TextArticleExtractor();

    @TestFactory
    Stream<DynamicTest> everyGoldExtractionFieldHolds() throws IOException {
        Path seeds = Path.of(System.getProperty("storyline.shared", "../shared"), "corpus", "seeds");
        assumeTrue(Files.isRegularFile(seeds.resolve("gold.json")), "no seed corpus at " + seeds);
        JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        var tests = new ArrayList<DynamicTest>();
        for (JsonNode expected : gold.get("documents")) {
            String file = expected.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> check(read(seeds.resolve(file)), expected)));
        }
        return tests.stream();
    }

    private Article read(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return extractor.extract(new RawDocument("seed", file.toString(), DocumentFormat.TEXT, text, DocumentHints.NONE));
    }

    private static void check(Article article, JsonNode expected) {
        assertThat(article.outletName()).as("outlet").isEqualTo(expected.get("outlet").asText());
        if (expected.get("title").isNull()) {
            assertThat(article.title()).as("title").isNull();
        } else {
            assertThat(article.title()).as("title").isNotNull();
            assertThat(fold(article.title())).as("title").isEqualTo(fold(expected.get("title").asText()));
        }
        assertThat(article.published()).as("published").isNotNull();
        assertThat(article.published().date()).as("published").hasToString(expected.get("published").asText());
        assertThat(article.datelinePlace()).as("dateline place").isEqualTo(expected.get("dateline_place").asText());
        checkCredits(article.credits(), expected.get("credits"));
        List<String> body = article.paragraphs();
        assertThat(fold(body.get(0))).as("body start").startsWith(fold(expected.get("body_starts_with").asText()));
        assertThat(trimQuotes(fold(body.get(body.size() - 1)))).as("body end")
                .endsWith(trimQuotes(fold(expected.get("body_ends_with").asText())));
        String caption = fold(expected.get("caption_contains").asText());
        int expectedCopies = 1;
        assertThat(article.captions().stream().filter(c -> fold(c).contains(caption)).count()).as("caption")
                .isEqualTo(expectedCopies);
        String text = fold(article.text());
        for (JsonNode banned : expected.get("must_not_be_in_body")) {
            assertThat(text).as("body holds boilerplate").doesNotContain(fold(banned.asText()));
        }
        for (String c : article.captions()) {
            assertThat(text).as("caption in body").doesNotContain(fold(c));
        }
    }

    private static void checkCredits(List<Credit> credits, JsonNode expected) {
        if (expected.has("byline_first_name_only")) {
            assertThat(credits).as("credits")
                    .containsExactly(new Credit(expected.get("byline_first_name_only").asText(), CreditRole.BYLINE, null));
            return;
        }
        var roles = new ArrayList<CreditRole>();
        expected.fieldNames().forEachRemaining(role -> {
            CreditRole creditRole = CreditRole.valueOf(role.toUpperCase(Locale.ROOT));
            roles.add(creditRole);
            var names = new ArrayList<String>();
            expected.get(role).forEach(name -> names.add(name.asText()));
            assertThat(credits.stream().filter(c -> c.role() == creditRole).map(Credit::name))
                    .as("credits: " + role).containsExactlyElementsOf(names);
        });
        assertThat(credits).as("credits in roles gold does not list").allMatch(c -> roles.contains(c.role()));
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
                .replaceAll("\\s+", " ").strip();
    }

    private static String trimQuotes(String s) {
        return s.replaceAll("[\"'\\s]+$", "");
    }
}
