package org.storyline.core.extract;

/** What a paragraph of scraped text is, as {@link TextLayout} sees it. */
enum ParagraphKind {
    /** Prose: the body, a headline or a standfirst, depending on where it stands. */
    TEXT,
    /** Page furniture: navigation, widget labels, sign-up boxes, comment forms. */
    BOILERPLATE,
    /** A photo caption, kept apart from the body. */
    CAPTION,
    /** A second copy of a caption or paragraph already seen. */
    REPEAT,
    /** A credits line: "Reporting by ...; Editing by ...". */
    CREDITS,
    /** A byline: "By Jane Roe". */
    BYLINE,
    /** A line that only says when the article was published or updated. */
    DATE_STAMP,
    /** After the body: an author bio, promos, anything past the last body paragraph. */
    TAIL
}
