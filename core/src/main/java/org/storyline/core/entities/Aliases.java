package org.storyline.core.entities;

import org.storyline.core.nlp.WordList;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Known other names of organisations and places, from {@code aliases.txt}, and initial-letter acronyms. */
final class Aliases {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");

    private static final Map<String, String> CANONICAL = load();

    private Aliases() {
    }

    /** A key equal for every name of one entity: the canonical name's, folded. */
    static String key(String name) {
        String folded = fold(name);
        String canonical = CANONICAL.get(folded);
        return canonical != null ? canonical : folded;
    }

    /** Whether {@code acronym} is made of the initials of {@code name}'s capitalised words ("EU", "European Union"). */
    static boolean isAcronymOf(String acronym, String name) {
        String letters = acronym.replace(".", "");
        if (letters.length() < 2 || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : WORD_BREAK.split(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() >= 2 && initials.toString().equals(letters);
    }

    static String fold(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String line : WordList.lines(Aliases.class, "aliases.txt")) {
            List<String> names = List.of(line.split("\\s*\\|\\s*"));
            String canonical = fold(names.get(0));
            for (String n : names) {
                map.put(fold(n), canonical);
            }
        }
        return Map.copyOf(map);
    }
}
