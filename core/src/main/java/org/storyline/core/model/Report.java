package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a story's coverage reports, aligned across articles: the same statement, numeric claim or
 * quote as each article that carries it printed it.
 *
 * @param kind               what it is
 * @param text               the fullest wording among its citations
 * @param speaker            the canonical name of who said it, for quotes (and statements reported as
 *                           someone's words); {@code null} otherwise
 * @param quoteKind          how the fullest citation renders the words, for quotes; {@code null} otherwise
 * @param claim              the claim as its first citation reports it, for claims; {@code null} otherwise
 * @param outlets            every outlet carrying it, near-duplicate copies included, each once
 * @param independentReports how many independent articles carry it: near-duplicates of one
 *                           original count once, so a wire copy run by three outlets counts 1
 * @param citations          each article that carries it, with its own words
 */
public record Report(
        ReportKind kind,
        String text,
        String speaker,
        QuoteKind quoteKind,
        Claim claim,
        List<String> outlets,
        int independentReports,
        List<Citation> citations) {

    public Report {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        outlets = List.copyOf(outlets);
        citations = List.copyOf(citations);
    }
}
