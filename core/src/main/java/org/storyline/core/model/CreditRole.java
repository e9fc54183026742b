package org.storyline.core.model;

/** The part a person played in producing an article, as credits lines and bylines name it. */
public enum CreditRole {
    BYLINE,
    REPORTING,
    ADDITIONAL_REPORTING,
    WRITING,
    EDITING,
    PHOTOGRAPHY
}
