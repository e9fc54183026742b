package org.storyline.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.storyline.core.extract.TextArticleExtractor;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.ChangeDirection;
import org.storyline.core.model.Claim;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;
import org.storyline.core.nlp.TestArticles;

/**
 * The seed acceptance for claims: every claim of {@code ../shared/corpus/seeds/gold.json} that has a
 * value (or a {@code value_text}) is found in the seed text as extraction and annotation give it, and
 * no claim comes from the numbers gold lists as boilerplate. Skipped when the data is absent.
 *
 * <p>A gold subject is checked where the sentence names it before the number; gold also gives owners
 * the sentence only implies (the budget "Russian President Vladimir Putin approved" is Russia's).
 */
class SeedClaimsTest {

    private final ClaimFinder finder = new ClaimFinder();

    @TestFactory
    Stream<DynamicTest> everyGoldClaimIsFoundAndNoBoilerplateNumber() throws IOException {
        Path seeds = Path.of(System.getProperty("storyline.shared", "../shared"), "corpus", "seeds");
        assumeTrue(Files.isRegularFile(seeds.resolve("gold.json")), "no seed corpus at " + seeds);
        JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode document : gold.get("documents")) {
            String file = document.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> check(annotate(seeds.resolve(file)), document)));
        }
        return tests.stream();
    }

    private static AnnotatedArticle annotate(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        var article = new TextArticleExtractor().extract(
                new RawDocument("seed", file.toString(), DocumentFormat.TEXT, text, DocumentHints.NONE));
        return TestArticles.ANNOTATOR.annotate(article);
    }

    private void check(AnnotatedArticle annotated, JsonNode document) {
        List<Claim> claims = finder.find(annotated, List.of());
        String text = annotated.text();
        for (JsonNode expected : document.get("claims")) {
            if (expected.has("value") || expected.has("value_text")) {
                assertThat(claims).as("claim %s", expected).anySatisfy(c -> matches(c, expected, text));
            }
        }
        for (JsonNode boilerplate : document.path("numbers_that_are_boilerplate")) {
            String words = boilerplate.asText().toLowerCase(Locale.ROOT);
            assertThat(claims).as("claims from boilerplate \"%s\"", words)
                    .noneMatch(c -> words.contains(c.span().of(text).toLowerCase(Locale.ROOT)));
        }
    }

    private static void matches(Claim c, JsonNode expected, String text) {
        if (expected.has("value")) {
            assertThat(c.value()).isEqualTo(expected.get("value").asDouble());
        }
        if (expected.has("value_text")) {
            assertThat(c.span().of(text).toLowerCase(Locale.ROOT)).contains(expected.get("value_text").asText());
        }
        if (expected.has("unit")) {
            assertThat(c.unit()).isEqualToIgnoringCase(expected.get("unit").asText());
        }
        if (expected.has("approximate")) {
            assertThat(c.approximate()).isEqualTo(expected.get("approximate").asBoolean());
        }
        if (expected.has("of_promised")) {
            assertThat(c.total()).isEqualTo(expected.get("of_promised").asDouble());
        }
        if (expected.get("what").asText().contains("increase")) {
            assertThat(c.change()).isEqualTo(ChangeDirection.INCREASE);
        }
        String subject = expected.get("subject").asText();
        int sentenceStart = Math.max(text.lastIndexOf("\n", c.span().begin()), text.lastIndexOf(". ", c.span().begin()));
        String before = text.substring(Math.max(0, sentenceStart), c.span().begin());
        if (Pattern.compile("\\b" + Pattern.quote(subject) + "\\b").matcher(before).find()) {
            assertThat(c.subject()).isEqualTo(subject);
        }
    }
}
