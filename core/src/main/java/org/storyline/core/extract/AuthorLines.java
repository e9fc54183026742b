package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a body the lines a site prints about the article's own author, whom the page names in its metadata or
 * byline: the name alone or with a role, an outlet or a time ("Jane Roe, senior editor", "Jane RoeShopping writer",
 * "By Jane Roe and John Doe - The Gazette - May 1, 2024"), and among the first and last paragraphs a bio that opens with
 * the name ("Jane Roe is a research fellow at ..."). Knowing the name, these are found on a site whatever it calls its
 * author box, and a bio is found without the journalism words {@link AuthorBio} needs to tell an unknown name's bio from
 * the story.
 */
final class AuthorLines {

    /** A role, outlet or time printed after the name is short ("Shopping writer", "NBA.com"); a sentence is longer. */
    private static final int ROLE_MAX = 60;
    /** An author box stands above the story or below it, so a bio is looked for among this many first paragraphs ... */
    private static final int LEAD = 2;
    /** ... and this many last ones. */
    private static final int TAIL = 3;
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s,|/\u00b7\u2022\u2013\u2014-]+");
    /** Letters after the name, before the bio's verb: "Jane Roe, CLC is a certified ...". */
    private static final Pattern CREDENTIALS = Pattern.compile("^([^,]{4,60})(?:,\\s*\\p{Lu}{2,5})+(?=\\s)");
    /** How to reach the author, after the name and a colon: "Jane Roe: 555-0100 or jroe@example.com; Jane covers ...". */
    private static final Pattern CONTACT = Pattern.compile("^:\\s*[^.;]{0,40}?[\\w.+-]+@[\\w-]+\\.\\w");
    /** How a byline opens: "By", "Written by", "Von", "Par", "Por", "Door", "Di", "Av", "Af", "Oleh", "Na". */
    private static final Pattern BY =
            Pattern.compile("(?i:(?:written |words |story )?by|von|par|por|door|di|av|af|oleh|na)\\s+");
    /** A title before the name that opens a bio: "Dr Jane Roe is ...", "Prof. Jane Roe teaches ...". */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Hon)\\.?\\s+(?=\\p{Lu})");
    /**
     * What stands between two authors' names, in the languages of {@link #BY}'s words and a few more: "Jane Roe and John
     * Doe", "Jane Roe, John Doe", "Ana Lima e João Reis", "Eva Berg och Per Lind".
     */
    private static final Pattern JOINER = Pattern.compile("\\s*(?:,|&|\\b(?:and|und|et|y|e|en|i|og|och|ja|és)\\b)\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+\\S");

    private AuthorLines() {
    }

    /** {@code paragraphs} without the lines about {@code authors}; the body as it was when every paragraph is one. */
    static List<String> without(List<String> paragraphs, List<String> authors) {
        List<Name> names = authors.stream().map(Name::of).filter(Objects::nonNull).toList();
        if (names.isEmpty()) {
            return paragraphs;
        }
        var kept = new ArrayList<String>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean tail = i >= paragraphs.size() - TAIL;
            boolean edge = i < LEAD || tail;
            String read = p.replace('\u2019', '\''); // the name as the metadata spells it: "Achieng' Odhiambo"
            if (!signed(read, names) && !(edge && names.stream().anyMatch(n -> n.bio(read, tail)))) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? paragraphs : kept;
    }

    /**
     * Whether the paragraph is a line signed by the authors: their names, after "By" or not, alone or with a role, an
     * outlet or a time ("Jane Roe, senior editor", "By Jane Roe and John Doe - The Gazette - May 1, 2024"). A one-word
     * name ("Hyundai", a byline read wrong) needs a mark between it and the rest, or it would take a heading that opens
     * with it.
     */
    private static boolean signed(String paragraph, List<Name> names) {
        Matcher by = BY.matcher(paragraph);
        String rest = by.lookingAt() ? paragraph.substring(by.end()) : paragraph;
        Name signer = null;
        while (true) {
            Name next = opening(rest, names);
            if (next == null) {
                break;
            }
            signer = next;
            rest = rest.substring(next.printedIn(rest).length());
            Matcher joiner = JOINER.matcher(rest);
            if (!joiner.lookingAt() || opening(rest.substring(joiner.end()), names) == null) {
                break;
            }
            rest = rest.substring(joiner.end());
        }
        return signer != null && endsAsRole(rest, signer.whole().indexOf(' ') < 0);
    }

    /** The name among {@code names} that {@code text} opens with, or {@code null}. */
    private static Name opening(String text, List<Name> names) {
        for (Name name : names) {
            if (name.printedIn(text) != null) {
                return name;
            }
        }
        return null;
    }

    /** Whether what follows a name is nothing, or a role, outlet or time set apart from it. */
    private static boolean endsAsRole(String rest, boolean oneWord) {
        if (rest.isBlank()) {
            return true;
        }
        if (Character.isLetter(rest.charAt(0))) {
            return !oneWord && Character.isUpperCase(rest.charAt(0)) && isRole(rest);
        }
        String role = SEPARATORS.matcher(rest).replaceFirst("");
        if (role.length() == rest.length()) {
            return false;
        }
        boolean spaceOnly = rest.substring(0, rest.length() - role.length()).isBlank();
        return isRole(role) && !(spaceOnly && (oneWord || Character.isLowerCase(role.charAt(0))));
    }

    /** A role, an outlet or a time, not a sentence ("Shopping writer", "4:30 PM", not "said the plan ... ."). */
    private static boolean isRole(String text) {
        return text.length() <= ROLE_MAX && !SENTENCE_END.matcher(text).find();
    }

    /**
     * An author's name as a page may print it: whole without the letters after it ("Lauren Manaker" for "Lauren Manaker
     * MS"), as first and last name ("Jane Roe" for "Jane Q. Roe") and, opening a bio, as the first name alone ("Jane is a
     * writer on ...").
     */
    private record Name(String whole, String firstAndLast, String first) {

        static Name of(String author) {
            String whole = author == null ? "" : BylineFinder.withoutLetters(author.strip()).replace('\u2019', '\'');
            if (whole.length() < 4) {
                return null;
            }
            String[] words = Words.of(whole);
            if (words[0].equals("The") || !Character.isUpperCase(words[0].charAt(0))) {
                return null;
            }
            int last = words.length - 1;
            String firstAndLast = last >= 1 ? words[0] + " " + words[last] : whole;
            String first = last >= 1 && words[0].length() >= 3 && !words[0].endsWith(".") ? words[0] : null;
            return new Name(whole, firstAndLast, first);
        }

        /**
         * How {@code text} prints the name at its start, whole or as first and last name ("Jane Roe" of "Jane Roe, editor"),
         * or {@code null} when it opens with neither or with a longer word ("Jane Roeder").
         */
        String printedIn(String text) {
            for (String name : new String[] {whole, firstAndLast}) {
                if (text.startsWith(name)
                        && (text.length() == name.length() || !Character.isLowerCase(text.charAt(name.length())))) {
                    return name;
                }
            }
            return null;
        }

        /**
         * Whether the paragraph is a bio that opens with the name and a bio verb ("Jane Roe is ...", "Jane covers ..."), or
         * with the name and how to reach its bearer ("Jane Roe: 555-0100 or jroe@example.com; ..."). Above the story, a
         * paragraph opening with the first name alone must talk about journalism work: a feature opens so on its subject
         * ("Jane was twelve when ...").
         */
        boolean bio(String text, boolean belowTheStory) {
            String paragraph = HONORIFIC.matcher(text).replaceFirst("");
            String printed = printedIn(paragraph);
            if (printed != null && CONTACT.matcher(paragraph.substring(printed.length())).find()) {
                return true;
            }
            String opener = AuthorBio.standard().opener(CREDENTIALS.matcher(paragraph).replaceFirst("$1"));
            if (opener != null && opener.equals(first)) {
                return belowTheStory || AuthorBio.standard().subject(paragraph) != null;
            }
            return opener != null && (opener.equals(whole) || opener.equals(firstAndLast));
        }
    }
}
