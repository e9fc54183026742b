package org.storyline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.stream.IntStream;
import org.storyline.core.model.DateRange;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.Report;
import org.storyline.core.model.ReportKind;
import org.storyline.core.model.StorylineEvent;
import org.storyline.core.model.StorylineView;
import org.storyline.core.model.SummarySentence;

class StorylinePageTest {

    private static final String LEAK = "A chemical leak from the Varn plant turned the Sella river red at Lindmoor.";
    private static final String FINE = "Varn Chemicals was fined 4.5 million euros over the Sella river leak.";

    private static StorylineView sella() {
        return sella(List.of());
    }

    private static Report said(String text, String... outlets) {
        return new Report(ReportKind.QUOTE, text, "Hana Petrovic", QuoteKind.DIRECT, null, List.of(outlets), outlets.length,
                List.of());
    }

    private static StorylineView sella(List<QuotedPerson> people) {
        var leak = new StorylineEvent("s1", "Sella river turns red", new DateRange(LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 14)), "Lindmoor", List.of("Meridian Wire", "Daily Lantern"), 4, LEAK);
        var fine = new StorylineEvent("s2", "Varn fined", new DateRange(LocalDate.of(2025, 4, 9),
                LocalDate.of(2025, 4, 9)), "Lindmoor", List.of("Daily Lantern"), 1, FINE);
        return new StorylineView("l1", "Sella river leak", new DateRange(LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 4, 9)), "Lindmoor", List.of(), 5, List.of(leak, fine), people,
                List.of(new SummarySentence(LEAK, List.of("Meridian Wire"), List.of())), List.of());
    }

    @Test
    void eventLeadTheSummaryAlreadyTellsIsPrintedOnce() {
        var page = StorylinePage.render(sella());
        assertThat(page.split(java.util.regex.Pattern.quote("Varn plant turned the Sella river red"), -1)).hasSize(2);
        assertThat(page).contains("fined 4.5 million euros");
    }

    @Test
    void aSpeakersMostTellingQuotesComeFirstAndTheRestAreFolded() {
        var quotes = new java.util.ArrayList<Report>();
        quotes.add(said("bunk", "Meridian Wire", "Daily Lantern"));
        IntStream.range(0, 29).forEach(i -> quotes.add(said("The samples taken at weir " + i + " still show solvent.", "Meridian Wire")));
        quotes.add(said("We will not let the plant reopen until every tank is checked.", "Meridian Wire", "Daily Lantern"));
        var page = StorylinePage.render(sella(List.of(new QuotedPerson("Hana Petrovic", List.of(), List.of("Meridian Wire"), quotes))));
        var shown = page.substring(page.indexOf("id=\"people\""), page.indexOf("<details"));
        assertThat(shown.split("<blockquote>", -1)).hasSize(1 + StoryPage.QUOTES_SHOWN);
        assertThat(shown.indexOf("every tank is checked")).isLessThan(shown.indexOf("bunk"));
        assertThat(page).contains(StoryPage.QUOTES_FOLDED + " more quotes").contains("Every quote from Hana Petrovic");
    }

    @Test
    void speakersPastTheShownOnesAreListedByName() {
        var people = IntStream.range(0, StoryPage.PEOPLE_SHOWN + 2)
                .mapToObj(i -> new QuotedPerson("Speaker " + i, List.of(), List.of("Meridian Wire"),
                        List.of(said("The river will recover by the summer, speaker " + i + " said.", "Meridian Wire"))))
                .toList();
        var page = StorylinePage.render(sella(people));
        assertThat(page.split("class=\"person\"", -1)).hasSize(1 + StoryPage.PEOPLE_SHOWN);
        assertThat(page).contains("Also quoted: ").contains(">Speaker " + (StoryPage.PEOPLE_SHOWN + 1) + "</a> (1)");
    }

    @Test
    void reportedSpeechIsMarkedAsAParaphraseNotSetAsTheSpeakersWords() {
        var paraphrase = new Report(ReportKind.QUOTE, "the plant would stay shut until every tank was checked",
                "Hana Petrovic", QuoteKind.INDIRECT, null, List.of("Meridian Wire"), 1, List.of());
        var page = StorylinePage.render(sella(List.of(new QuotedPerson("Hana Petrovic", List.of(), List.of("Meridian Wire"),
                List.of(paraphrase, said("bunk", "Daily Lantern"))))));
        assertThat(page).contains("<blockquote class=\"paraphrase\"><span class=\"kind\">paraphrase</span>the plant would stay shut")
                .contains("<blockquote>bunk</blockquote>");
    }

    @Test
    void quotedPiecesJoinedByTheReportersWordsReadAsQuoted() {
        var page = StorylinePage.render(sella(List.of(new QuotedPerson("Hana Petrovic", List.of(), List.of("Meridian Wire"),
                List.of(said("a paper promise\u201d that is \u201cnever kept in practice.", "Meridian Wire"))))));
        assertThat(page).contains("<blockquote>\u201ca paper promise\u201d that is \u201cnever kept in practice.\u201d</blockquote>");
    }
}
