package org.storyline.core.story;

/**
 * Folds English inflection and a few derivations onto one key, so that "meeting", "meets" and "met"'s
 * lemma "meet" compare equal, as do "sustained" and "sustain", "invasion" and "invade". Deliberately
 * lighter than Porter: outlets paraphrase each other, and over-stemming merges words that differ in meaning.
 */
final class LightStemmer {

    private LightStemmer() {
    }

    static String stem(String lowerCaseWord) {
        var w = lowerCaseWord;
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ly") && w.length() > 5) {
            w = w.substring(0, w.length() - 2);
        } else if ((w.endsWith("asion") || w.endsWith("ision")) && w.length() > 7) {
            w = w.substring(0, w.length() - 4) + "d";
        } else if (w.endsWith("ation") && w.length() > 7) {
            w = w.substring(0, w.length() - 5);
        }
        if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)
                && "bdgmnprt".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("y") && w.length() > 3) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        return w;
    }
}
