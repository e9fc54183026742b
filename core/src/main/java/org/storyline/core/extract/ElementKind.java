package org.storyline.core.extract;

import org.jsoup.nodes.Element;

/**
 * Elements of one kind: the same tag and the same classes, as a theme prints the parts of one story, the items of one
 * list or the cards of one box.
 */
final class ElementKind {

    private ElementKind() {
    }

    /** Whether {@code a} and {@code b} have the same tag and the same class attribute. */
    static boolean same(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    /** A key equal for elements of one kind and different otherwise ("p.story-text"). */
    static String key(Element e) {
        return e.normalName() + "." + e.className();
    }
}
