package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.core.story.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.StorylineEvent;
import org.storyline.core.model.StorylineView;

class StorylineAssemblerTest {

    private final StoryAssembler events = new StoryAssembler();

    /** The collapse, a day of coverage by two outlets (the fixtures of {@link StoryAssemblerTest}). */
    private StoryView collapse() {
        return events.assemble("s-collapse", List.of(StoryAssemblerTest.gazette(), StoryAssemblerTest.herald()), Map.of());
    }

    /** Three weeks on, one outlet reports the inquiry's findings; the mayor speaks again. */
    private StoryView inquiry() {
        return events.assemble("s-inquiry", List.of(article("c1", "Harbour Gazette",
                        "PORT ALDER, March 27 - The inquiry into the Kessel Bridge collapse found that two corroded cables had not been replaced.",
                        "\u201cThe families were right to ask, and now they have an answer,\u201d Maria Lopez said.")
                .published("2024-03-27").title("Corroded cables brought down the Kessel Bridge, inquiry finds").dateline("PORT ALDER")
                .person("Maria Lopez", "Maria Lopez")
                .quote(QuoteKind.DIRECT, "The families were right to ask, and now they have an answer", "Maria Lopez")
                .build()), Map.of());
    }

    private StorylineView storyline() {
        return new StorylineAssembler().assemble("l-bridge", List.of(inquiry(), collapse()));
    }

    @Test
    void listsItsEventsInTimeOrderWhateverTheOrderGiven() {
        assertThat(storyline().events()).extracting(StorylineEvent::id).containsExactly("s-collapse", "s-inquiry");
    }

    @Test
    void runsFromTheFirstEventsStartToTheLastEventsEnd() {
        var period = storyline().period();
        assertThat(period.first()).isEqualTo(LocalDate.parse("2024-03-05"));
        assertThat(period.last()).isEqualTo(LocalDate.parse("2024-03-27"));
    }

    @Test
    void happensWhereItsEventsHappen() {
        assertThat(storyline().place()).isEqualTo("Port Alder");
    }

    @Test
    void aPlaceOnlyASmallSideEventHappensInIsNotTheStorylines() {
        var talks = events.assemble("s-talks", List.of(
                article("t1", "Wire", "Budget negotiators met again on Monday without a deal.").published("2024-05-06").build(),
                article("t2", "Post", "The spending talks stalled over the census money.").published("2024-05-07").build(),
                article("t3", "Herald", "Negotiators said the budget gap had narrowed to a few billion.").published("2024-05-08").build(),
                article("t4", "Times", "A deal on the spending bill came late on Thursday night.").published("2024-05-09").build()),
                Map.of());
        var race = events.assemble("s-race", List.of(article("r1", "Wire",
                        "OSTERBY, May 8 - The senator's race in Osterby tightened as the budget talks dragged on.")
                .published("2024-05-08").dateline("OSTERBY").build()), Map.of());
        var line = new StorylineAssembler().assemble("l-budget", List.of(talks, race));
        assertThat(race.place()).isEqualTo("Osterby");
        assertThat(line.place()).isNull();
    }

    @Test
    void isNamedAfterTheEventMostOutletsCovered() {
        assertThat(storyline().title()).isEqualTo(collapse().title());
        assertThat(storyline().articles()).isEqualTo(3);
    }

    @Test
    void listsAPersonQuotedInSeveralEventsOnceWithEveryQuote() {
        var lopez = storyline().people().stream().filter(p -> p.name().equals("Maria Lopez")).toList();
        assertThat(lopez).hasSize(1);
        assertThat(lopez.get(0).quotes()).extracting(r -> r.text())
                .anySatisfy(t -> assertThat(t).contains("We owe the families answers"))
                .anySatisfy(t -> assertThat(t).contains("now they have an answer"));
    }

    /** The collapse and, a month on, a hearing where {@code speaker}, named so, says {@code words}. */
    private StorylineView withHearing(String speaker, String words) {
        var hearing = events.assemble("s-hearing", List.of(article("h1", "Harbour Gazette",
                        "PORT ALDER, April 9 - The council heard the engineers on the Kessel Bridge repairs.",
                        "\u201c" + words + ",\u201d " + speaker + " said.")
                .published("2024-04-09").person(speaker, speaker)
                .quote(QuoteKind.DIRECT, words, speaker)
                .build()), Map.of());
        return new StorylineAssembler().assemble("l-bridge", List.of(collapse(), hearing));
    }

    @Test
    void aPersonEachEventNamesItsOwnWayIsOnePerson() {
        var line = withHearing("Maria E. Lopez", "We will rebuild it stronger");
        assertThat(line.people()).filteredOn(p -> p.name().contains("Lopez")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Maria E. Lopez");
            assertThat(p.quotes()).anySatisfy(q -> assertThat(q.text()).contains("rebuild it stronger"))
                    .anySatisfy(q -> assertThat(q.text()).contains("We owe the families answers"));
        });
    }

    @Test
    void aFullerNameWithAnotherWordDoesNotTakeOverTheName() {
        var line = withHearing("Maria Ros Lopez", "We will rebuild it stronger");
        assertThat(line.people()).extracting(p -> p.name()).contains("Maria Lopez", "Maria Ros Lopez");
    }

    @Test
    void aNameWithARepeatedInitialIsListed() {
        assertThat(withHearing("J. J. Ray", "The cables were never checked").people()).extracting(p -> p.name())
                .contains("J. J. Ray");
    }

    @Test
    void tellsTheArcInTimeOrder() {
        var arc = storyline().summary();
        assertThat(arc).hasSizeGreaterThanOrEqualTo(2);
        assertThat(arc.get(0).text()).doesNotContain("inquiry found");
        assertThat(arc).anySatisfy(s -> assertThat(s.text()).contains("corroded cables"));
        // the collapse's sentences first, then the inquiry's (article c1)
        var fromInquiry = arc.stream().map(s -> s.citations().stream().anyMatch(c -> c.articleId().equals("c1"))).toList();
        assertThat(fromInquiry).isSortedAccordingTo(Boolean::compare);
    }

    @Test
    void aStorylineHasAtLeastOneEvent() {
        assertThatThrownBy(() -> new StorylineAssembler().assemble("l-empty", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("l-empty");
    }
}
