package org.storyline.core.entities;

import org.storyline.core.model.EntityType;

import java.util.List;
import java.util.Set;

/**
 * A one-word name the tagger takes for a person in one sentence and for an organisation in another is the
 * organisation ("Orvane cut its forecast …", "“Demand is weak,” Orvane said" tagged a person), and so is the
 * first word of a company's name ("Quellwork Inc.", then "Quellwork said"): news introduces a person by full
 * name, so a person the article names only by one word, with no title, role or full name anywhere, that is
 * also an organisation's name is the tagger misreading the company. A longer name that is not a company's
 * form ("Trump Organization", "Ford Foundation") keeps the person: it names a person's business or legacy.
 */
final class OrganizationNames {

    /** Last words that make a name a company's, lower case. */
    private static final Set<String> COMPANY_FORMS = Set.of("inc", "inc.", "corp", "corp.", "corporation", "ltd",
            "ltd.", "llc", "plc", "co", "co.", "company", "group", "games", "studios", "holdings", "ag", "gmbh",
            "sa", "nv", "airlines", "motors", "technologies", "labs");

    private OrganizationNames() {
    }

    /** Moves such a person's mentions to the organisation. */
    static void absorb(List<EntityResolver.Draft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            EntityResolver.Draft person = drafts.get(i);
            if (!person.isBareOneWordPerson()) {
                continue;
            }
            EntityResolver.Draft organization = namesake(drafts, person.tokens.get(0));
            if (organization != null) {
                organization.mentions.addAll(person.mentions);
                drafts.remove(i);
            }
        }
    }

    /** The organisation named {@code word} alone, else a company whose name is {@code word} and its form. */
    private static EntityResolver.Draft namesake(List<EntityResolver.Draft> drafts, String word) {
        EntityResolver.Draft company = null;
        for (EntityResolver.Draft d : drafts) {
            if (d.type != EntityType.ORGANIZATION || !d.tokens.get(0).equals(word)) {
                continue;
            }
            if (d.tokens.size() == 1) {
                return d;
            }
            if (company == null && d.tokens.size() == 2 && COMPANY_FORMS.contains(d.tokens.get(1))) {
                company = d;
            }
        }
        return company;
    }
}
