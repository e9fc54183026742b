package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells page furniture in scraped text from article prose: navigation crumbs, widget labels ("Related
 * stories", "Acquire Licensing Rights"), sign-up and paywall boxes, comment forms, share bars, bullet
 * promos. The rules are the resources {@code boilerplate-lines.txt}, {@code boilerplate-phrases.txt},
 * {@code boilerplate-openings.txt} and {@code boilerplate-patterns.txt}, and for plain text, which has no
 * markup to tell a bullet list or a cut teaser, {@code plain-text-patterns.txt}; nothing here knows a site.
 * Immutable and thread-safe.
 */
final class Boilerplate {

    /** Longer paragraphs are prose however they start: furniture is short. */
    static final int MAX_LENGTH = 320;
    private static final Pattern TRAILING = Pattern.compile("[\\s.:!?,;|>\u203a\u00bb\u2192-]+$");
    private static final Pattern SENTENCE_OR_CREDIT_END = Pattern.compile("(?:[.!?\u201d\"')]|\\p{Lu}{2,})$");

    private final Set<String> lines;
    /** Multi-word labels, each with a leading space, longest first. */
    private final List<String> tails;
    /** The last word of each label, to skip paragraphs that cannot end with one. */
    private final Set<String> tailEnds;
    /** The phrases, found in one pass over a line. */
    private final PhraseSet phrases;
    private final List<String> openings;
    /**
     * The patterns anchored at the paragraph's start ("^...") that need no word {@link RequiredWords} can read, as one
     * alternation tried there only: a search tried each at every position, and a matcher for each cost as much again.
     */
    private final Pattern anchored;
    /** The anchored patterns that need words, each tried at the start of a paragraph holding one. */
    private final List<ScreenedPattern> anchoredScreened;
    private final List<ScreenedPattern> patterns;

    private Boilerplate(boolean plainText) {
        lines = Set.copyOf(RuleFile.lines("boilerplate-lines.txt").stream().map(Boilerplate::fold).toList());
        tails = lines.stream().filter(line -> line.contains(" ")).map(line -> " " + line)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        tailEnds = tails.stream().map(tail -> tail.substring(tail.lastIndexOf(' ') + 1)).collect(Collectors.toSet());
        phrases = new PhraseSet(RuleFile.lines("boilerplate-phrases.txt").stream().map(Boilerplate::fold).toList());
        openings = RuleFile.lines("boilerplate-openings.txt").stream().map(Boilerplate::fold).toList();
        var rules = new ArrayList<>(RuleFile.lines("boilerplate-patterns.txt"));
        if (plainText) {
            rules.addAll(RuleFile.lines("plain-text-patterns.txt"));
        }
        List<ScreenedPattern> starts = rules.stream().filter(rule -> rule.startsWith("^"))
                .map(rule -> ScreenedPattern.of(rule.substring(1))).toList();
        // With no rule left to join, the alternation is one that never matches, not the empty one that always does.
        anchored = Pattern.compile(starts.stream().filter(start -> start.needs().isEmpty())
                .map(start -> "(?:" + start.pattern().pattern() + ")").reduce((a, b) -> a + "|" + b).orElse("(?!)"));
        anchoredScreened = starts.stream().filter(start -> start.needs().isPresent()).toList();
        patterns = rules.stream().filter(rule -> !rule.startsWith("^")).map(ScreenedPattern::of).toList();
    }

    private static final class Standard {
        static final Boilerplate INSTANCE = new Boilerplate(true);
    }

    private static final class Markup {
        static final Boilerplate INSTANCE = new Boilerplate(false);
    }

    /** The rules for plain scraped text. */
    static Boilerplate standard() {
        return Standard.INSTANCE;
    }

    /** The rules for paragraphs of an HTML page, whose markup already says what is a list or a caption. */
    static Boilerplate html() {
        return Markup.INSTANCE;
    }

    /** Whether the whole paragraph is page furniture. */
    boolean isBoilerplate(String paragraph) {
        if (paragraph.length() > MAX_LENGTH) {
            return paragraph.length() <= 2 * MAX_LENGTH && opensWithPhrase(paragraph);
        }
        String folded = fold(paragraph);
        String bare = TRAILING.matcher(folded).replaceAll("");
        if (bare.isEmpty() || lines.contains(bare) || lines.contains(folded)) {
            return true;
        }
        for (String opening : openings) {
            if (folded.startsWith(opening)) {
                return true;
            }
        }
        if (phrases.foundIn(folded)) {
            return true;
        }
        if (anchored.matcher(paragraph).lookingAt()) {
            return true;
        }
        // Not the folded text: folding strips the ends and turns some marks to ASCII, and a screen's word may be spaced.
        String lower = paragraph.toLowerCase(Locale.ROOT);
        for (ScreenedPattern start : anchoredScreened) {
            if (start.lookingAt(paragraph, lower)) {
                return true;
            }
        }
        for (ScreenedPattern pattern : patterns) {
            if (pattern.find(paragraph, lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first sentence of a longer paragraph holds a boilerplate phrase: an affiliate or licensing
     * notice runs to several sentences ("If you buy through a link on our site, we may receive compensation.
     * By using this site, you consent to ..."), and prose that quotes such a phrase seldom opens with it.
     */
    private boolean opensWithPhrase(String paragraph) {
        int end = paragraph.indexOf(". ");
        String first = fold(end < 0 ? paragraph : paragraph.substring(0, end + 1));
        return phrases.foundIn(first);
    }

    /**
     * The paragraph without widget labels glued to its end ("... /REUTERS Acquire Licensing Rights");
     * a label is cut only where what is left ends a sentence or a credit, so prose is left alone.
     */
    String withoutTrailingLabels(String paragraph) {
        int lastSpace = paragraph.lastIndexOf(' ');
        if (lastSpace < 0 || !tailEnds.contains(fold(paragraph.substring(lastSpace + 1)))) {
            return paragraph;
        }
        String text = paragraph;
        boolean cut = true;
        while (cut) {
            cut = false;
            String folded = fold(text);
            for (String tail : tails) {
                if (folded.endsWith(tail) && folded.length() == text.length()) {
                    String rest = text.substring(0, text.length() - tail.length()).strip();
                    rest = rest.replaceFirst("[,|\\s]+$", "");
                    if (!rest.isEmpty() && SENTENCE_OR_CREDIT_END.matcher(rest).find()) {
                        text = rest;
                        cut = true;
                        break;
                    }
                }
            }
        }
        return text;
    }

    /** Lower case with curly quotes and dashes made plain, so resources can be written in ASCII. */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
                .strip();
    }
}
