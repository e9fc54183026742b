package org.storyline.core.extract;

import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an author bio, the paragraph a site prints after an article about who wrote it ("Jane
 * covers energy markets ...", "Jane Roe is a senior correspondent based in Oslo ..."), and names its
 * subject as written. A bio opens with a name and a verb from {@code bio-verbs.txt} and talks about
 * journalism work ({@code bio-words.txt}), so a body paragraph about a politician is not taken for one.
 * Immutable and thread-safe.
 */
final class AuthorBio {

    private static final int MAX_LENGTH = 1200;
    /**
     * A long bio says what its subject does near its start ("... is a senior correspondent"); a long paragraph about a
     * politician ("Trump has been known to ...") names a writer somewhere by chance. A short bio is read whole.
     */
    private static final int LONG = 600;
    private static final int WORDS_WITHIN = 400;
    /** A name of up to three words, any but the last of which may be an initial ("L. Jane Roe", "Jane Q. Roe"). */
    private static final String NAME = "\\p{Lu}(?:\\.|[\\p{L}'\u2019-]+)(?:\\s+\\p{Lu}(?:\\.|[\\p{L}'\u2019-]+)){0,2}";

    /**
     * An opinion page's note on who wrote the piece, which names no one ("The writer is a journalist based in Karachi.",
     * "The author is professor of law at ..."): the noun stands for the author and a role follows.
     */
    private static final Pattern WRITERS_NOTE = Pattern.compile("^[\\W_]*(?:(?:The|This) (?:writer|author|columnist)s?"
            + " (?:is|are|was|were)|(?:Der|Die) (?:Autor|Autorin) (?:ist|war)|L['’]aut(?:eur|rice|eure) (?:est|était)"
            + "|(?:El|La) (?:autor|autora) (?:es|fue))\\s+(?:(?:a|an|the|also|currently|formerly|former|un|une|ein|eine"
            + "|una)\\b|\\p{Lu})");
    private static final int NOTE_MAX = 300;

    private final Pattern opening;
    private final Set<String> words;

    private AuthorBio() {
        String verbs = String.join("|", RuleFile.lines("bio-verbs.txt").stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList());
        opening = Pattern.compile("^(" + NAME + ")\\s+(?:" + verbs + ")\\s");
        words = Set.copyOf(RuleFile.lines("bio-words.txt"));
    }

    private static final class Standard {
        static final AuthorBio INSTANCE = new AuthorBio();
    }

    static AuthorBio standard() {
        return Standard.INSTANCE;
    }

    /** The person the bio is about ("Jane", "Jane Roe"), or {@code null} when the paragraph is not a bio. */
    String subject(String paragraph) {
        String name = opener(paragraph);
        if (name == null) {
            return null;
        }
        String read = paragraph.length() > LONG ? paragraph.substring(0, WORDS_WITHIN) : paragraph;
        for (String word : Words.letters(read)) {
            if (words.contains(word)) {
                return name;
            }
        }
        return null;
    }

    /** Whether {@code paragraph} is a note on who wrote the piece that names no one (see {@link #WRITERS_NOTE}). */
    static boolean isWritersNote(String paragraph) {
        return paragraph.length() <= NOTE_MAX && WRITERS_NOTE.matcher(paragraph).find();
    }

    /**
     * The name a paragraph opens with when a bio verb follows it ("Jane Roe" of "Jane Roe is a research fellow ..."),
     * whatever the paragraph goes on to say, or {@code null}: the test for a bio of a person the page names as its author.
     * A verb read as a passive ("Employees covered by the agreement ...") says nothing of a writer.
     */
    String opener(String paragraph) {
        if (paragraph.length() > MAX_LENGTH) {
            return null;
        }
        Matcher m = opening.matcher(paragraph);
        if (!m.find() || m.group(1).equals("The") || m.group(1).startsWith("The ")
                || paragraph.startsWith("by ", m.end())) {
            return null;
        }
        return m.group(1);
    }
}
