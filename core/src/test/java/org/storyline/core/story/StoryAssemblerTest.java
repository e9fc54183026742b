package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.story.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.ConflictKind;
import org.storyline.core.model.OnlyIn;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.Report;
import org.storyline.core.model.ReportKind;
import org.storyline.core.model.StoryView;

class StoryAssemblerTest {

    private final StoryAssembler assembler = new StoryAssembler();

    static ArticleAnalysis gazette() {
        return article("a1", "Harbour Gazette",
                "PORT ALDER, March 5 - Emergency crews searched the river on Tuesday after the Kessel Bridge collapsed during the morning rush hour.",
                "Mayor Maria Lopez said the city would open an independent inquiry into the collapse.",
                "\u201cWe owe the families answers, and we will find them,\u201d Lopez said.",
                "At least 12 people died in the collapse, the fire service said.",
                "The regional government has set aside 40 million euros for a new crossing over the river, Lopez said.")
                .published("2024-03-05").title("Kessel Bridge collapses in Port Alder rush hour").dateline("PORT ALDER")
                .person("Maria Lopez", "Maria Lopez", "Lopez")
                .quote(QuoteKind.DIRECT, "We owe the families answers, and we will find them", "Maria Lopez")
                .claim("Kessel Bridge collapse", "people died", 12, "people", false, "12")
                .claim("regional government", "set aside for a new crossing", 40_000_000, "EUR", false, "40 million euros")
                .date("on Tuesday", "2024-03-05")
                .build();
    }

    static ArticleAnalysis herald() {
        return article("b1", "Coast Herald",
                "Rescue teams searched the river for survivors on Tuesday after the Kessel Bridge collapsed in the morning rush hour.",
                "Maria Lopez, the mayor, promised an independent inquiry into the collapse.",
                "\u201cWe owe the families answers,\u201d she said.",
                "The fire service said 15 people died in the collapse.",
                "Traffic across the city was diverted to the northern ring road for the rest of the week.")
                .published("2024-03-06").dateline("Port Alder")
                .person("Maria Lopez", "Maria Lopez", "she")
                .quote(QuoteKind.DIRECT, "We owe the families answers", "Maria Lopez")
                .claim("Kessel Bridge collapse", "people died", 15, "people", false, "15")
                .date("on Tuesday", "2024-03-05")
                .build();
    }

    private StoryView bridge() {
        return assembler.assemble("s1", List.of(gazette(), herald()), Map.of());
    }

    private static boolean cites(Report r, String words) {
        return r.citations().stream().anyMatch(c -> c.text().contains(words));
    }

    private static List<Report> onlyIn(StoryView story, String outlet) {
        return story.onlyIn().stream().filter(o -> o.outlet().equals(outlet)).map(OnlyIn::reports).findFirst()
                .orElse(List.of());
    }

    @Test
    void corroboratesStatementCarriedByTwoOutlets() {
        assertThat(bridge().corroborated())
                .anySatisfy(r -> {
                    assertThat(cites(r, "Emergency crews searched the river")).isTrue();
                    assertThat(cites(r, "Rescue teams searched the river")).isTrue();
                    assertThat(r.outlets()).containsExactlyInAnyOrder("Harbour Gazette", "Coast Herald");
                    assertThat(r.independentReports()).isEqualTo(2);
                });
    }

    @Test
    void listsWhatOneOutletAloneReportsUnderThatOutlet() {
        var story = bridge();
        assertThat(onlyIn(story, "Harbour Gazette"))
                .anySatisfy(r -> assertThat(r.claim()).isNotNull().satisfies(c -> assertThat(c.value()).isEqualTo(40_000_000)));
        assertThat(onlyIn(story, "Coast Herald")).anySatisfy(r -> assertThat(r.text()).contains("northern ring road"));
        assertThat(story.corroborated()).noneSatisfy(r -> assertThat(cites(r, "40 million")).isTrue());
    }

