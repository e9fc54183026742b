package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits scraped plain text into paragraphs. Scrapers write one paragraph a line, with or without blank
 * lines between; a text wrapped at a fixed width is re-joined where a long line stops mid-sentence and
 * the next line goes on. Control characters are dropped and no-break spaces count as spaces.
 */
final class TextParagraphs {

    private static final int WRAPPED_LINE = 50;

    private TextParagraphs() {
    }

    static List<String> split(String content) {
        var paragraphs = new ArrayList<String>();
        var current = new StringBuilder();
        for (String raw : content.split("\r\n|\r|\n|\u2028|\u2029", -1)) {
            String line = clean(raw);
            if (line.isEmpty()) {
                flush(current, paragraphs);
            } else if (!current.isEmpty() && continues(current, line)) {
                current.append(' ').append(line);
            } else {
                flush(current, paragraphs);
                current.append(line);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    /** A wrapped line: the previous line is long and stopped mid-sentence, and this one starts lower case. */
    private static boolean continues(StringBuilder previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        return previous.length() >= WRAPPED_LINE && (Character.isLetterOrDigit(last) || last == ',')
                && Character.isLowerCase(line.codePointAt(0));
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    private static String clean(String line) {
        var out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && c != '\ufeff' && c != '\u200b') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
