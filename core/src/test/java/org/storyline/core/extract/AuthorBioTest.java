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
    void aPassiveSentenceOpeningOnANounIsNoBio() {
        assertThat(bios.subject("Employees covered by the agreement should receive notices from their departments by "
                + "Oct. 15, according to the union.")).isNull();
        assertThat(bios.subject("Jane Roe covered the harbour board for the Gazette for a decade.")).isEqualTo("Jane Roe");
    }

    @Test
    void namesFullNameSubject() {
        assertThat(bios.subject("Jaan Tamm is a senior shipping correspondent based in Tallinn.")).isEqualTo("Jaan Tamm");
    }

    @Test
    void longParagraphAboutAPoliticianThatNamesAWriterLateIsNoBio() {
        String paragraph = "Sorvik has been known to change his mind on the pier, and when he was questioned by the harbour "
                + "board about the cost of its repairs this spring he would not answer at all. So what will happen if the "
                + "terminal opens late again next winter, with the island's crossings cut to two a day and the old boats "
                + "worn out? Maybe, with time on his hands after the election, he will write a book about his years in "
                + "office. If so, he might do as a famous singer once did when asked about the memoir credited to her and "
                + "to the writer who had helped her tell it, and say she had never read the thing herself, though her name "
                + "was on its cover and the story inside it was hers.";
        assertThat(bios.subject(paragraph)).isNull();
    }

    @Test
    void longBioThatNamesTheWorkInItsFirstSentencesIsABio() {
        String bio = "Maria has been helping readers on the islands find ferries that actually run for more than five years, "
                + "sifting through hundreds of timetables each season to find the crossings worth the wait at the quay. "
                + "Since joining the Gazette's travel desk in 2021, she has covered every timetable change, every strike "
                + "and every storm that kept the boats in harbour, and she writes the weekly crossing guide. She is also "
                + "passionate about lighthouses, having visited all forty on the coast to write about their keepers. She "
                + "previously worked at a shipping newsletter and has contributed to travel titles across the north, from the "
                + "fjords to the Baltic.";
        assertThat(bios.subject(bio)).isEqualTo("Maria");
    }

    @Test
    void namesTheSubjectOfABioInGermanOrFrench() {
        assertThat(bios.subject("Anna Lehmann ist Redakteurin im Ressort Inland und schreibt \u00fcber H\u00e4fen.")).isEqualTo("Anna Lehmann");
        assertThat(bios.subject("Marie Dupont est journaliste au service politique depuis 2015.")).isEqualTo("Marie Dupont");
    }

    @Test
    void germanProfileOfAMayorIsNoBio() {
        assertThat(bios.subject("M\u00fcller ist seit 2019 B\u00fcrgermeister der Stadt und war zuvor Lotse im Hafen.")).isNull();
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
    void namesSubjectWithAMiddleInitial() {
        assertThat(bios.subject("Jaan K. Tamm is a staff writer on the Gazette's harbour desk.")).isEqualTo("Jaan K. Tamm");
    }

    @Test
    void criticIsABio() {
        assertThat(bios.subject("Jaan Tamm is the Gazette's television critic.")).isEqualTo("Jaan Tamm");
    }

    @Test
    void aNoteOnTheWriterThatNamesNoOneIsAWritersNote() {
        assertThat(AuthorBio.isWritersNote("The writer is a journalist based in Elling.")).isTrue();
        assertThat(AuthorBio.isWritersNote("(The author is a former ambassador to Norway.)")).isTrue();
        assertThat(AuthorBio.isWritersNote("Die Autorin ist Professorin für Völkerrecht in Kiel.")).isTrue();
    }

    @Test
    void aSentenceAboutAnAuthorInTheStoryIsNoWritersNote() {
        assertThat(AuthorBio.isWritersNote("The author is expected to sign copies at the library on Saturday.")).isFalse();
        assertThat(AuthorBio.isWritersNote("The writers are on strike for a third week.")).isFalse();
    }
}
