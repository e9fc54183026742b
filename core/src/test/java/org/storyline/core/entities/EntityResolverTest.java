package org.storyline.core.entities;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.core.nlp.TestArticles.ANNOTATOR;
import static org.storyline.core.nlp.TestArticles.article;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    private List<Entity> resolve(String... paragraphs) {
        return resolver.resolve(ANNOTATOR.annotate(article(paragraphs)));
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no entity " + name + " in " + entities));
    }

    @Test void surnameJoinsFullName() {
        var entities = resolve("Finance Minister Karin Holm arrived on Monday.", "Holm met the press later.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Karin Holm"))
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test void oneWordPersonTheArticleAlsoCallsAPlaceIsThePlace() {
        var entities = resolve("Varn Chemicals was fined for the leak that turned the river red at Lindmoor.",
                "Mayor Joran Beck said Lindmoor would still ask the company to pay for the tankers.");
        assertThat(entities).filteredOn(e -> e.name().equals("Lindmoor")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PLACE));
    }

    @Test void surnameNamedOftenStaysAPersonBesideAPlaceOfThatName() {
        var entities = resolve("Holm said the budget would pass.", "Holm added that taxes would not rise.",
                "Holm told reporters the vote was close.", "Farmers near Holm were unhappy.");
        assertThat(entities).filteredOn(e -> e.name().equals("Holm") && e.type() == EntityType.PERSON).isNotEmpty();
    }

    @Test void quotationMarkBesideANameIsNoPartOfIt() {
        var entities = resolve("Relief official Namara Ondongo toured the northern provinces on Monday.",
                "The harvest was \u201cprobably a little worse than last year,\u201d Ondongo said.",
                "\u201cNo, not really,\u201d Ondongo said, when asked whether aid would stop.",
                "The smaller gap would have been \u201cprobably a little too close for comfort,\u201d Mission Control said.");
        assertThat(entities).noneMatch(e -> e.name().matches(".*[\u201c\u201d\"'`].*"));
        assertThat(named(entities, "Namara Ondongo").mentions()).hasSize(3);
        assertThat(named(entities, "Mission Control").mentions()).isNotEmpty();
    }

    @Test void oneWordPersonTheArticleAlsoCallsAnOrganisationIsTheOrganisation() {
        var entities = resolve("Orvane shares fell on Monday after Orvane cut its forecast.",
                "\u201cDemand is weak,\u201d Orvane said in a statement.", "Orvane announced 300 job cuts.");
        assertThat(entities).filteredOn(e -> e.name().equals("Orvane")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test void firstWordOfACompanysNameIsTheCompany() {
        var entities = resolve("Quellwork Inc. said profits fell.", "Quellwork said on Monday the plant would close.",
                "\u201cWe are sorry,\u201d Quellwork wrote.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
        assertThat(named(entities, "Quellwork Inc.").mentions()).hasSize(3);
    }

    @Test void aTitledSurnameJoinsThePersonWhoHoldsTheTitle() {
        var entities = resolve("The visitors met Ostland's President Anders Varga on Thursday.",
                "Later that evening they met President Varga, First Lady Greta Varga and families of the crew.",
                "President Varga thanked them on Instagram for their support.");
        assertThat(named(entities, "Anders Varga").mentions()).hasSize(3);
        assertThat(named(entities, "Greta Varga").mentions()).hasSize(1);
        assertThat(named(entities, "Greta Varga").roles()).containsExactly("First Lady");
    }

    @Test void keepsTitleAsRoleNotName() {
        var entities = resolve("U.S. Secretary of State Richard Marsh spoke in Oslo.");
        Entity marsh = named(entities, "Richard Marsh");
        assertThat(marsh.roles()).containsExactly("U.S. Secretary of State");
    }

    @Test void aPersonTheTaggerRanIntoAnOrganisationAndTitleIsAPerson() {
        var entities = resolve("Customs agents questioned 40 passengers on Tuesday afternoon, most of whom worked for the"
                + " port, according to Civilian Airport Authority Director Nir Yarkani.");
        assertThat(named(entities, "Nir Yarkani").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(entities, "Nir Yarkani").roles()).containsExactly("Civilian Airport Authority Director");
    }

    @Test void aFormOfAddressAloneIsNoRole() {
        var entities = resolve("Mrs. Karin Holm opened the new library on Monday.");
        assertThat(named(entities, "Karin Holm").roles()).isEmpty();
    }

    @Test void keepsHyphenatedTitleWithOrganisation() {
        var entities = resolve("NATO Secretary-General Lars Berg opened the meeting.");
        assertThat(named(entities, "Lars Berg").roles()).containsExactly("NATO Secretary-General");
    }

    @Test void readsAppositiveTitle() {
        var entities = resolve("Lars Berg, the alliance's secretary general, opened the meeting.");
        assertThat(named(entities, "Lars Berg").roles()).containsExactly("alliance's secretary general");
    }

    @Test void resolvesPronounToNearestPerson() {
        var entities = resolve("Maria Olsen met Peter Lund in Bergen.", "Later he said the talks went well.");
        assertThat(named(entities, "Peter Lund").mentions()).hasSize(2);
        assertThat(named(entities, "Maria Olsen").mentions()).hasSize(1);
    }

    @Test void ignoresPeopleNamedInsideQuotesForPronouns() {
        var entities = resolve("Peter Lund spoke first.", "\u201cMaria Olsen is right,\u201d he said.");
        assertThat(named(entities, "Peter Lund").mentions()).hasSize(2);
    }

    @Test void matchesAcronymToOrganisation() {
        var entities = resolve("The European Union met in Brussels.", "The EU said it would act.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("European Union"))
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test void matchesKnownAliasOfPlace() {
        var entities = resolve("The United States sent aid to Chile.", "The U.S. also sent advisers.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PLACE)
                .extracting(Entity::name).containsExactly("United States", "Chile");
    }

    @Test void keepsTwoPeopleWithOneSurnameApart() {
        var entities = resolve("Anna Berg met Tomas Berg in Oslo.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(2);
    }

    @Test void aSubjectPronounCarriesItsPersonToTheNextSentence() {
        String[] paragraphs = {"President Bill Clinton brushed aside concerns about his visit on Friday. He said he was "
                + "travelling at the recommendation of, among others, Prime Minister Ariel Navon. "
                + "\u201cThe prime minister wanted me to go there,\u201d he said."};
        var entities = resolve(paragraphs);
        int last = paragraphs[0].lastIndexOf("he said");
        assertThat(named(entities, "Bill Clinton").mentions()).extracting(m -> m.begin()).contains(last);
    }

    @Test void aSurnameThatIsAlsoAWordIsThePersonOnceTheFullNameIsGiven() {
        String[] paragraphs = {"Harbour chairman Stephen Case said the deal would close in March. Analysts doubted it. "
                + "Case said the company would keep the Ostwick brand."};
        var entities = resolve(paragraphs);
        assertThat(named(entities, "Stephen Case").mentions()).extracting(m -> m.begin())
                .contains(paragraphs[0].lastIndexOf("Case said"));
    }

    @Test void aSurnameSharedByTwoPeopleOrBesideAnotherNameIsLeftAlone() {
        String[] paragraphs = {"Stephen Case and Laura Case met on Monday. Case said the deal was done.",
                "Justin Case, a trader, disagreed."};
        var entities = resolve(paragraphs);
        String text = String.join(org.storyline.core.model.Article.PARAGRAPH_SEPARATOR, paragraphs);
        int bare = text.indexOf("Case said");
        assertThat(entities).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.begin() == bare));
    }

    @Test void aFirstNameTheTaggerCutFromACapitalisedSurnameTakesItBack() {
        var entities = resolve("But Rep. Tom DeLay of Texas dismissed the arguments. DeLay said the vote was about honor.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).extracting(e -> e.name())
                .containsExactly("Tom DeLay");
        assertThat(named(entities, "Tom DeLay").mentions()).hasSize(2);
    }

    @Test void aPronounAfterADescribedSubjectGoesToThePersonDescribed() {
        String[] paragraphs = {"Two regional leaders, Philippine President Jose Ramos and Indonesian President Budi Santoso, "
                + "have criticised the arrest. The Philippine leader said he might skip the summit to protest the arrest of "
                + "Rashid Karim. He later said he would attend the summit."};
        var entities = resolve(paragraphs);
        String text = paragraphs[0];
        int later = text.indexOf("He later");
        assertThat(named(entities, "Jose Ramos").mentions()).extracting(m -> m.begin()).contains(later);
        assertThat(named(entities, "Rashid Karim").mentions()).extracting(m -> m.begin()).doesNotContain(later);
    }

    @Test void aTitledSurnameJoinsTheFullNameOfItsGender() {
        String[] paragraphs = {"Governor Tomas Berg spoke in Oslo on Monday. His wife, Anna Berg, joined him later.",
                "Mrs. Berg thanked the volunteers.", "Mr. Berg said the budget would pass."};
        var entities = resolve(paragraphs);
        String text = String.join(org.storyline.core.model.Article.PARAGRAPH_SEPARATOR, paragraphs);
        assertThat(named(entities, "Anna Berg").mentions()).extracting(m -> m.of(text)).containsExactly("Anna Berg", "Berg");
        assertThat(named(entities, "Tomas Berg").mentions()).extracting(m -> m.of(text))
                .contains("Tomas Berg").filteredOn(m -> m.equals("Berg")).hasSize(1);
        assertThat(named(entities, "Tomas Berg").mentions().stream().mapToInt(m -> m.begin()).max().orElseThrow())
                .isEqualTo(text.indexOf("Mr. Berg") + 4);
    }

    @Test void aTitledSurnameOfTheOtherGenderIsAnotherPerson() {
        var entities = resolve("Governor Tomas Berg spoke in Oslo on Monday.", "Later, Mrs. Berg visited a school.");
        assertThat(named(entities, "Tomas Berg").mentions()).hasSize(1);
        assertThat(named(entities, "Mrs. Berg").mentions()).hasSize(1);
    }

    @Test void aDescribingWordBeforeAKnownSurnameIsNoFirstName() {
        var entities = resolve("Prime Minister Rafik Hariri met President Emile Lahoud on Monday.",
                "While the Christian Lahoud may welcome a deal, the Sunni Hariri wants more seats.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactlyInAnyOrder("Rafik Hariri", "Emile Lahoud");
        assertThat(named(entities, "Rafik Hariri").mentions()).hasSize(2);
        assertThat(named(entities, "Emile Lahoud").mentions()).hasSize(2);
    }

    @Test void aNameAfterTheThatNamesNoOneElseStaysWhole() {
        var entities = resolve("The Dalai Lama arrived in Delhi on Monday.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .containsExactly("Dalai Lama");
    }

    @Test void officesAndCourtsAreOrganisationsNotPeople() {
        var entities = resolve("The Justice Department opened an inquiry on Monday.",
                "The Supreme Court will hear the case, and the Foreign Ministry said it would send lawyers.",
                "The Prime Minister's Office gave no comment.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
    }

    @Test void nameWithBracketsIsCleanedWhole() {
        var entities = resolve("Interior Minister (Pavel) Sorokin flew to Minsk on Monday.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON)
                .extracting(Entity::name).containsExactly("Pavel Sorokin");
    }

    @Test void pronounAgreesInGender() {
        var entities = resolve("Anna Kriel arrived late.", "The session was chaired by Tom Welby.",
                "Later she said the talks went well.");
        assertThat(named(entities, "Anna Kriel").mentions()).hasSize(2);
        assertThat(named(entities, "Tom Welby").mentions()).hasSize(1);
    }

    @Test void relativeWhoSharesAFirstNameIsAnotherPerson() {
        var entities = resolve("Former general Hugo Marsden was detained in Lisbon.",
                "Marsden's son, Hugo, said the family would hire lawyers.");
        assertThat(named(entities, "Hugo Marsden").mentions()).hasSize(2);
    }

    @Test void pronounGoesToTheSubjectNotToANameInItsApposition() {
        var entities = resolve("Piet Varga, a farmer driving to Mount Selby, said he had waited an hour.");
        assertThat(named(entities, "Piet Varga").mentions()).hasSize(2);
    }

    @Test void pronounPassesOverAnOpeningPhrase() {
        var entities = resolve("After meeting Tom Welby, Alan Ferris said he would sign the deal.");
        assertThat(named(entities, "Alan Ferris").mentions()).hasSize(2);
    }

    @Test void articleWithoutNamesHasNoEntities() {
        assertThat(resolve("it rained all day and nobody came.")).isEmpty();
        assertThat(resolve()).isEmpty();
    }

    @Test void anOrganisationWhoseNameOpensOnATitleWordStaysAnOrganisation() {
        var entities = resolve("Lawyers argued before the High Court of Justice in Ostwick on Monday.",
                "A spokeswoman for the National Conference of Harbour Pilots said the plan was bad policy.",
                "Foreign Minister Farouk al-Sharaa arrived in Ostwick on Tuesday.");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .doesNotContain("Court of Justice", "Conference of Harbour Pilots").contains("Farouk al-Sharaa");
    }
}
