package org.storyline.core.model;

/**
 * A numeric fact an article reports: "The European Union has delivered about 300,000 of its promised
 * 1 million artillery shells".
 *
 * @param subject     who or what the number is about ("European Union"), as named in the article
 * @param subjectId   the subject's {@link Entity#id()}, or {@code null}
 * @param what        the measured thing ("artillery shells delivered")
 * @param value       the number, normalized (300000; 415000000000; 25)
 * @param unit        {@code USD}, {@code EUR}, {@code percent}, or the counted noun ("shells"); {@code null} for a bare count
 * @param approximate whether the article hedges it ("about", "nearly", "more than")
 * @param total       the whole the value is part of (1000000 in "300,000 of 1 million"), or {@code null}
 * @param change      whether the value is a change ("a 25% increase"), and which way
 * @param time        when it holds, as an ISO date or period ("2023-11-27", "2023"), or {@code null}
 * @param span        where the number is in {@link Article#text()}
 * @param sentence    index of the sentence that reports it
 */
public record Claim(
        String subject,
        String subjectId,
        String what,
        double value,
        String unit,
        boolean approximate,
        Double total,
        ChangeDirection change,
        String time,
        Span span,
        int sentence) {
}
