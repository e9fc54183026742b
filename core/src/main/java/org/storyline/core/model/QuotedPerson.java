package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A person quoted in a story, under one canonical name however each article names them
 * ("Blinken", "Antony Blinken", "Secretary of State Antony Blinken"). An organisation an article quotes
 * as a source ("Estrava Rail said") is listed the same way, marked as an organisation; places and
 * unresolved pronouns are not listed.
 *
 * @param name    the fullest proper name any article uses
 * @param roles   titles and roles the articles give, each once ("U.S. Secretary of State")
 * @param outlets every outlet quoting them, each once
 * @param quotes  their quotes, each once: a quote several outlets carry is one {@link Report} of kind
 *                {@link ReportKind#QUOTE} citing all of them
 * @param kind    {@link EntityType#PERSON} or {@link EntityType#ORGANIZATION}, as the articles' entity
 *                typing has the speaker most often; a person when no article types it (and in views
 *                stored before speakers were typed)
 */
public record QuotedPerson(String name, List<String> roles, List<String> outlets, List<Report> quotes,
                           EntityType kind) {

    public QuotedPerson(String name, List<String> roles, List<String> outlets, List<Report> quotes) {
        this(name, roles, outlets, quotes, EntityType.PERSON);
    }

    public QuotedPerson {
        Objects.requireNonNull(name, "name");
        kind = kind == EntityType.ORGANIZATION ? kind : EntityType.PERSON;
        roles = List.copyOf(roles);
        outlets = List.copyOf(outlets);
        quotes = List.copyOf(quotes);
    }

    /** Whether the speaker is an organisation ("Varn Chemicals said"), not a person. */
    public boolean organization() {
        return kind == EntityType.ORGANIZATION;
    }
}
