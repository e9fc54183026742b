package org.storyline.core.claims;

import java.util.List;
import java.util.Set;

import org.storyline.core.model.Entity;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Span;

/**
 * Who or what a number is about: the nearest person, organisation or place named before it in the
 * sentence ("The European Union has delivered about 300,000"), joined with its conjuncts ("Germany and
 * the Netherlands announced"), a pronoun the entities stage resolved ("It delivered"), or else the noun
 * phrase before the verb ("Sales rose 5%").
 *
 * @param name     as named in the article (a pronoun gives way to its entity's name)
 * @param entityId the entity it refers to, or {@code null}
 */
record ClaimSubject(String name, String entityId) {

    private static final Set<MentionType> NAMED =
            Set.of(MentionType.PERSON, MentionType.ORGANIZATION, MentionType.LOCATION);
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we");

    static ClaimSubject of(ClaimSentence s, int first, List<Entity> entities) {
        int limit = s.tokens.get(first).span().begin();
        Mention named = null;
        int namedIndex = -1;
        for (int m = 0; m < s.mentions.size(); m++) {
            Mention mention = s.mentions.get(m);
            if (NAMED.contains(mention.type()) && mention.span().end() <= limit) {
                named = mention;
                namedIndex = m;
            }
        }
        int pronoun = -1;
        for (int i = first - 1; i >= 0; i--) {
            if (s.tag(i).equals("PRP") && PRONOUNS.contains(s.word(i))) {
                pronoun = i;
                break;
            }
        }
        if (pronoun >= 0 && (named == null || s.tokens.get(pronoun).span().begin() >= named.span().end())) {
            Entity entity = entityAt(entities, s.tokens.get(pronoun).span());
            if (entity != null) {
                return new ClaimSubject(entity.name(), entity.id());
            }
        }
        if (named != null) {
            int begin = conjunctsBegin(s, namedIndex);
            Span span = new Span(begin, named.span().end());
            Entity entity = entityAt(entities, named.span());
            return new ClaimSubject(span.of(s.text), entity == null ? null : entity.id());
        }
        String phrase = nounPhraseBeforeVerb(s, first);
        return phrase == null ? null : new ClaimSubject(phrase, null);
    }

    /** Where "Germany and the Netherlands" begins, given the mention of "Netherlands". */
    private static int conjunctsBegin(ClaimSentence s, int mentionIndex) {
        int begin = s.mentions.get(mentionIndex).span().begin();
        for (int m = mentionIndex - 1; m >= 0; m--) {
            Mention previous = s.mentions.get(m);
            if (!NAMED.contains(previous.type())) {
                break;
            }
            String between = s.text.substring(previous.span().end(), begin).strip();
            if (!(between.equals("and") || between.equals(",") || between.equals("and the") || between.equals(", the"))) {
                break;
            }
            begin = previous.span().begin();
        }
        return begin;
    }

    private static Entity entityAt(List<Entity> entities, Span span) {
        for (Entity entity : entities) {
            for (Span mention : entity.mentions()) {
                if (mention.overlaps(span)) {
                    return entity;
                }
            }
        }
        return null;
    }

    private static String nounPhraseBeforeVerb(ClaimSentence s, int first) {
        for (int v = first - 1; v > 0; v--) {
            if (s.isVerb(v) || s.tag(v).equals("MD")) {
                int end = v;
                while (end > 0 && (s.tag(end - 1).equals("MD") || s.isVerb(end - 1) || s.tag(end - 1).equals("RB"))) {
                    end--;
                }
                int begin = end;
                while (begin > 0 && (s.isNoun(begin - 1) || s.tag(begin - 1).startsWith("JJ"))) {
                    begin--;
                }
                return begin < end && s.isNoun(end - 1) ? s.words(begin, end) : null;
            }
        }
        return null;
    }
}
