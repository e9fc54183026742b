package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A person quoted in a story, under one canonical name however each article names them
 * ("Blinken", "Antony Blinken", "Secretary of State Antony Blinken").
 *
 * @param name    the fullest proper name any article uses
 * @param roles   titles and roles the articles give, each once ("U.S. Secretary of State")
 * @param outlets every outlet quoting them, each once
 * @param quotes  their quotes, each once: a quote several outlets carry is one {@link Report} of kind
 *                {@link ReportKind#QUOTE} citing all of them
 */
public record QuotedPerson(String name, List<String> roles, List<String> outlets, List<Report> quotes) {

    public QuotedPerson {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
        outlets = List.copyOf(outlets);
        quotes = List.copyOf(quotes);
    }
}
