package org.storyline.core.model;

/** The kinds of named and numeric expressions the {@code nlp} stage marks. */
public enum MentionType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC,
    DATE,
    TIME,
    DURATION,
    NUMBER,
    ORDINAL,
    MONEY,
    PERCENT;

    public boolean isNamed() {
        return this == PERSON || this == ORGANIZATION || this == LOCATION || this == MISC;
    }
}
