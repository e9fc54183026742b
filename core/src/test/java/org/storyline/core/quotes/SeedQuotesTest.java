package org.storyline.core.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.core.entities.EntityResolver;
import org.storyline.core.extract.TextArticleExtractor;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.RawDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.storyline.core.nlp.TestArticles.ANNOTATOR;

/**
 * The seed acceptance for quotes and entities: every quote of {@code ../shared/corpus/seeds/gold.json} is
 * found with its speaker and kind, no direct quote beyond the gold ones is reported, and the gold people,
 * organisations and places are entities. Articles come from the seed .txt files through the plain-text
 * extractor; texts compare as gold.json says (case-insensitive, curly quotes and dashes folded).
 * Skipped when the data is absent.
 */
class SeedQuotesTest {

    private static final List<Analysed> SEEDS = new ArrayList<>();
    private static JsonNode gold;

    private record Analysed(JsonNode expected, List<Entity> entities, List<Quote> quotes) {
    }

    @BeforeAll
    static void analyseSeeds() throws Exception {
        Path seeds = Path.of(System.getProperty("storyline.shared", "../shared"), "corpus", "seeds");
        if (!Files.isRegularFile(seeds.resolve("gold.json"))) {
            return;
        }
        gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        for (JsonNode expected : gold.get("documents")) {
            Path file = seeds.resolve(expected.get("file").asText());
            var article = new TextArticleExtractor().extract(new RawDocument("seed", file.toString(), DocumentFormat.TEXT,
                    Files.readString(file, StandardCharsets.UTF_8), DocumentHints.NONE));
            AnnotatedArticle annotated = ANNOTATOR.annotate(article);
            List<Entity> entities = new EntityResolver().resolve(annotated);
            SEEDS.add(new Analysed(expected, entities, new QuoteFinder().find(annotated, entities)));
        }
    }

    @Test void everyGoldQuoteIsFoundWithSpeakerAndKind() {
        assumeTrue(gold != null, "no seed corpus");
        for (Analysed seed : SEEDS) {
            for (JsonNode q : seed.expected().get("quotes")) {
                String speaker = q.get("speaker").asText();
                QuoteKind kind = QuoteKind.valueOf(q.get("kind").asText().toUpperCase(Locale.ROOT));
                String text = fold(q.get("text").asText());
                assertThat(seed.quotes()).as("%s: %s quote by %s: %s", seed.expected().get("file").asText(), kind, speaker, text)
                        .anySatisfy(found -> {
                            assertThat(found.speaker().name()).isEqualTo(speaker);
                            assertThat(found.kind()).isEqualTo(kind);
                            assertThat(fold(found.text())).contains(text);
                        });
            }
        }
    }

    @Test void noDirectQuoteBeyondGold() {
        assumeTrue(gold != null, "no seed corpus");
        for (Analysed seed : SEEDS) {
            List<String> goldDirect = new ArrayList<>();
            seed.expected().get("quotes").forEach(q -> {
                if (q.get("kind").asText().equals("direct")) {
                    goldDirect.add(fold(q.get("text").asText()));
                }
            });
            assertThat(seed.quotes()).filteredOn(q -> q.kind() == QuoteKind.DIRECT)
                    .allSatisfy(q -> assertThat(goldDirect).as("extra direct quote: %s", q.text())
                            .anyMatch(g -> fold(q.text()).contains(g)));
        }
    }

    @Test void goldPeopleHaveRoles() {
        assumeTrue(gold != null, "no seed corpus");
        for (String person : List.of("Antony Blinken", "Jens Stoltenberg", "Dmytro Kuleba", "Vladimir Putin")) {
            assertThat(all(EntityType.PERSON)).as(person).anySatisfy(e -> {
                assertThat(e.name()).isEqualTo(person);
                assertThat(e.roles()).isNotEmpty();
            });
        }
    }

    @Test void goldOrganisationsAndPlacesAreEntities() {
        assumeTrue(gold != null, "no seed corpus");
        for (String org : List.of("NATO", "European Union", "Reuters", "Associated Press")) {
            assertThat(all(EntityType.ORGANIZATION)).as(org).anySatisfy(e -> assertThat(e.name()).contains(org));
        }
        for (String place : List.of("Brussels", "Ukraine", "Russia")) {
            assertThat(all(EntityType.PLACE)).as(place).anySatisfy(e -> assertThat(e.name()).isEqualTo(place));
        }
    }

    private static List<Entity> all(EntityType type) {
        return SEEDS.stream().flatMap(s -> s.entities().stream()).filter(e -> e.type() == type).toList();
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
                .replaceAll("\\s+", " ").strip();
    }
}
