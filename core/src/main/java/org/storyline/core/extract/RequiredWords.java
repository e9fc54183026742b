package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Words a regular expression cannot match without, one of which any text it matches holds, read from the pattern's
 * source: a furniture pattern is tried on every short line of every page, at every position of the line, and a line
 * holding none of its words is passed over without a matcher. {@code "\\bcan be reached at\\s+\\S+@\\S+"} needs
 * "can be reached at"; {@code "(?i:whatsapp|telegram)[- ]channel"} needs "whatsapp" or "telegram", whatever their case.
 *
 * <p>The reading is cautious, since a word named wrongly would hide a match: it reads words only where every match must
 * pass through them (not in optional, repeated-from-zero, negative or look-behind parts, nor across an alternative that
 * names none), drops words that ignore case beyond ASCII letters, and names none for a pattern it cannot read (inline
 * flags other than case, quoting, comments mode).
 *
 * @param words the words, one of which the text must hold
 * @param ignoreCase whether the words are compared ignoring the case of ASCII letters (the text's lower case with
 *     {@link Locale#ROOT} against theirs)
 */
record RequiredWords(List<String> words, boolean ignoreCase) {

    RequiredWords {
        words = List.copyOf(words);
    }

    /**
     * The words of {@code regex} that narrow most, or empty when it names none the reading can vouch for (a source that
     * is no valid pattern names none either).
     */
    static Optional<RequiredWords> of(String regex) {
        try {
            return new Reader(regex).read();
        } catch (Unreadable | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text}, whose {@code lower} case is given as well, holds one of the words. */
    boolean metBy(String text, String lower) {
        for (String word : words) {
            if (ignoreCase ? lower.contains(word) : text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The shortest word's length: a longer word narrows more. */
    private int reach() {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }

    private static RequiredWords best(List<RequiredWords> found) {
        return found.stream().max(Comparator.comparingInt(RequiredWords::reach)
                .thenComparing(Comparator.comparingInt((RequiredWords w) -> w.words().size()).reversed())).orElse(null);
    }

    private static boolean ascii(String word) {
        return word.chars().allMatch(c -> c < 128);
    }

    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** How a part of the pattern compares letters. */
    private enum Case {
        EXACT, ASCII_IGNORED, UNICODE_IGNORED
    }

    /** A recursive reading of the pattern's source, one sequence of atoms and its alternatives at a time. */
    private static final class Reader {
        private final String source;
        private int at;

        Reader(String source) {
            this.source = source;
        }

        Optional<RequiredWords> read() {
            Case letters = Case.EXACT;
            if (source.startsWith("(?")) {
                int close = source.indexOf(')');
                String flags = close < 0 ? "" : source.substring(2, close);
                if (isFlags(flags)) {
                    letters = caseOf(flags, letters);
                    at = close + 1;
                }
            }
            List<RequiredWords> needs = alternatives(letters);
            if (at != source.length()) {
                throw new Unreadable();
            }
            return Optional.ofNullable(best(needs));
        }

        /** Alternatives up to the closing parenthesis or the end: what each alternative needs most, joined. */
        private List<RequiredWords> alternatives(Case letters) {
            var branches = new ArrayList<List<RequiredWords>>();
            branches.add(sequence(letters));
            while (at < source.length() && source.charAt(at) == '|') {
                at++;
                branches.add(sequence(letters));
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            var chosen = new ArrayList<RequiredWords>();
            for (List<RequiredWords> branch : branches) {
                RequiredWords need = best(branch);
                if (need == null) {
                    return List.of();
                }
                chosen.add(need);
            }
            boolean ignoreCase = chosen.stream().anyMatch(RequiredWords::ignoreCase);
            var words = new ArrayList<String>();
            for (RequiredWords need : chosen) {
                for (String word : need.words()) {
                    // A word compared exactly may join words compared by lower case only where lower-casing it alone
                    // cannot differ from lower-casing it in a text (a Greek final sigma can).
                    if (ignoreCase && !need.ignoreCase() && !ascii(word)) {
                        return List.of();
                    }
                    words.add(ignoreCase ? word.toLowerCase(Locale.ROOT) : word);
                }
            }
            return List.of(new RequiredWords(words, ignoreCase));
        }

        /** One alternative: its runs of plain characters, and what the groups it must pass through need. */
        private List<RequiredWords> sequence(Case letters) {
            var needs = new ArrayList<RequiredWords>();
            var run = new StringBuilder();
            while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
                char c = source.charAt(at);
                if (c == '(') {
                    endRun(run, needs, letters);
                    needs.addAll(group(letters));
                } else if (c == '[') {
                    endRun(run, needs, letters);
                    skipClass();
                } else if (c == '\\') {
                    char next = charAfter(at);
                    if (Character.isLetterOrDigit(next)) {
                        endRun(run, needs, letters);
                        skipEscape(next);
                    } else {
                        at += 2;
                        literal(next, run, needs, letters);
                    }
                } else if (c == '.' || c == '^' || c == '$') {
                    endRun(run, needs, letters);
                    at++;
                    skipQuantifier();
                } else if (isQuantifier(c)) {
                    throw new Unreadable();
                } else {
                    at++;
                    literal(c, run, needs, letters);
                }
            }
            endRun(run, needs, letters);
            return needs;
        }

        /** Adds a plain character to the run, unless a quantifier makes it optional or repeated. */
        private void literal(char c, StringBuilder run, List<RequiredWords> needs, Case letters) {
            if (at < source.length() && isQuantifier(source.charAt(at))) {
                endRun(run, needs, letters);
                skipQuantifier();
            } else {
                run.append(c);
            }
        }

        /** A group's needs where every match passes through it once or more. */
        private List<RequiredWords> group(Case letters) {
            at++;
            boolean counts = true;
            Case inner = letters;
            if (source.startsWith("?", at)) {
                at++;
                char kind = source.charAt(at);
                if (kind == ':' || kind == '>' || kind == '=') {
                    at++;
                } else if (kind == '!') {
                    at++;
                    counts = false;
                } else if (kind == '<') {
                    char next = charAfter(at);
                    counts = next != '=' && next != '!';
                    at = counts ? skipName() : at + 2;
                } else {
                    inner = groupFlags(letters);
                }
            }
            List<RequiredWords> needs = alternatives(inner);
            if (at >= source.length() || source.charAt(at) != ')') {
                throw new Unreadable();
            }
            at++;
            if (at < source.length() && isQuantifier(source.charAt(at))) {
                counts &= !optional();
                skipQuantifier();
            }
            return counts ? needs : List.of();
        }

        /** Reads a group's flags ("(?i:"); flags other than case, multi-line and dot-all are not read. */
        private Case groupFlags(Case letters) {
            int colon = source.indexOf(':', at);
            String flags = colon < 0 ? "" : source.substring(at, colon);
            if (!isFlags(flags)) {
                throw new Unreadable();
            }
            at = colon + 1;
            return caseOf(flags, letters);
        }

        private static boolean isFlags(String flags) {
            return !flags.isEmpty() && flags.chars().allMatch(c -> "imsuU".indexOf(c) >= 0);
        }

        private static Case caseOf(String flags, Case letters) {
            boolean ignore = flags.indexOf('i') >= 0 || letters != Case.EXACT;
            boolean unicode = flags.indexOf('u') >= 0 || flags.indexOf('U') >= 0 || letters == Case.UNICODE_IGNORED;
            return !ignore ? Case.EXACT : unicode ? Case.UNICODE_IGNORED : Case.ASCII_IGNORED;
        }

        /**
         * Ends a run of plain characters as a word: words ignoring case are kept only in ASCII and only where case is
         * ASCII's (a long s, U+017F, matches "s" where it is Unicode's, and lower case does not say so).
         */
        private static void endRun(StringBuilder run, List<RequiredWords> needs, Case letters) {
            String word = run.toString();
            run.setLength(0);
            if (word.isBlank() || letters == Case.UNICODE_IGNORED || letters == Case.ASCII_IGNORED && !ascii(word)) {
                return;
            }
            boolean ignoreCase = letters == Case.ASCII_IGNORED;
            needs.add(new RequiredWords(List.of(ignoreCase ? word.toLowerCase(Locale.ROOT) : word), ignoreCase));
        }

        private int skipName() {
            int close = source.indexOf('>', at);
            if (close < 0) {
                throw new Unreadable();
            }
            return close + 1;
        }

        private void skipClass() {
            int depth = 0;
            while (at < source.length()) {
                char c = source.charAt(at);
                if (c == '\\') {
                    at += 2;
                    continue;
                }
                at++;
                if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    skipQuantifier();
                    return;
                }
            }
            throw new Unreadable();
        }

        /**
         * Skips an escape that is not a plain character ("\\s", "\\p{L}", "\\u2019"); octal, back-references and
         * quoting are not read.
         */
        private void skipEscape(char letter) {
            if (Character.isDigit(letter) || "QEkcN".indexOf(letter) >= 0) {
                throw new Unreadable();
            }
            at += 2;
            if ("pPxb".indexOf(letter) >= 0 && source.startsWith("{", at)) {
                int close = source.indexOf('}', at);
                if (close < 0) {
                    throw new Unreadable();
                }
                at = close + 1;
            } else if (letter == 'p' || letter == 'P') {
                at += 1;
            } else if (letter == 'u') {
                at += 4;
            } else if (letter == 'x') {
                at += 2;
            }
            skipQuantifier();
        }

        /** Whether the quantifier at the reading position lets what it follows be absent. */
        private boolean optional() {
            char q = source.charAt(at);
            return q == '?' || q == '*' || source.startsWith("{0", at);
        }

        private void skipQuantifier() {
            if (at >= source.length() || !isQuantifier(source.charAt(at))) {
                return;
            }
            if (source.charAt(at) == '{') {
                int close = source.indexOf('}', at);
                if (close < 0) {
                    throw new Unreadable();
                }
                at = close + 1;
            } else {
                at++;
            }
            if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
                at++;
            }
        }

        private static boolean isQuantifier(char c) {
            return c == '?' || c == '*' || c == '+' || c == '{';
        }

        private char charAfter(int i) {
            if (i + 1 >= source.length()) {
                throw new Unreadable();
            }
            return source.charAt(i + 1);
        }
    }
}
