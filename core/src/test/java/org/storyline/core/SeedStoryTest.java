package org.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.storyline.core.model.OnlyIn;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.Report;
import org.storyline.core.model.StoryView;

/**
 * The seed story acceptance: the two seed articles, run through the same {@link StoryRun} as
 * {@code storyline analyze}, must give what {@code gold.json}'s {@code stories} and {@code story} say.
 * A gold corroborated item is a paraphrase; it counts as found when a report both outlets carry names
 * every proper noun of the item and covers at least half of its content words (compared on their first
 * five letters, after folding quotes and dashes). Skipped when the data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedStoryTest {

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "in", "of", "to", "its", "and", "for", "on", "with");

    private JsonNode gold;
    private StoryRun.Result result;

    @BeforeAll
    void run() throws Exception {
        Path seeds = Path.of(System.getProperty("storyline.shared", "../shared"), "corpus", "seeds");
        assumeTrue(Files.isRegularFile(seeds.resolve("gold.json")), "no seed corpus at " + seeds);
        gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        var files = new ArrayList<Path>();
        gold.get("stories").get(0).forEach(f -> files.add(seeds.resolve(f.asText())));
        result = new StoryRun().run(files, new StoryRun.Listener() {
        });
    }

    private StoryView story() {
        return result.stories().get(0);
    }

    private String outlet(String file) {
        for (JsonNode d : gold.get("documents")) {
            if (d.get("file").asText().equals(file)) {
                return d.get("outlet").asText();
            }
        }
        throw new AssertionError("no gold document " + file);
    }

    @Test
    void bothArticlesMakeOneStory() {
        assertThat(result.stories()).hasSize(1);
        var outlets = new ArrayList<String>();
        gold.get("stories").get(0).forEach(f -> outlets.add(outlet(f.asText())));
        assertThat(story().articles()).extracting(a -> a.outlet()).containsExactlyInAnyOrderElementsOf(outlets);
    }

    @Test
    void peopleQuotedByBothOutletsAreShownWithBoth() {
        for (JsonNode name : gold.get("story").get("people_quoted_by_both_outlets")) {
            assertThat(person(name.asText()).outlets()).as(name.asText()).containsExactlyInAnyOrder("Reuters", "Stars and Stripes");
        }
    }

    @Test
    void peopleQuotedByOneOutletAreShownWithItOnly() {
        gold.get("story").get("people_quoted_by_one_outlet").fields().forEachRemaining(e ->
                e.getValue().forEach(name -> assertThat(person(name.asText()).outlets()).as(name.asText())
                        .containsExactly(e.getKey())));
    }

    @Test
    void shellsDeliveredClaimIsReutersAlone() {
        assertThat(onlyIn("Reuters")).anySatisfy(r -> {
            assertThat(r.claim()).isNotNull();
            assertThat(r.claim().value()).isEqualTo(300_000);
            assertThat(r.claim().total()).isEqualTo(1_000_000);
        });
        assertThat(story().corroborated()).noneSatisfy(r -> assertThat(r.claim()).isNotNull()
                .satisfies(c -> assertThat(c.value()).isEqualTo(300_000)));
        assertThat(onlyIn("Stars and Stripes")).noneSatisfy(r -> assertThat(fold(r.text())).contains("300,000"));
    }

    @Test
    void russianBudgetAndIncreaseAreStarsAndStripesAlone() {
        assertThat(onlyIn("Stars and Stripes")).anySatisfy(r -> {
            assertThat(r.kind()).hasToString("CLAIM");
            assertThat(r.text()).contains("$415 billion").contains("25%");
        });
        assertThat(story().corroborated()).noneSatisfy(r -> assertThat(cited(r)).contains("415 billion"));
        assertThat(onlyIn("Reuters")).noneSatisfy(r -> assertThat(r.text()).contains("415 billion"));
    }

    @Test
    void atLeastFourOfFiveGoldFactsAreCorroboratedByBothOutlets() {
        var missed = new ArrayList<String>();
        for (JsonNode item : gold.get("story").get("corroborated")) {
            if (story().corroborated().stream().noneMatch(r -> r.outlets().containsAll(List.of("Reuters", "Stars and Stripes"))
                    && covers(r, item.asText()))) {
                missed.add(item.asText());
            }
        }
        assertThat(missed).as("gold facts not found corroborated").hasSizeLessThanOrEqualTo(1);
    }

    /**
     * A summary of about 100 words cannot say all five corroborated facts of two long articles; it must say
     * most of them (read over its sentences together, with every outlet's wording of each).
     */
    @Test
    void summarySaysMostCorroboratedGoldFacts() {
        var summary = fold(String.join(" ", story().summary().stream()
                .flatMap(sentence -> sentence.citations().stream().map(c -> c.text())).toList()));
        var said = new ArrayList<String>();
        for (JsonNode item : gold.get("story").get("corroborated")) {
            if (covers(summary, item.asText())) {
                said.add(item.asText());
            }
        }
        assertThat(story().summary()).allSatisfy(sentence -> assertThat(sentence.citations()).isNotEmpty());
        assertThat(said).as("gold facts the summary says").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void corroborationIsNotEverything() {
        assertThat(story().corroborated().size()).isLessThan(story().onlyIn().stream().mapToInt(o -> o.reports().size()).sum());
    }

    @Test
    void placeIsBrussels() {
        assertThat(story().place()).isEqualTo(gold.get("story").get("place").asText());
    }

    @Test
    void periodRunsOverTheGoldDates() {
        var dates = gold.get("story").get("dates");
        assertThat(story().period().first()).hasToString(dates.get(0).asText());
        assertThat(story().period().last()).hasToString(dates.get(dates.size() - 1).asText());
    }

    private QuotedPerson person(String name) {
        return story().people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + story().people().stream().map(QuotedPerson::name).toList()));
    }

    private List<Report> onlyIn(String outlet) {
        return story().onlyIn().stream().filter(o -> o.outlet().equals(outlet)).map(OnlyIn::reports).findFirst().orElse(List.of());
    }

    private static String cited(Report r) {
        var text = new StringBuilder(r.speaker() == null ? "" : r.speaker());
        r.citations().forEach(c -> text.append(' ').append(c.text()));
        return fold(text.toString());
    }

    private static boolean covers(Report r, String item) {
        return covers(cited(r), item);
    }

    private static boolean covers(String text, String item) {
        var words = new ArrayList<String>();
        for (var w : item.split("\\s+")) {
            if (Character.isUpperCase(w.charAt(0)) && !text.contains(fold(w))) {
                return false;
            }
            if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                words.add(fold(w));
            }
        }
        long found = words.stream().filter(w -> text.contains(w.substring(0, Math.min(5, w.length())))).count();
        return found * 2 >= words.size();
    }

    private static String fold(String s) {
        return s.replaceAll("[\u2018\u2019]", "'").replaceAll("[\u201c\u201d]", "\"").replaceAll("[\u2013\u2014]", "-")
                .toLowerCase(Locale.ROOT);
    }
}
