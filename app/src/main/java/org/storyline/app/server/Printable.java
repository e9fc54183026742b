package org.storyline.app.server;

/** Echoes user input into a message safely: quoted, control characters dropped, length bounded. */
final class Printable {

    private static final int MAX = 120;

    private Printable() {
    }

    static String of(String value) {
        if (value == null) {
            return "\"\"";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "");
        return "\"" + (clean.length() > MAX ? clean.substring(0, MAX) + "\u2026" : clean) + "\"";
    }
}
