package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorBioTest {

    private final AuthorBio bios = AuthorBio.standard();

    @Test
    void namesFirstNameSubject() {
        assertThat(bios.subject("Maria covers coastal towns and climate. She previously worked for newspapers in Turku."))
                .isEqualTo("Maria");
    }

    @Test
    void namesFullNameSubject() {
        assertThat(bios.subject("Jaan Tamm is a senior shipping correspondent based in Tallinn.")).isEqualTo("Jaan Tamm");
    }

    @Test
    void politicianProfileIsNoBio() {
        assertThat(bios.subject("Sorvik is a former harbour pilot who became port minister in 2021.")).isNull();
    }

    @Test
    void sentenceStartingWithArticleIsNoBio() {
        assertThat(bios.subject("The reporter is a graduate of the local university, the paper said.")).isNull();
    }

    @Test
    void namesSubjectWithAnInitial() {
        assertThat(bios.subject("L. Maria Tamm is a contributing writer for the Gazette's travel pages.")).isEqualTo("L. Maria Tamm");
    }

    @Test
    void criticIsABio() {
        assertThat(bios.subject("Jaan Tamm is the Gazette's television critic.")).isEqualTo("Jaan Tamm");
    }
}
