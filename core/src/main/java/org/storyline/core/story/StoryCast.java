package org.storyline.core.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.core.extract.RuleFile;

/**
 * The people of a story under one name each, however each article writes them: "Blinken",
 * "Antony Blinken" and "A. Blinken" are one person, shown by the fullest form. A short form joins a
 * full name when its last word is the full name's last word and every other word matches a word, an
 * initial or a known short form of it ("Bob" for "Robert"); a surname that fits two different full names
 * ("Smith": "John Smith", "Jane Smith") stays apart rather than guess, unless one of them is named far
 * more often than the others. Full names one letter apart are one person spelt two ways
 * ({@link SpellingVariants}). The store uses it across stories too (see its people list).
 */
public final class StoryCast {

    private static final Map<String, Set<String>> NICKNAMES = nicknames();
    private static final int DOMINANCE = 3;

    private final Map<String, String> canonical = new HashMap<>();
    /** Each full form by its last word, for short forms the cast was not built with. */
    private final Map<String, List<String>> fullFormsByLast = new HashMap<>();
    private final Map<String, Long> counts = new HashMap<>();

    /** The cast of these names, each listed once per mention (the counts decide between two full names). */
    public StoryCast(List<String> personNames) {
        this(counted(personNames));
    }

    /**
     * The cast of these names with how often each is mentioned (the counts decide between two full names):
     * for a whole archive, where listing every mention would be millions of entries.
     */
    public StoryCast(Map<String, Long> mentionsByName) {
        var byKey = new LinkedHashMap<String, String>();
        mentionsByName.forEach((name, mentions) -> {
            var key = key(name);
            if (!key.isEmpty() && !WordList.PRONOUNS.contains(key)) {
                byKey.merge(key, name.strip(), (a, b) -> b.length() > a.length() ? b : a);
                counts.merge(key, mentions, Long::sum);
            }
        });
        var keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.comparingInt((String k) -> words(k).length).reversed());
        // a short form and its full name end on the same word, so full forms are looked up by their last word
        for (var k : keys) {
            var kw = words(k);
            var last = kw[kw.length - 1];
            var matches = fullFormsByLast.getOrDefault(last, List.of()).stream()
                    .filter(f -> isShortFormOf(kw, words(f))).toList();
            var dominant = dominant(matches, counts);
            if (dominant != null) {
                canonical.put(k, byKey.get(dominant));
                // "Bill Clinton" named ten times counts for "William Jefferson Clinton" when "Clinton" is weighed
                counts.merge(dominant, counts.getOrDefault(k, 0L), Long::sum);
            } else {
                fullFormsByLast.computeIfAbsent(last, w -> new ArrayList<>()).add(k);
                canonical.put(k, byKey.get(k));
            }
        }
        joinSpellingVariants(byKey);
    }

    /** "Lasse Gustafsson" is shown as "Lasse Gustavsson" when outlets spell one person both ways. */
    private void joinSpellingVariants(Map<String, String> byKey) {
        var fullForms = new LinkedHashMap<String, Long>();
        byKey.keySet().stream().filter(k -> byKey.get(k).equals(canonical.get(k)))
                .forEach(k -> fullForms.put(k, counts.getOrDefault(k, 0L)));
        SpellingVariants.of(fullForms).forEach((variant, kept) -> {
            var from = byKey.get(variant);
            var to = byKey.get(kept);
            canonical.replaceAll((k, name) -> name.equals(from) ? to : name);
            counts.merge(kept, counts.getOrDefault(variant, 0L), Long::sum);
        });
    }

    private static Map<String, Long> counted(List<String> names) {
        var counts = new LinkedHashMap<String, Long>();
        names.forEach(n -> counts.merge(n, 1L, Long::sum));
        return counts;
    }

    /**
     * The one full name a short form can mean: the only match, or among several the one named by at least
     * {@value #DOMINANCE} times as many mentions as every other and by {@value #DOMINANCE} at least ("Clinton"
     * in a story naming "Bill Clinton" in ten articles and "Hillary Rodham Clinton" in one); else none.
     */
    private static String dominant(List<String> matches, Map<String, Long> counts) {
        if (matches.size() <= 1) {
            return matches.isEmpty() ? null : matches.get(0);
        }
        var sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingLong((String f) -> counts.getOrDefault(f, 0L)).reversed());
        long first = counts.getOrDefault(sorted.get(0), 0L);
        long second = counts.getOrDefault(sorted.get(1), 0L);
        return first >= DOMINANCE && first >= DOMINANCE * second ? sorted.get(0) : null;
    }

    /**
     * The story's name for this person, or the name itself when the story does not know it. A short form
     * the cast was not built with (a speaker the tagger did not call a person: "Hunter said") is still
     * the one full name it fits.
     */
    public String nameOf(String personName) {
        var known = knownName(personName);
        return known != null || personName == null ? known : personName.strip();
    }

    /** The story's name for this person, or {@code null} when it does not know them (a pronoun, "a senior official"). */
    String knownName(String personName) {
        if (personName == null) {
            return null;
        }
        var key = key(personName);
        var name = canonical.get(key);
        if (name == null) {
            var full = fullFormOf(key);
            name = full == null ? null : canonical.get(full);
        }
        return name;
    }

    /** Whether the story knows this person by name. */
    boolean knows(String personName) {
        return knownName(personName) != null;
    }

    private String fullFormOf(String key) {
        var kw = words(key);
        if (kw.length == 0 || WordList.PRONOUNS.contains(key)) {
            return null;
        }
        var matches = fullFormsByLast.getOrDefault(kw[kw.length - 1], List.of()).stream()
                .filter(f -> isShortFormOf(kw, words(f))).toList();
        return dominant(matches, counts);
    }

    /** Lower-case words of a name, accents, possessives, punctuation and a leading "the" removed. */
    static String key(String name) {
        var folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        folded = folded.replaceAll("['\u2019]s\\b", "").toLowerCase(Locale.ROOT);
        var words = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        // "The Palestinians" are "Palestinians"
        return String.join(" ", words.size() > 1 && words.get(0).equals("the") ? words.subList(1, words.size()) : words);
    }

    private static String[] words(String key) {
        return key.isEmpty() ? new String[0] : key.split(" ");
    }

    private static boolean isShortFormOf(String[] shortName, String[] fullName) {
        if (shortName.length == 0 || shortName.length > fullName.length
                || !shortName[shortName.length - 1].equals(fullName[fullName.length - 1])) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < shortName.length - 1; i++) {
            while (j < fullName.length - 1 && !matchesWord(shortName[i], fullName[j])) {
                j++;
            }
            if (j == fullName.length - 1) {
                return false;
            }
            j++;
        }
        return true;
    }

    private static boolean matchesWord(String shortWord, String fullWord) {
        return shortWord.equals(fullWord) || (shortWord.length() == 1 && fullWord.startsWith(shortWord))
                || NICKNAMES.getOrDefault(shortWord, Set.of()).contains(fullWord);
    }

    /** Each short first name ("bob") with the full names it stands for ("robert"), from {@code nicknames.txt}. */
    private static Map<String, Set<String>> nicknames() {
        var map = new HashMap<String, Set<String>>();
        for (var line : RuleFile.lines(StoryCast.class, "nicknames.txt")) {
            var names = line.split("\\s*\\|\\s*");
            for (int i = 1; i < names.length; i++) {
                map.computeIfAbsent(names[i], k -> new HashSet<>()).add(names[0]);
            }
        }
        return Map.copyOf(map);
    }
}
