package org.storyline.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A surname quoted alone in some stories is the archive's one full name with that surname. */
class SurnameLinksTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 2);

    @TempDir
    Path dir;

    private static void story(Archive archive, String id, String... paragraphs) throws IOException {
        var a = Clippings.article(id + "-a", "Wire", DAY, "Ferry strike in Lunmar", paragraphs);
        archive.putArticle(a, id, null, null);
        archive.putStory(Clippings.view(id, List.of(a), Map.of()), null);
    }

    @Test
    void surnameAloneJoinsTheOneFullNameAcrossStories() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            story(archive, "one", "Jon Vale: \"No ferries will sail today.\"");
            story(archive, "two", "Vale: \"The crews want a fair deal.\"", "Vale: \"We will talk on Monday.\"");
            archive.commit();
            var people = archive.people(null, 0, 10).items();
            assertThat(people).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Jon Vale");
                assertThat(p.quotes()).isEqualTo(3);
                assertThat(p.stories()).containsExactlyInAnyOrder("one", "two");
            });
            assertThat(archive.person("vale").orElseThrow().name()).isEqualTo("Jon Vale");
            assertThat(archive.quotes(new QuoteFilter(null, "jon-vale", null, null), 0, 10).total()).isEqualTo(3);
        }
    }

    @Test
    void linksFollowWhatIsCommittedLater() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            story(archive, "two", "Vale: \"The crews want a fair deal.\"");
            archive.commit();
            assertThat(archive.people(null, 0, 10).items()).singleElement()
                    .satisfies(p -> assertThat(p.name()).isEqualTo("Vale"));
            story(archive, "one", "Jon Vale: \"No ferries will sail today.\"");
            archive.commit();
            assertThat(archive.people(null, 0, 10).items()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Jon Vale");
                assertThat(p.quotes()).isEqualTo(2);
            });
        }
    }

    @Test
    void surnameOfTwoFullNamesStaysApart() throws Exception {
        try (Archive archive = Archive.open(ArchiveSettings.writable(dir))) {
            story(archive, "one", "Jon Vale: \"No ferries will sail today.\"");
            story(archive, "two", "Mara Vale: \"The harbour is closed.\"");
            story(archive, "three", "Vale: \"The crews want a fair deal.\"");
            archive.commit();
            assertThat(archive.people(null, 0, 10).items()).extracting(PersonCard::name)
                    .containsExactlyInAnyOrder("Jon Vale", "Mara Vale", "Vale");
        }
    }

    @Test
    void surnameJoinsAFullNameTheArticlesNameFarMoreOftenThanAnother() {
        var links = new SurnameLinks(List.of("Clinton", "Bill Clinton", "Hillary Clinton"), List.of(),
                Map.of("Bill Clinton", 12L, "Hillary Clinton", 2L));
        assertThat(links.canonical("clinton")).isEqualTo("bill-clinton");
    }

    @Test
    void surnameJoinsAPersonTheArticlesNameThoughNeverQuotedByFullName() {
        var links = new SurnameLinks(List.of("Case", "The government's case"), List.of(),
                Map.of("Steve Case", 3L, "Stephen Case", 2L, "Stephen M. Case", 1L));
        assertThat(links.canonical("case")).isEqualTo("stephen-m-case");
        assertThat(links.name("stephen-m-case")).isEqualTo("Stephen M. Case");
        assertThat(links.canonical("the-government-s-case")).isEqualTo("the-government-s-case");
    }

    @Test
    void organisationIsNeverJoined() {
        var links = new SurnameLinks(List.of("White House", "House", "Justice Department", "Department", "Jon Vale", "Vale"),
                List.of("White House"), Map.of());
        assertThat(links.canonical("house")).isEqualTo("house");
        assertThat(links.canonical("department")).isEqualTo("department");
        assertThat(links.canonical("vale")).isEqualTo("jon-vale");
    }
}
