package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.QuoteKind;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.Report;
import org.storyline.core.model.ReportKind;
import org.storyline.core.model.StoryView;

class StoryTextTest {

    private static String printed(int quotes) {
        return printed(IntStream.rangeClosed(1, quotes).mapToObj(i -> new Report(ReportKind.QUOTE, "Line " + i + " of the statement",
                "Hana Petrovic", QuoteKind.DIRECT, null, List.of("Daily Lantern"), 1, List.of())).toList());
    }

    private static String printed(List<Report> said) {
        var person = new QuotedPerson("Hana Petrovic", List.of(), List.of("Daily Lantern"), said);
        var story = new StoryView("s1", "Sella river leak", List.of(new Outlet("Daily Lantern", null)), List.of(), null,
                null, List.of(), List.of(person), List.of(), List.of(), List.of(), List.of(), List.of());
        var out = new StringWriter();
        try (var writer = new PrintWriter(out)) {
            StoryText.print(1, story, writer);
        }
        return out.toString();
    }

    @Test
    void countsWhatWasLeftOutInTheRightNumber() {
        assertThat(printed(4)).contains("and 1 more quote" + System.lineSeparator()).doesNotContain("1 more quotes");
        assertThat(printed(5)).contains("and 2 more quotes" + System.lineSeparator());
    }

    @Test
    void reportedSpeechIsPrintedAsAParaphraseWithoutQuotationMarks() {
        var printed = printed(List.of(
                new Report(ReportKind.QUOTE, "the plant would stay shut", "Hana Petrovic", QuoteKind.INDIRECT, null,
                        List.of("Daily Lantern"), 1, List.of()),
                new Report(ReportKind.QUOTE, "We will check every tank.", "Hana Petrovic", QuoteKind.DIRECT, null,
                        List.of("Daily Lantern"), 1, List.of())));
        assertThat(printed).contains("(paraphrase) the plant would stay shut [Daily Lantern]")
                .contains("\u201cWe will check every tank.\u201d [Daily Lantern]")
                .doesNotContain("\u201cthe plant would stay shut");
    }
}
