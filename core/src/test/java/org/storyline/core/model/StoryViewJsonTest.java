package org.storyline.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryViewJsonTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static StoryView story() {
        var dock = new Citation("Harbour Gazette", "a1", "The ferry docked at noon.", new Span(0, 25));
        var echo = new Citation("Coast Herald", "a2", "At noon the ferry docked.", new Span(10, 35));
        var docked = new Report(ReportKind.STATEMENT, dock.text(), null, null, null,
                List.of("Harbour Gazette", "Coast Herald"), 2, List.of(dock, echo));
        return new StoryView("s1", "Ferry docks at noon",
                List.of(new Outlet("Harbour Gazette", "gazette.example"), new Outlet("Coast Herald", null)),
                List.of(new StoryArticle("a1", "Harbour Gazette", "Ferry docks", null, LocalDate.of(2024, 3, 1), null),
                        new StoryArticle("a2", "Coast Herald", null, null, LocalDate.of(2024, 3, 2), null)),
                new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2)), "Portsmouth",
                List.of(new TimelineEvent("2024-03-01", dock.text(), List.of("Harbour Gazette"), List.of(dock))),
                List.of(), List.of(docked), List.of(), List.of(),
                List.of(new SummarySentence(dock.text(), docked.outlets(), docked.citations())),
                List.of());
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        var written = json.writeValueAsString(story());
        assertThat(json.readValue(written, StoryView.class)).isEqualTo(story());
    }

    @Test
    void writesDatesAsIsoText() throws Exception {
        assertThat(json.writeValueAsString(story())).contains("\"first\":\"2024-03-01\"");
    }

    @Test
    void refusesSummaryOfMoreThanMaxSentences() {
        var s = story();
        var six = java.util.Collections.nCopies(StoryView.MAX_SUMMARY_SENTENCES + 1, s.summary().get(0));
        assertThatThrownBy(() -> new StoryView(s.id(), s.title(), s.outlets(), s.articles(), s.period(), s.place(),
                s.timeline(), s.people(), s.corroborated(), s.conflicts(), s.onlyIn(), six, s.notes()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
