package org.storyline.core.nlp;

/** Who marks DATE mentions and resolves them against the publication date. */
public enum DateSource {
    /** Storyline's own rules ({@link DateMentions}): the calendar dates news uses, at a small cost. */
    STORYLINE,
    /** CoreNLP's SUTime: more expressions (times, durations, holidays), about 60% of the analysis time. */
    SUTIME,
    /** No dates at all. */
    NONE
}
