package org.storyline.core.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;
import org.storyline.core.nlp.TokenIndex;

/**
 * A person's surname the tagger left untagged after it tagged the full name: surnames that are also words
 * ("Case said" after "Stephen Case", "Rule", "Hall", "Hunter") or that it does not read as names ("DeLay").
 * A proper noun outside every other name, spelt as the last word of exactly one person's full name and not
 * standing beside another proper noun (so "Justin Case" and "Case Western" stay apart), is a mention of that
 * person after the full name was first given.
 */
final class MissedSurnames {

    private MissedSurnames() {
    }

    static void recover(List<EntityResolver.Draft> drafts, TokenIndex index) {
        Map<String, EntityResolver.Draft> bySurname = surnames(drafts);
        if (bySurname.isEmpty()) {
            return;
        }
        boolean[] named = new boolean[index.size()];
        for (EntityResolver.Draft d : drafts) {
            for (Span s : d.mentions) {
                int[] r = index.within(s);
                for (int i = Math.max(0, r[0]); i <= r[1]; i++) {
                    named[i] = true;
                }
            }
        }
        for (int i = 0; i < index.size(); i++) {
            Token t = index.get(i);
            EntityResolver.Draft person = bySurname.get(t.text());
            if (person == null || named[i] || !t.pos().equals("NNP") || !t.ner().equals("O")
                    || properNounBeside(index, i) || !namedBefore(person, t.span())) {
                continue;
            }
            person.mentions.add(t.span());
        }
    }

    /** Each full name's last word, as written, when only one person's full name ends on it. */
    private static Map<String, EntityResolver.Draft> surnames(List<EntityResolver.Draft> drafts) {
        Map<String, EntityResolver.Draft> bySurname = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (EntityResolver.Draft d : drafts) {
            if (d.type != EntityType.PERSON || d.tokens.size() < 2) {
                continue;
            }
            String[] words = d.name.split(" ");
            String surname = words[words.length - 1];
            if (surname.length() < 2 || !Character.isUpperCase(surname.charAt(0))) {
                continue;
            }
            if (bySurname.containsKey(surname) && bySurname.get(surname) != d) {
                shared.add(surname);
            }
            bySurname.put(surname, d);
        }
        shared.forEach(bySurname::remove);
        return bySurname;
    }

    private static boolean properNounBeside(TokenIndex index, int i) {
        return i > 0 && index.sentence(i - 1) == index.sentence(i) && index.get(i - 1).pos().startsWith("NNP")
                || i + 1 < index.size() && index.sentence(i + 1) == index.sentence(i)
                && index.get(i + 1).pos().startsWith("NNP");
    }

    private static boolean namedBefore(EntityResolver.Draft person, Span at) {
        return person.mentions.stream().anyMatch(m -> m.end() <= at.begin());
    }
}
