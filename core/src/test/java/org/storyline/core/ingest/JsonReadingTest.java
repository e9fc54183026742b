package org.storyline.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.DocumentFormat;

class JsonReadingTest {

    @Test
    void objectFileIsOneDocumentWithItsFieldsAsHints() {
        var sink = CollectingSink.read("a.json", """
                {"url": "https://valley.example/x", "title": "Dam opens", "text": "The dam opened.",
                 "published": "2025-03-04T08:00:00Z", "outlet": "Valley Ledger", "authors": ["Ann Roe", "Bo Lind"]}""");
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(DocumentFormat.TEXT);
            assertThat(d.content()).isEqualTo("The dam opened.");
            assertThat(d.source()).isEqualTo("a.json");
            assertThat(d.hints().url()).isEqualTo("https://valley.example/x");
            assertThat(d.hints().title()).isEqualTo("Dam opens");
            assertThat(d.hints().outlet()).isEqualTo("Valley Ledger");
            assertThat(d.hints().authors()).containsExactly("Ann Roe", "Bo Lind");
            assertThat(d.hints().published()).isEqualTo("2025-03-04T08:00:00Z");
        });
    }

    @Test
    void htmlWinsOverText() {
        var sink = CollectingSink.read("a.json", "{\"text\": \"plain\", \"html\": \"<p>marked up</p>\"}");
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(DocumentFormat.HTML);
            assertThat(d.content()).isEqualTo("<p>marked up</p>");
        });
    }

    @Test
    void aTextThatIsNoStringIsABrokenRecordNamedAsSuch() {
        var sink = CollectingSink.read("all.jsonl", "{\"text\": 5}\n{\"body\": [\"a\", \"b\"]}\n{\"text\": \"The dam opened.\"}\n");
        assertThat(sink.documents).extracting(d -> d.content()).containsExactly("The dam opened.");
        assertThat(sink.problems).extracting(p -> p.reason()).containsExactly(
                "the \"text\" field is a JSON number, not a string of article text",
                "the \"body\" field is a JSON array, not a string of article text");
    }

    @Test
    void authorsMayBeOneString() {
        var sink = CollectingSink.read("a.json", "{\"text\": \"t\", \"authors\": \"Ann Roe\"}");
        assertThat(sink.documents.get(0).hints().authors()).containsExactly("Ann Roe");
    }

    @Test
    void arrayFileIsOneDocumentARecord() {
        var sink = CollectingSink.read("all.json", "[{\"text\": \"one\"}, {\"text\": \"two\"}]");
        assertThat(sink.problems).isEmpty();
        assertThat(sink.documents).extracting(d -> d.source()).containsExactly("all.json#record 1", "all.json#record 2");
    }

    @Test
    void arrayBrokenPartwayKeepsTheRecordsBeforeTheBreak() {
        var sink = CollectingSink.read("all.json", "[{\"text\": \"one\"}, {\"text\": \"two\"}, {\"text\": tw");
        assertThat(sink.documents).hasSize(2);
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("record 3");
            assertThat(p.reason()).startsWith("invalid JSON");
        });
    }

    @Test
    void objectWithoutTextIsAProblem() {
        var sink = CollectingSink.read("a.json", "{\"title\": \"Only a title\"}");
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("no article text"));
    }

    @Test
    void jsonLinesSourcesNameTheirLines() {
        var sink = CollectingSink.read("feed.jsonl", "{\"text\": \"one\"}\n\n{\"text\": \"two\"}\r\n");
        assertThat(sink.documents).extracting(d -> d.source()).containsExactly("feed.jsonl#line 1", "feed.jsonl#line 3");
    }

    @Test
    void jsonLineIdIsTheLinesOwnHash() {
        String a = CollectingSink.read("a.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\"}").documents.get(1).id();
        String b = CollectingSink.read("b.jsonl", "{\"text\": \"two\"}").documents.get(0).id();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void jsonLineOverTheLimitIsSkippedAndTheNextLineRead() {
        CollectingSink sink = new CollectingSink();
        String lines = "{\"text\": \"" + "x".repeat(500) + "\"}\n{\"text\": \"short\"}\n";
        new Ingestor(new IngestSettings(200)).read("big.jsonl", lines.getBytes(java.nio.charset.StandardCharsets.UTF_8), sink);
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo("line 1"));
        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.content()).isEqualTo("short"));
    }

    @Test
    void trailingGarbageOnALineIsInvalid() {
        var sink = CollectingSink.read("a.jsonl", "{\"text\": \"one\"} trailing");
        assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("invalid JSON"));
    }

    @Test
    void numericPublishedIsUnixTime() {
        var seconds = CollectingSink.read("a.jsonl", "{\"text\": \"t\", \"published\": 1741080600}");
        var millis = CollectingSink.read("a.jsonl", "{\"text\": \"t\", \"published\": 1741080600000}");
        assertThat(seconds.documents.get(0).hints().published()).isEqualTo("2025-03-04T09:30:00Z");
        assertThat(millis.documents.get(0).hints().published()).isEqualTo("2025-03-04T09:30:00Z");
    }
}
