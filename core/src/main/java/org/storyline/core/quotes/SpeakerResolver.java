package org.storyline.core.quotes;

import org.storyline.core.entities.NameHeads;
import org.storyline.core.entities.Roles;
import org.storyline.core.entities.TitleDescription;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Span;
import org.storyline.core.model.Speaker;
import org.storyline.core.model.Token;
import org.storyline.core.nlp.TokenIndex;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a speaker phrase into a {@link Speaker}: the entity mentioned in it (a person before an
 * organisation before a place, so "NATO Secretary General Jens Stoltenberg" is Stoltenberg), or the phrase
 * itself when it names no entity ("a senior official"). The entity must be the phrase's head, not a word
 * that only qualifies it: the owner of a possessive ("Ostwick's council", "his wife"; but "Acme's
 * statement" is Acme's, a document speaking for its author), the complement of a
 * noun ("the wife of Hugo Marsden", "officials in Ostwick") or a name used as a modifier ("the Ostwick
 * council", "a NATO official") leave the phrase as it is written.
 */
final class SpeakerResolver {

    /** Endings of nouns for those who do something ("monitor", "protester", "skeptic", "economist"). */
    private static final List<String> AGENT_ENDINGS = List.of("er", "or", "ist", "ian", "ic", "ant", "ent", "ee",
            "man", "men", "ive");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ASIDE = Pattern.compile("(?:\\s+\\p{Ll}+){1,4}\\s*,?\\s*");

    private static final List<EntityType> PREFERENCE = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);
    private static final Set<String> PERSONAL = Set.of("he", "she", "i", "we", "you");
    private static final Set<String> COMPLEMENTS = Set.of("of", "in", "at");
    private static final Set<String> MODIFIERS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "CC");

    private final List<Entity> entities;
    private final String text;
    private final TokenIndex index;

    SpeakerResolver(List<Entity> entities, String text, TokenIndex index) {
        this.entities = entities;
        this.text = text;
        this.index = index;
    }

    Speaker speaker(Span phrase) {
        int[] tokens = index.within(phrase);
        if (tokens[0] == tokens[1] && index.get(tokens[0]).text().equalsIgnoreCase("who")) {
            Speaker named = antecedentOfWho(tokens[0], phrase);
            if (named != null) {
                return named;
            }
        }
        for (EntityType type : PREFERENCE) {
            for (Entity e : entities) {
                if (e.type() != type) {
                    continue;
                }
                for (Span m : e.mentions()) {
                    if (m.overlaps(phrase) && isHead(m, tokens[0], tokens[1])) {
                        return new Speaker(e.id(), e.name(), m, e.type());
                    }
                }
            }
        }
        Span named = withoutAside(phrase);
        Entity described = describedPerson(named);
        if (described != null) {
            return new Speaker(described.id(), described.name(), named, EntityType.PERSON);
        }
        return new Speaker(null, SPACES.matcher(named.of(text)).replaceAll(" "), named,
                tokens[0] <= tokens[1] ? kind(index.get(head(tokens[0], tokens[1]))) : null);
    }

    /** The person named right before a speaking "who", with "who" as the mention; or null. */
    private Speaker antecedentOfWho(int who, Span mention) {
        int k = FrameFinder.whoAntecedent(index, who);
        if (k < 0) {
            return null;
        }
        Span name = index.get(k).span();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && e.mentions().stream().anyMatch(m -> m.overlaps(name))) {
                return new Speaker(e.id(), e.name(), mention, e.type());
            }
        }
        return null;
    }

    /**
     * The head of an unresolved speaker phrase: its last word before a preposition or comma that opens what
     * qualifies it ("Police in Jilin province", "Opponents of the road", "The Russians, struggling …").
     */
    private int head(int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            String pos = index.get(i).pos();
            if (pos.equals("IN") || pos.equals("TO") || index.get(i).text().equals(",")) {
                return i - 1;
            }
        }
        return last;
    }

    /**
     * The person a definite title stands for ("the prime minister told reporters" after "Prime Minister Ann
     * Vail said", "the Philippine leader said" after "Philippine President Jose Ramos"): the one person named
     * earlier whose title fits it ({@link TitleDescription}). Null when no person or more than one does.
     */
    private Entity describedPerson(Span phrase) {
        int[] tokens = index.within(phrase);
        TitleDescription description = TitleDescription.afterThe(index, tokens[0], tokens[1]);
        if (description == null) {
            return null;
        }
        Entity found = null;
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON && namedBefore(e, phrase)
                    && e.roles().stream().anyMatch(description::fits)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static boolean namedBefore(Entity e, Span phrase) {
        return e.mentions().stream().anyMatch(m -> m.end() <= phrase.begin());
    }

    /** "The Palestinians, in turn" names the Palestinians: a lower-case aside after a comma is no part of who. */
    private Span withoutAside(Span phrase) {
        String words = phrase.of(text);
        int comma = words.lastIndexOf(',');
        if (comma > 0 && ASIDE.matcher(words.substring(comma + 1)).matches()) {
            return new Span(phrase.begin(), phrase.begin() + words.substring(0, comma).stripTrailing().length());
        }
        return phrase;
    }

    /**
     * What an unresolved phrase's head says the speaker is: an institution ("the agency", "the city council"),
     * a person or group of people ("he", "a ministry spokesman", "residents"), or neither ("it", "a statement").
     */
    private static EntityType kind(Token head) {
        String word = SpeakerNouns.lemma(head);
        if (head.ner().equals("ORGANIZATION") || NameHeads.isInstitution(word)) {
            return EntityType.ORGANIZATION;
        }
        if (head.ner().equals("PERSON") || PERSONAL.contains(word) || SpeakerNouns.isPeople(head)) {
            return EntityType.PERSON;
        }
        // a plural of agents that speaks is people ("International monitors", "The skeptics"); "The appeals",
        // "The raw passions" or "The department's numbers" are not
        return head.pos().equals("NNS") && !SpeakerNouns.isDocument(head) && namesAgents(word) ? EntityType.PERSON : null;
    }

    /** Whether a noun's lemma has the ending of one who does something: "monitor", "skeptic", "Palestinian". */
    private static boolean namesAgents(String lemma) {
        for (String ending : AGENT_ENDINGS) {
            if (lemma.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the speaker is a place of the article ("Lindmoor would ask", "Russia insisted"). */
    boolean isPlace(Speaker speaker) {
        if (speaker.entityId() == null) {
            return false;
        }
        for (Entity e : entities) {
            if (e.id().equals(speaker.entityId())) {
                return e.type() == EntityType.PLACE;
            }
        }
        return false;
    }

    /** Whether the mention heads the phrase of tokens {@code [first, last]} rather than qualifying its head. */
    private boolean isHead(Span mention, int first, int last) {
        int[] m = index.within(mention);
        if (m[0] > m[1]) {
            return true;
        }
        for (int before = m[0] - 1; before > first; before--) {
            Token t = index.get(before);
            if (COMPLEMENTS.contains(t.text().toLowerCase(Locale.ROOT))) {
                // "the wife of (former dictator) X", "officials in X": X completes the head before it
                Token head = index.get(before - 1);
                if (SpeakerNouns.isCommonNoun(head) && !SpeakerNouns.isDocument(head)
                        && !isTitleBeforeName(t, head, first, before - 1)) {
                    return false;
                }
                break;
            }
            if (!MODIFIERS.contains(t.pos())) {
                break;
            }
        }
        if (m[1] >= last) {
            return true; // nothing after the mention can be the head
        }
        Token after = index.get(m[1] + 1);
        if (after.pos().equals("POS") || index.get(m[1]).pos().equals("PRP$")) {
            return SpeakerNouns.isDocument(index.get(last)); // "Acme's statement" is Acme's words; "Acme's lawyer" not
        }
        // "the South Carolina senator": the tagger now and then calls a lower-case title a proper noun
        return !SpeakerNouns.isCommonNoun(after) && !(after.pos().startsWith("NN") && isLowerCase(after.text()));
    }

    /**
     * Whether "{@code head} of …" is a title set before the name ("White House chief of staff Erskine
     * Bowles", "Secretary of State Ann Vail"): a singular role word with no article or owner in front of it.
     * A relation needs one ("the wife of …", "his lawyer"), and a plural is a group ("residents of …").
     */
    private boolean isTitleBeforeName(Token connector, Token head, int first, int headIndex) {
        if (!connector.text().equalsIgnoreCase("of") || head.pos().equals("NNS") || !Roles.isRoleWord(head.text())) {
            return false;
        }
        for (int i = first; i < headIndex; i++) {
            String pos = index.get(i).pos();
            if (pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }
}
