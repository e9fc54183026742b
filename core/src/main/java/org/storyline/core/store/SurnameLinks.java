package org.storyline.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.core.entities.NameHeads;
import org.storyline.core.story.StoryCast;

/**
 * Speakers the archive holds under a short form of a name, joined to the one full name it stands for, by the
 * rules a story's cast uses ({@link StoryCast}) over the whole archive: AP writes "President Clinton", so the
 * stories that quote "Clinton" never say "Bill Clinton", and a story's own cast cannot join them. The full
 * names are those of the archive's speakers and of the people its articles name ("Case" quoted, "Stephen M.
 * Case", "Steve Case" named); between two full names the one named in far more articles wins ("Clinton" in
 * 1998: "Bill Clinton", not "Hillary Rodham Clinton"), else the short form stays apart. Organisations ("House",
 * "White House": any name a story typed as one, or whose last word is an institution's) and descriptions the
 * quotes stage kept ("The government's case") are never joined.
 */
final class SurnameLinks {

    private final Map<String, String> fullOf = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    /**
     * Links among the speakers' names as the archive's speaker facet lists them, given those typed
     * organisations and how many articles name each person.
     */
    SurnameLinks(Collection<String> speakerNames, Collection<String> organisationNames, Map<String, Long> namedIn) {
        Set<String> organisations = new HashSet<>();
        organisationNames.forEach(n -> organisations.add(PersonId.of(n)));
        Map<String, Long> mentions = new LinkedHashMap<>();
        for (String name : speakerNames) {
            names.putIfAbsent(PersonId.of(name), name);
            if (isPerson(name, organisations)) {
                mentions.merge(name, 1L, Long::sum);
            }
        }
        namedIn.forEach((name, articles) -> {
            if (isPerson(name, organisations)) {
                mentions.merge(name, articles, Long::sum);
            }
        });
        StoryCast cast = new StoryCast(mentions);
        for (String name : speakerNames) {
            if (isPerson(name, organisations)) {
                String full = cast.nameOf(name);
                String id = PersonId.of(name);
                String fullId = PersonId.of(full);
                if (!fullId.equals(id)) {
                    fullOf.put(id, fullId);
                    names.putIfAbsent(fullId, full);
                }
            }
        }
    }

    /**
     * Whether a speaker's name is written as a person's ("Clinton", "Stephen M. Case"), not an organisation's
     * or a description the quotes stage kept ("The government's case", "Livingston's colleagues").
     */
    private static boolean isPerson(String name, Set<String> organisations) {
        String id = PersonId.of(name);
        String[] words = name.strip().split("\\s+");
        if (organisations.contains(id) || NameHeads.isInstitution(id.substring(id.lastIndexOf('-') + 1))) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.equals("the") || lower.equals("a") || lower.equals("an") || lower.endsWith("'s")
                    || lower.endsWith("\u2019s")) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0)) && Character.isUpperCase(words[words.length - 1].charAt(0));
    }

    /** The id a speaker is listed under: the full name's when the id is a linked surname, else the id itself. */
    String canonical(String id) {
        return fullOf.getOrDefault(id, id);
    }

    /** The display name of a canonical id. */
    String name(String id) {
        return names.getOrDefault(id, id);
    }

    /** The canonical id and every surname linked to it. */
    List<String> ids(String canonicalId) {
        List<String> ids = new ArrayList<>(List.of(canonicalId));
        fullOf.forEach((surname, full) -> {
            if (full.equals(canonicalId)) {
                ids.add(surname);
            }
        });
        return ids;
    }

    /** Counts per canonical id, in the order of the counts given (most first when they are sorted so). */
    Map<String, Long> merge(Map<String, Long> countsByName) {
        Map<String, Long> merged = new LinkedHashMap<>();
        countsByName.forEach((name, count) -> merged.merge(canonical(PersonId.of(name)), count, Long::sum));
        return merged;
    }
}
