package org.storyline.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryCastTest {

    @Test
    void surnameJoinsTheFullName() {
        var cast = new StoryCast(List.of("Antonia Berg", "Berg"));
        assertThat(cast.nameOf("Berg")).isEqualTo("Antonia Berg");
    }

    @Test
    void initialJoinsTheFullName() {
        assertThat(new StoryCast(List.of("Antonia Berg", "A. Berg")).nameOf("A. Berg")).isEqualTo("Antonia Berg");
    }

    @Test
    void aShortFormTheCastWasNotBuiltWithStillJoinsTheOneFullNameItFits() {
        var cast = new StoryCast(List.of("Billy Hunter", "Russ Granik"));
        assertThat(cast.nameOf("Hunter")).isEqualTo("Billy Hunter");
        assertThat(cast.nameOf("A. Hunter")).isEqualTo("A. Hunter");
        assertThat(cast.knows("Hunter")).isTrue();
        assertThat(new StoryCast(List.of("John Smith", "Jane Smith")).nameOf("Smith")).isEqualTo("Smith");
    }

    @Test
    void oneNameSpeltTwoWaysIsOnePersonUnderTheMoreUsedSpelling() {
        var cast = new StoryCast(List.of("Lasse Gustafsson", "Lasse Gustavsson", "Lasse Gustavsson", "Lasse Gustavsson",
                "Farouq al-Sharaa", "Farouk al-Sharaa", "Farouk al-Sharaa", "Gustafsson"));
        assertThat(cast.nameOf("Lasse Gustafsson")).isEqualTo("Lasse Gustavsson");
        assertThat(cast.nameOf("Gustafsson")).isEqualTo("Lasse Gustavsson");
        assertThat(cast.nameOf("Farouq al-Sharaa")).isEqualTo("Farouk al-Sharaa");
    }

    @Test
    void namesALetterApartAtTheEndOfAFirstNameOrInAShortWordAreTwoPeople() {
        var cast = new StoryCast(List.of("Louis Brandt", "Louise Brandt", "Carlo Ferri", "Carla Ferri",
                "Mark Kelly", "Mary Kelly", "Nasr Erekat", "Amr Erekat"));
        assertThat(cast.nameOf("Louise Brandt")).isEqualTo("Louise Brandt");
        assertThat(cast.nameOf("Carla Ferri")).isEqualTo("Carla Ferri");
        assertThat(cast.nameOf("Mary Kelly")).isEqualTo("Mary Kelly");
        assertThat(cast.nameOf("Amr Erekat")).isEqualTo("Amr Erekat");
    }

    @Test
    void mentionsOfAShortFormCountForItsFullNameWhenASurnameIsWeighed() {
        var cast = new StoryCast(List.of("Robert Ellis Marsh", "Bob Marsh", "Bob Marsh", "Bob Marsh", "Bob Marsh",
                "Bob Marsh", "Bob Marsh", "Nora Ann Marsh", "Nora Ann Marsh", "Marsh"));
        assertThat(cast.nameOf("Marsh")).isEqualTo("Robert Ellis Marsh");
    }

    @Test
    void aLeadingTheIsNoPartOfTheKey() {
        assertThat(StoryCast.key("The Palestinians")).isEqualTo(StoryCast.key("Palestinians"));
    }

    @Test
    void ambiguousSurnameStaysApart() {
        var cast = new StoryCast(List.of("John Smith", "Jane Smith", "Smith"));
        assertThat(cast.nameOf("Smith")).isEqualTo("Smith");
        assertThat(cast.nameOf("Jane Smith")).isEqualTo("Jane Smith");
    }

    @Test
    void possessiveAndCaseDoNotMatter() {
        var cast = new StoryCast(List.of("Antonia Berg", "BERG's"));
        assertThat(cast.nameOf("Berg\u2019s")).isEqualTo("Antonia Berg");
    }

    @Test
    void surnameJoinsTheFullNameOfTheManyMentionedOne() {
        var cast = new StoryCast(List.of("Bill Clinton", "Clinton", "Bill Clinton", "Clinton"));
        assertThat(cast.nameOf("Clinton")).isEqualTo("Bill Clinton");
    }

    @Test
    void knownNicknameJoinsTheFullName() {
        var cast = new StoryCast(List.of("Robert L. Livingston", "Bob Livingston"));
        assertThat(cast.nameOf("Bob Livingston")).isEqualTo("Robert L. Livingston");
    }

    @Test
    void surnameJoinsTheFullNameTheStoryNamesFarMoreOften() {
        var names = new java.util.ArrayList<>(java.util.Collections.nCopies(6, "Bill Clinton"));
        names.addAll(List.of("Hillary Rodham Clinton", "Clinton"));
        assertThat(new StoryCast(names).nameOf("Clinton")).isEqualTo("Bill Clinton");
    }

    @Test
    void unknownNameIsNotKnown() {
        assertThat(new StoryCast(List.of("Antonia Berg")).knows("he")).isFalse();
    }
}
