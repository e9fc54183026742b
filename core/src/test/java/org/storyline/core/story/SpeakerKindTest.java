package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.entities.EntityResolver;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.StoryView;
import org.storyline.core.nlp.TestArticles;
import org.storyline.core.quotes.QuoteFinder;
import org.storyline.core.store.RecordJson;

/** Who said what tells an organisation speaking from a person speaking. */
class SpeakerKindTest {

    private static StoryView story() {
        var a = article("a", "Harbour Gazette",
                "Varn Chemicals said \u201cthe valve failed during the night shift and the leak was stopped by dawn.\u201d",
                "\u201cWe will pay for every tanker of water the town needs,\u201d said Ilse Marr, the company's chief executive.")
                .named(EntityType.ORGANIZATION, "Varn Chemicals", "Varn Chemicals")
                .person("Ilse Marr", "Ilse Marr")
                .quote(QuoteKind.DIRECT, "the valve failed during the night shift and the leak was stopped by dawn.", "Varn Chemicals")
                .quote(QuoteKind.DIRECT, "We will pay for every tanker of water the town needs,", "Ilse Marr")
                .published("2025-03-10").build();
        return new StoryAssembler().assemble("s", List.of(a), Map.of());
    }

    private static QuotedPerson speaker(StoryView story, String name) {
        return story.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anOrganisationQuotedAsASourceIsMarkedAsOne() {
        assertThat(speaker(story(), "Varn Chemicals").organization()).isTrue();
        assertThat(speaker(story(), "Ilse Marr").kind()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void anInstitutionNamedByACommonNounIsAnOrganisation() {
        var a = article("b", "Valley Ledger",
                "The agency said water samples taken on Thursday still showed solvent above the permitted level.")
                .quoteByPhrase(QuoteKind.INDIRECT, "water samples taken on Thursday still showed solvent above the permitted level",
                        "The agency", EntityType.ORGANIZATION)
                .published("2025-03-14").build();
        var story = new StoryAssembler().assemble("s", List.of(a), Map.of());
        assertThat(speaker(story, "The agency").organization()).isTrue();
    }

    @Test
    void aGroupWithAndWithoutTheIsOneSpeaker() {
        var a = article("c", "Valley Ledger", "The anglers said the river would take years to recover.")
                .quoteByPhrase(QuoteKind.INDIRECT, "the river would take years to recover", "The anglers", EntityType.PERSON)
                .published("2025-03-14").build();
        var b = article("d", "Daily Lantern", "Anglers said they had counted about 4,000 dead fish.")
                .quoteByPhrase(QuoteKind.INDIRECT, "they had counted about 4,000 dead fish", "Anglers", EntityType.PERSON)
                .published("2025-03-14").build();
        var story = new StoryAssembler().assemble("s", List.of(a, b), Map.of());
        assertThat(story.people()).singleElement().satisfies(p -> assertThat(p.quotes()).hasSize(2));
    }

    @Test
    void aSpeakerThatIsNeitherPeopleNorAnInstitutionIsNotListed() {
        var a = article("e", "Valley Ledger",
                "The spring harvest suggests the river recovered. The Palestinians said the talks would go on.",
                "Ilse Marr said the company would pay. An internal Varn memo stated the valve had failed before.")
                .quoteByPhrase(QuoteKind.INDIRECT, "the river recovered", "The spring harvest", null)
                .quoteByPhrase(QuoteKind.INDIRECT, "the valve had failed before", "An internal Varn memo", null)
                .quoteByPhrase(QuoteKind.INDIRECT, "the talks would go on", "The Palestinians", null)
                .quoteByPhrase(QuoteKind.INDIRECT, "the company would pay", "Ilse Marr", EntityType.PERSON)
                .published("2025-03-14").build();
        var story = new StoryAssembler().assemble("s", List.of(a), Map.of());
        assertThat(story.people()).extracting(QuotedPerson::name).containsExactlyInAnyOrder("Ilse Marr", "The Palestinians");
    }

    @Test
    void aCommonNounOpeningTheSentenceIsNoSpeaker() {
        var annotated = TestArticles.ANNOTATOR.annotate(TestArticles.article(
                "Speculation suggests the Sella dam will close in the spring.",
                "Nobody said the dam was safe on the night of the flood.",
                "Ilse Marr said the company would pay for the repairs."));
        var entities = new EntityResolver().resolve(annotated);
        var quotes = new QuoteFinder().find(annotated, entities);
        assertThat(quotes).extracting(q -> q.speaker().name()).contains("Speculation", "Nobody");
        var story = new StoryAssembler().assemble("s", List.of(new ArticleAnalysis(annotated, entities, quotes,
                List.of())), Map.of());
        assertThat(story.people()).extracting(QuotedPerson::name).containsExactly("Ilse Marr");
    }

    @Test
    void anAnalysisStoredBeforeSpeakersWereTypedListsThemAll() {
        var a = article("f", "Valley Ledger", "The spring harvest suggests the river recovered.")
                .quoteByPhrase(QuoteKind.INDIRECT, "the river recovered", "The spring harvest", null)
                .published("2025-03-14").build();
        var story = new StoryAssembler().assemble("s", List.of(a), Map.of());
        assertThat(story.people()).extracting(QuotedPerson::name).containsExactly("The spring harvest");
    }

    @Test
    void aStorylineKeepsTheKind() {
        var line = new StorylineAssembler().assemble("l", List.of(story()));
        assertThat(line.people()).filteredOn(QuotedPerson::organization).extracting(QuotedPerson::name)
                .containsExactly("Varn Chemicals");
    }

    @Test
    void aViewStoredBeforeSpeakersWereTypedReadsTheirSpeakersAsPeople() {
        var json = "{\"name\":\"Ilse Marr\",\"roles\":[],\"outlets\":[\"Harbour Gazette\"],\"quotes\":[]}";
        assertThat(RecordJson.read(json, QuotedPerson.class).kind()).isEqualTo(EntityType.PERSON);
        var typed = RecordJson.read(RecordJson.write(speaker(story(), "Varn Chemicals")), QuotedPerson.class);
        assertThat(typed.organization()).isTrue();
    }
}
