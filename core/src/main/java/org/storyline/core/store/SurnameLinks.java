package org.storyline.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.core.entities.NameHeads;

/**
 * Speakers the archive holds under a surname alone, joined to the one full name with that surname: AP writes
 * "President Clinton", so the stories that quote "Clinton" never say "Bill Clinton", and a story's own cast
 * cannot join them. A surname that two full names end with ("Clinton": "Bill Clinton", "Hillary Clinton")
 * stays apart rather than guess; organisations ("House", "White House": any name a story typed as one, or
 * whose last word is an institution's) are never joined.
 */
final class SurnameLinks {

    private final Map<String, String> fullOf = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    /** Links among the speakers' names, as the archive's speaker facet lists them, and those typed organisations. */
    SurnameLinks(Collection<String> speakerNames, Collection<String> organisationNames) {
        Set<String> organisations = new HashSet<>();
        organisationNames.forEach(n -> organisations.add(PersonId.of(n)));
        Map<String, List<String>> fullBySurname = new HashMap<>();
        for (String name : speakerNames) {
            String id = PersonId.of(name);
            names.putIfAbsent(id, name);
            String[] words = id.split("-");
            boolean organisation = organisations.contains(id) || NameHeads.isInstitution(words[words.length - 1]);
            if (organisation) {
                organisations.add(id);
            } else if (words.length > 1) {
                List<String> full = fullBySurname.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>());
                if (!full.contains(id)) {
                    full.add(id);
                }
            }
        }
        for (String id : names.keySet()) {
            List<String> full = fullBySurname.get(id);
            if (!id.contains("-") && !organisations.contains(id) && full != null && full.size() == 1) {
                fullOf.put(id, full.get(0));
            }
        }
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
