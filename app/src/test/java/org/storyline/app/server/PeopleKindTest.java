package org.storyline.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The people list and API tell an organisation quoted as a source from a person. */
class PeopleKindTest {

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir, List.of(
                Dispatches.article("h1", "Meridian Wire", "2024-06-10", "Portavel harbour dredging starts",
                        "Dredgers began work in Portavel harbour on Monday.",
                        "Portavel Harbour Authority said: \"The channel will be open to ships again by August.\"",
                        "Ana Ribeiro said: \"The dredging is overdue by ten years.\"")), null, null, 1024);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void apiTypesEachSpeaker() throws Exception {
        JsonNode people = TestServer.json(server.get("/api/people")).get("items");
        assertThat(people).extracting(p -> p.get("name").asText() + ":" + p.get("kind").asText())
                .containsExactlyInAnyOrder("Portavel Harbour Authority:ORGANIZATION", "Ana Ribeiro:PERSON");
        JsonNode authority = TestServer.json(server.get("/api/people/portavel-harbour-authority"));
        assertThat(authority.get("person").get("kind").asText()).isEqualTo("ORGANIZATION");
    }

    @Test
    void peoplePageMarksOrganisations() throws Exception {
        String html = server.get("/people").body();
        assertThat(html).containsPattern("<tr class=\"organization\"><td>[^<]*<a[^>]*>Portavel Harbour Authority</a>");
        assertThat(html).containsPattern("<tr class=\"person\"><td>[^<]*<a[^>]*>Ana Ribeiro</a>");
        assertThat(server.get("/people/portavel-harbour-authority").body()).contains("Organisation");
    }
}