    @Test
    void showsSameQuoteFromTwoOutletsOnceWithBoth() {
        var lopez = bridge().people().get(0);
        assertThat(lopez.name()).isEqualTo("Maria Lopez");
        assertThat(lopez.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We owe the families answers, and we will find them");
            assertThat(q.outlets()).containsExactlyInAnyOrder("Harbour Gazette", "Coast Herald");
            assertThat(q.citations()).hasSize(2);
        });
    }

    @Test
    void reportsDifferentCountsOfTheSameMeasureAsConflict() {
        assertThat(bridge().conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.VALUE);
            assertThat(c.sides()).extracting(s -> s.claim().value()).containsExactlyInAnyOrder(12.0, 15.0);
            assertThat(c.sides()).flatExtracting(Report::outlets).containsExactlyInAnyOrder("Harbour Gazette", "Coast Herald");
        });
    }

    @Test
    void neverCorroboratesConflictingNumbers() {
        assertThat(bridge().corroborated()).noneSatisfy(r -> assertThat(cites(r, "people died")).isTrue());
    }

    @Test
    void placeIsTheDatelineMostArticlesShare() {
        assertThat(bridge().place()).isEqualTo("Port Alder");
    }

    @Test
    void periodRunsFromFirstToLastPublication() {
        var period = bridge().period();
        assertThat(period.first()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(period.last()).isEqualTo(LocalDate.of(2024, 3, 6));
    }

    @Test
    void timelineDatesAnEventOnceForAllOutletsDatingIt() {
        assertThat(bridge().timeline()).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2024-03-05");
            assertThat(e.outlets()).containsExactlyInAnyOrder("Harbour Gazette", "Coast Herald");
        });
    }

    @Test
    void aSentenceNamingADayIsNotListedUnderTheMonthItRecallsToo() {
        var markets = article("m1", "Harbour Gazette",
                "Stock prices rose to a record on Monday, a recovery that two months ago seemed out of reach.",
                "In January the harbour board raised its fees for the second time.")
                .published("2024-03-12")
                .date("on Monday", "2024-03-11").date("two months ago", "2024-01")
                .date("In January", "2024-01")
                .build();
        var story = assembler.assemble("s1", List.of(markets), Map.of());
        assertThat(story.timeline()).extracting(e -> e.date() + " " + e.text().substring(0, 12))
                .containsExactly("2024-01 In January t", "2024-03-11 Stock prices");
    }

    @Test
    void aReportOpeningOnAResolvedPronounNamesThePersonAndCitesTheWords() {
        var herald = article("b2", "Coast Herald",
                "Rescue teams searched the river for survivors on Tuesday after the Kessel Bridge collapsed in the morning rush hour.",
                "Mayor Maria Lopez visited the families at the town hall.",
                "She promised that every family would get a caseworker by Friday.")
                .published("2024-03-06").dateline("Port Alder")
                .person("Maria Lopez", "Maria Lopez", "She")
                .build();
        var story = assembler.assemble("s1", List.of(gazette(), herald), Map.of());
        assertThat(onlyIn(story, "Coast Herald")).anySatisfy(r -> {
            assertThat(r.text()).startsWith("[Maria Lopez] promised that every family would get a caseworker");
            assertThat(cites(r, "She promised that every family")).isTrue();
        });
    }

    @Test
    void titleIsAHeadlineOfTheCoverage() {
        assertThat(bridge().title()).isEqualTo("Kessel Bridge collapses in Port Alder rush hour");
    }

    @Test
    void anUntitledStoryIsNotTitledByTheLeadOfAPrintedDocument() {
        var excerpts = article("c1", "Coast Herald",
                "Following are excerpts from the inquiry report on the Kessel Bridge collapse, after which emergency "
                        + "crews searched the river and at least 12 people died, the fire service said:",
                "The bridge was last inspected in 2019.")
                .published("2024-03-07").build();
        var untitled = article("a2", "Harbour Gazette",
                "Emergency crews searched the river on Tuesday after the Kessel Bridge collapsed.",
                "At least 12 people died in the collapse, the fire service said.")
                .published("2024-03-05").build();
        var story = assembler.assemble("s1", List.of(excerpts, untitled), Map.of());
        assertThat(story.title()).startsWith("Emergency crews searched the river");
    }

    @Test
    void aReportThatJoinedForASideOfTheStoryDoesNotTitleIt() {
        var flags = article("a1", "Harbour Gazette",
                "Amid last-minute preparations, workers hung flags on Monday.",
                "The Tessa airport opened its runway and terminal to the first passenger flight from Orlen.",
                "Airport officials said the runway, the control tower and the terminal passed a final inspection.")
                .published("2024-05-06").build();
        var tower = article("b1", "Coast Herald",
                "The control tower still had no screens a day before the opening.",
                "The first passenger flight landed at the Tessa airport from Orlen, and the terminal opened.",
                "The runway was finished in April, airport officials said.")
                .published("2024-05-07").build();
        var landing = article("c1", "Valley Post",
                "Passengers clapped as the wheels touched down.",
                "The first flight from Orlen landed on the new runway of the Tessa airport on Tuesday.",
                "The terminal and the control tower were opened by airport officials after a final inspection.")
                .published("2024-05-07").build();
        var visit = article("d1", "Orlen Times",
                "President Marlow will visit the Tessa airport next month, officials said.",
                "Marlow will address the regional council and meet farmers during the visit.",
                "The president last travelled abroad in March, when she met leaders of three neighbouring states.")
                .published("2024-05-08").build();
        var story = assembler.assemble("s1", List.of(flags, tower, landing, visit), Map.of());
        assertThat(story.title()).doesNotContain("Marlow");
    }

    @Test
    void aFeatureLedeOpeningOnAPronounGivesWayToTheSentenceThatNamesItsSubject() {
        var feature = article("f1", "Valley Post",
                "He was the classic small-town prodigy, with the nerve of a big-city dealer.",
                "When there was no shot to take, he simply invented a new one of his own.",
                "Ivo Lask was a rare exception to the league's rules on village courts and in the capital's arena.",
                "His contract now sits at the centre of the dispute between owners and players.")
                .published("2024-05-08").build();
        var story = assembler.assemble("s1", List.of(feature), Map.of());
        assertThat(story.title()).startsWith("Ivo Lask was a rare exception");
    }

    @Test
    void summaryCitesTheOutletsOfEachSentence() {
        var summary = bridge().summary();
        assertThat(summary).isNotEmpty().hasSizeLessThanOrEqualTo(StoryView.MAX_SUMMARY_SENTENCES);
        assertThat(summary).allSatisfy(s -> assertThat(s.outlets()).isNotEmpty());
        assertThat(summary).anySatisfy(s -> assertThat(s.outlets()).hasSize(2));
    }

    @Test
    void summaryRepeatsNoStatement() {
        var texts = bridge().summary().stream().map(s -> s.citations().get(0).text()).toList();
        assertThat(texts).doesNotHaveDuplicates();
        assertThat(bridge().summary()).filteredOn(s -> s.text().contains("searched the river")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void quotedPeopleAreListedWithEveryOutletQuotingThem() {
        assertThat(bridge().people()).singleElement()
                .satisfies(p -> assertThat(p.outlets()).containsExactlyInAnyOrder("Harbour Gazette", "Coast Herald"));
    }

    @Test
    void reportKindsSayWhatWasAligned() {
        assertThat(onlyIn(bridge(), "Harbour Gazette")).extracting(Report::kind).contains(ReportKind.CLAIM);
    }

    @Test
    void openingDatelineIsNotPartOfAnyStatement() {
        var story = bridge();
        var cited = new java.util.ArrayList<String>();
        story.summary().forEach(s -> cited.add(s.text()));
        story.corroborated().forEach(r -> r.citations().forEach(c -> cited.add(c.text())));
        story.onlyIn().forEach(o -> o.reports().forEach(r -> r.citations().forEach(c -> cited.add(c.text()))));
        assertThat(cited).anyMatch(t -> t.startsWith("Emergency crews searched the river"));
        assertThat(cited).noneMatch(t -> t.contains("PORT ALDER, March 5"));
    }

    @Test
    void figureAnotherOutletGivesInOtherWordsIsNotOnlyIn() {
        var courier = article("c1", "Lake Courier",
                "The council voted to build a 48-megawatt solar farm on the lake.",
                "The 63 million euro project will put 96,000 panels on the water.")
                .published("2025-03-06")
                .claim("council", "solar farm", 48, "MW", false, "48")
                .claim("project", "cost", 63_000_000, "EUR", false, "63 million euro")
                .claim("project", "panels", 96_000, "panels", false, "96,000")
                .build();
        var ledger = article("l1", "Valley Ledger",
                "The council voted for the 48-megawatt scheme, which will put 96,000 panels on the lake at a cost of 63 million euros.")
                .published("2025-03-07")
                .claim("council", "solar farm", 48, "MW", false, "48")
                .claim("project", "panels", 96_000, "panels", false, "96,000")
                .claim("project", "cost", 63_000_000, "EUR", false, "63 million euros")
                .build();
        var story = assembler.assemble("s2", List.of(courier, ledger), Map.of());
        assertThat(story.onlyIn()).flatMap(OnlyIn::reports)
                .noneMatch(r -> r.citations().stream().anyMatch(c -> c.text().contains("63 million")));
    }

    @Test
    void reportedWordsWithOtherFiguresAreTwoQuotes() {
        var courier = article("c1", "Lake Courier",
                "The city will spend 2.1 billion euros on the new line, Mayor Ana Ruiz said on Monday.")
                .published("2025-03-04").person("Ana Ruiz", "Ana Ruiz")
                .quote(QuoteKind.INDIRECT, "The city will spend 2.1 billion euros on the new line", "Ana Ruiz")
                .build();
        var ledger = article("l1", "Valley Ledger",
                "The city will spend 2.4 billion euros on the new line, Mayor Ana Ruiz said.")
                .published("2025-03-04").person("Ana Ruiz", "Ana Ruiz")
                .quote(QuoteKind.INDIRECT, "The city will spend 2.4 billion euros on the new line", "Ana Ruiz")
                .build();
        var ruiz = assembler.assemble("s3", List.of(courier, ledger), Map.of()).people().get(0);
        assertThat(ruiz.quotes()).hasSize(2).allSatisfy(q -> assertThat(q.outlets()).hasSize(1));
    }

    @Test
    void aReportIsTheSpeakerOfMostOfItsSentence() {
        var courier = article("c1", "Lake Courier",
                "\u201cWe might not survive the winter without the ferry,\u201d said Ana Ruiz, the harbour master, who stood"
                        + " with Tom Berg on the pier that, he said, saved the town.")
                .published("2025-03-04").person("Ana Ruiz", "Ana Ruiz").person("Tom Berg", "Tom Berg")
                .quote(QuoteKind.INDIRECT, "saved the town", "Tom Berg")
                .quote(QuoteKind.DIRECT, "We might not survive the winter without the ferry", "Ana Ruiz")
                .build();
        var ledger = article("l1", "Valley Ledger", "The ferry to the islands runs twice a day in winter.")
                .published("2025-03-04")
                .build();
        var story = assembler.assemble("s4", List.of(courier, ledger), Map.of());
        assertThat(onlyIn(story, "Lake Courier")).anySatisfy(r -> {
            assertThat(r.text()).contains("survive the winter");
            assertThat(r.speaker()).isEqualTo("Ana Ruiz");
        });
    }
}
