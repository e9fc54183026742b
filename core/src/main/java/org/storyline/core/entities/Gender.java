package org.storyline.core.entities;

import org.storyline.core.nlp.WordList;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's gender as far as the text tells it, for pronoun agreement ("she" is never a man named
 * nearer than the woman she is). It comes from a gendered title or kin word beside the name ("Mrs.",
 * "congresswoman", from {@code gender-words.txt}) or from the first name of a full name, looked up in
 * CoreNLP's first-name data (already on the classpath with its models); a first name given to both is
 * {@link #UNKNOWN}, as is a surname alone.
 */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final String NAMES = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, Gender> WORDS = words();
    private static final Map<String, Gender> FIRST_NAMES = firstNames();

    /** Whether a person of this gender can be called by a pronoun of gender {@code pronoun}. */
    boolean agrees(Gender pronoun) {
        return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }

    Gender and(Gender other) {
        return this == UNKNOWN ? other : other == UNKNOWN || other == this ? this : UNKNOWN;
    }

    static Gender ofPronoun(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> MALE;
            case "she", "her", "hers", "herself" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** The gender a title or kin word gives ("Mrs.", "queen", "son"), or {@link #UNKNOWN}. */
    static Gender ofWord(String word) {
        return WORDS.getOrDefault(word.toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** The gender of a full name's first name ("Anna Kriel"); a single word is taken for a surname. */
    static Gender ofName(List<String> lowerCaseTokens) {
        if (lowerCaseTokens.size() < 2) {
            return UNKNOWN;
        }
        return FIRST_NAMES.getOrDefault(lowerCaseTokens.get(0), UNKNOWN);
    }

    private static Map<String, Gender> words() {
        Map<String, Gender> map = new HashMap<>();
        for (String line : WordList.lines(Gender.class, "gender-words.txt")) {
            String[] parts = line.split("\\s+");
            map.put(parts[0].toLowerCase(Locale.ROOT), Gender.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(map);
    }

    private static Map<String, Gender> firstNames() {
        Map<String, Gender> map = new HashMap<>();
        try (InputStream in = Gender.class.getResourceAsStream(NAMES)) {
            if (in == null) {
                return Map.of(); // without CoreNLP's models only titles tell a gender
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] parts = line.split("\t");
                if (parts.length == 2 && (parts[1].equals("MALE") || parts[1].equals("FEMALE"))) {
                    map.merge(parts[0].toLowerCase(Locale.ROOT), Gender.valueOf(parts[1]), (a, b) -> a == b ? a : UNKNOWN);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
