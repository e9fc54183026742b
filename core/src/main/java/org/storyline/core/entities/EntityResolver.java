package org.storyline.core.entities;

import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Entity;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Span;
import org.storyline.core.nlp.Quotation;
import org.storyline.core.nlp.QuotationMarks;
import org.storyline.core.nlp.TokenIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code entities} stage within one article: named mentions of one person, organisation or place
 * become one {@link Entity}. A person's later mention by surname ("Blinken") or a pronoun ("he", resolved
 * by {@link Antecedents}) joins the full name's entity, unless it names the owner's relative ("Marsden's son,
 * Hugo", {@link Kin}); titles beside a name become roles; a name ending in an institution word is an
 * organisation ("Justice Department"), one ending in a policy word no entity ({@link NameHeads});
 * organisations and places match by known aliases and acronyms. Thread-safe and stateless.
 */
public final class EntityResolver {

    private static final Pattern BRACKETS = Pattern.compile("[()]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Words that join the words of an organisation's name ("Court of Justice"), never a person's. */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "and", "&", "the", "on", "at", "in", "to");

    public List<Entity> resolve(AnnotatedArticle annotated) {
        String text = annotated.text();
        TokenIndex index = new TokenIndex(annotated);
        List<Quotation> quotations = QuotationMarks.find(text);
        List<Draft> drafts = new ArrayList<>();
        for (Mention m : annotated.mentions()) {
            if (m.type() == MentionType.PERSON || m.type() == MentionType.ORGANIZATION || m.type() == MentionType.LOCATION) {
                named(m, text, index, drafts);
            }
        }
        PlaceNames.absorb(drafts);
        MistypedNames.absorb(drafts);
        OrganizationNames.absorb(drafts);
        MissedSurnames.recover(drafts, index);
        new Antecedents(index, quotations).resolve(drafts);
        List<Entity> out = new ArrayList<>();
        for (Draft d : drafts) {
            d.mentions.sort(Comparator.comparingInt(Span::begin));
            out.add(new Entity("e" + (out.size() + 1), d.type, d.name, List.copyOf(d.roles), d.mentions));
        }
        return out;
    }

    /**
     * Whether tokens {@code first..last} could be a person's name: it opens capitalised and holds no word that
     * joins the words of an organisation's name. What is left of "High Court of Justice", "Justice and
     * Commerce" or "National Health and Human Service Employees" after a word that can be a title is no
     * person; "Farouk al-Sharaa" and "Hans van den Broek" are.
     */
    private static boolean readsAsPersonName(TokenIndex index, int first, int last) {
        if (!Character.isUpperCase(index.get(first).text().charAt(0))) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (NAME_CONNECTORS.contains(index.get(i).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static void named(Mention m, String text, TokenIndex index, List<Draft> drafts) {
        int[] range = index.within(m.span());
        int first = range[0];
        int last = range[1];
        if (first > last) {
            return;
        }
        List<String> roles = new ArrayList<>();
        // CoreNLP sometimes tags a title as part of the name ("President Putin"); it is a role, not the name.
        int nameFirst = first;
        while (nameFirst < last && Roles.isRoleWord(index.get(nameFirst).text())) {
            nameFirst++;
        }
        if (m.type() != MentionType.PERSON && nameFirst > first && !readsAsPersonName(index, nameFirst, last)) {
            nameFirst = first; // "National Conference of Catholic Bishops", "High Court of Justice": a name, no title
        }
        int person = Roles.personAfterTitle(index, nameFirst, last);
        if (person > 0 && !NameHeads.isInstitution(index.get(last).text())) {
            nameFirst = person; // "Civilian Airport Authority Director Nir Yarkani" tagged as one organisation
        }
        for (int k = nameFirst + 1; k <= last; k++) {
            if (index.get(k).pos().startsWith("VB")) {
                last = k - 1; // a headline in title case runs name and verb together ("X Calls Plan …")
                break;
            }
        }
        while (last > nameFirst && isPossessive(index.get(last).text())) {
            last--;
        }
        if (m.type() == MentionType.PERSON && nameFirst == last && isCutSurname(index, last + 1)) {
            last++; // "Rep. Tom DeLay" tagged as "Tom": the tagger does not read a capital inside a word as a name
        }
        String head = index.get(last).text();
        if (NameHeads.isConcept(head)) {
            return; // "Ethical Foreign Policy": a policy says nothing
        }
        boolean institution = NameHeads.isInstitution(head) && m.type() != MentionType.LOCATION;
        if (institution) {
            nameFirst = first; // "Justice Department": the title word is part of the institution's name
        } else if (nameFirst >= 3 && isBracket(index.get(nameFirst - 1).text()) && isBracket(index.get(nameFirst - 3).text())
                && index.get(nameFirst - 2).pos().startsWith("NNP") && index.sentence(nameFirst - 3) == index.sentence(nameFirst)) {
            nameFirst -= 3; // "Interior Minister (Pavel) Sorokin": the bracketed first name is part of the name
        } else if (m.type() == MentionType.PERSON && nameFirst == first && describesKnownPerson(index, drafts, first, last)) {
            nameFirst++; // "the Sunni Hariri" after "Rafik Hariri": a word describing him, not his first name
        }
        Span nameSpan = new Span(index.get(nameFirst).span().begin(), index.get(last).span().end());
        List<String> tokens = new ArrayList<>();
        for (int i = nameFirst; i <= last; i++) {
            if (!isBracket(index.get(i).text())) {
                tokens.add(index.get(i).text().toLowerCase(Locale.ROOT));
            }
        }
        String name = SPACES.matcher(BRACKETS.matcher(nameSpan.of(text)).replaceAll(" ").strip()).replaceAll(" ");
        if (tokens.isEmpty() || index.get(nameFirst).pos().startsWith("PRP") || name.chars().noneMatch(Character::isUpperCase)) {
            return; // CoreNLP now and then tags a pronoun or a common word; names are capitalised
        }
        EntityType type = institution ? EntityType.ORGANIZATION : m.type() == MentionType.PERSON ? EntityType.PERSON
                : m.type() == MentionType.ORGANIZATION ? EntityType.ORGANIZATION : EntityType.PLACE;
        if (!institution && (type == EntityType.PERSON || nameFirst > first)) {
            type = EntityType.PERSON;
            int roleStart = Roles.before(index, nameFirst);
            if (roleStart >= 0) {
                String title = new Span(index.get(roleStart).span().begin(), index.get(nameFirst - 1).span().end()).of(text);
                if (Roles.tellsRole(title)) {
                    roles.add(title);
                }
            }
            int roleEnd = Roles.after(index, last);
            if (roleEnd >= 0) {
                int roleFirst = index.get(last + 2).pos().equals("DT") ? last + 3 : last + 2;
                roles.add(new Span(index.get(roleFirst).span().begin(), index.get(roleEnd).span().end()).of(text));
            }
        }
        Gender titled = type == EntityType.PERSON && nameFirst > 0 && index.sentence(nameFirst - 1) == index.sentence(nameFirst)
                ? Gender.ofWord(index.get(nameFirst - 1).text()) : Gender.UNKNOWN;
        Draft d = find(drafts, type, name, tokens, Gender.ofName(tokens).and(titled), roles);
        String owner = Kin.ownerBefore(index, nameFirst);
        if (d != null && owner != null && d.tokens.contains(owner)) {
            d = null; // "Marsden's son, Hugo": a relative who shares a name with Hugo Marsden is not him
        }
        if (d == null) {
            // a person the article names only as "Mrs. Clinton" is shown so, not as a bare "Clinton"
            boolean addressed = type == EntityType.PERSON && tokens.size() == 1 && titled != Gender.UNKNOWN
                    && Roles.isFormOfAddress(index.get(nameFirst - 1).text());
            d = new Draft(type, addressed ? index.get(nameFirst - 1).text() + " " + name : name, tokens);
            drafts.add(d);
        } else if (m.type() == MentionType.LOCATION) {
            d.placeMentions++;
        } else if (tokens.size() > d.tokens.size() && d.type == EntityType.PERSON) {
            d.name = name;
            d.tokens = tokens;
        }
        d.mentions.add(nameSpan);
        if (type == EntityType.PERSON) {
            d.gender = d.gender.and(Gender.ofName(tokens));
            d.titled = d.titled.and(titled);
        }
        for (String r : roles) {
            String role = SPACES.matcher(r).replaceAll(" ").strip();
            if (!role.isEmpty() && d.roles.stream().noneMatch(x -> x.equalsIgnoreCase(role))) {
                d.roles.add(role);
            }
        }
    }

    /**
     * The entity a name joins: for a person, the latest one whose name holds it or is held by it and whose gender
     * agrees ("Mrs. Clinton" is not Bill Clinton, "Mr. Clinton" not Hillary Rodham Clinton), or, when the name
     * comes with a title, the latest such one that holds the title ("President Herzog" after "President Isaac
     * Herzog" and "First Lady Michal Herzog" is the president); else by alias.
     */
    private static Draft find(List<Draft> drafts, EntityType type, String name, List<String> tokens, Gender gender,
                              List<String> titles) {
        Draft latest = null;
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            Gender known = d.titled != Gender.UNKNOWN ? d.titled : d.gender;
            if (d.type == EntityType.PERSON && (type == EntityType.PERSON || tokens.size() == 1) && known.agrees(gender)
                    && (d.tokens.containsAll(tokens) || tokens.containsAll(d.tokens))) {
                if (titles.isEmpty() || holdsTitle(d, titles)) {
                    return d;
                }
                latest = latest == null ? d : latest;
            }
        }
        if (latest != null || type == EntityType.PERSON) {
            return latest;
        }
        String key = Aliases.key(name);
        for (Draft d : drafts) {
            if (d.type != EntityType.PERSON && (Aliases.key(d.name).equals(key)
                    || Aliases.isAcronymOf(name, d.name) || Aliases.isAcronymOf(d.name, name))) {
                return d;
            }
        }
        return null;
    }

    /** Whether one of the person's roles ends in the last word of one of {@code titles} ("Israeli President", "President"). */
    private static boolean holdsTitle(Draft d, List<String> titles) {
        for (String title : titles) {
            String[] words = SPACES.split(title.strip().toLowerCase(Locale.ROOT));
            String last = words[words.length - 1];
            for (String role : d.roles) {
                if (role.toLowerCase(Locale.ROOT).endsWith(last)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a name after "the" or "a" is a describing word and the rest of a person already named: English
     * puts no article before a full name, so "the Sunni Hariri" is Rafik Hariri, while "the Dalai Lama", whose
     * rest names no one, stays whole.
     */
    private static boolean describesKnownPerson(TokenIndex index, List<Draft> drafts, int first, int last) {
        if (first == 0 || last == first || index.sentence(first - 1) != index.sentence(first)
                || !ARTICLES.contains(index.get(first - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String describing = index.get(first).text().toLowerCase(Locale.ROOT);
        List<String> rest = new ArrayList<>();
        for (int i = first + 1; i <= last; i++) {
            rest.add(index.get(i).text().toLowerCase(Locale.ROOT));
        }
        return drafts.stream().anyMatch(d -> d.type == EntityType.PERSON && d.tokens.size() > rest.size()
                && d.tokens.containsAll(rest) && !d.tokens.contains(describing));
    }

    /** An untagged proper noun with a capital inside it ("DeLay", "McCain", "LaHood") right after a first name. */
    private static boolean isCutSurname(TokenIndex index, int i) {
        if (i >= index.size() || index.sentence(i) != index.sentence(i - 1) || !index.get(i).pos().equals("NNP")
                || !index.get(i).ner().equals("O")) {
            return false;
        }
        String word = index.get(i).text();
        for (int k = 1; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1))) {
                return Character.isUpperCase(word.charAt(0));
            }
        }
        return false;
    }

    private static boolean isBracket(String token) {
        return token.equals("(") || token.equals(")") || token.equals("-LRB-") || token.equals("-RRB-");
    }

    private static boolean isPossessive(String token) {
        return token.equals("'s") || token.equals("\u2019s") || token.equals("'") || token.equals("\u2019");
    }

    static final class Draft {
        final EntityType type;
        /** The gender its first name suggests, and the one a title or kin word beside it says. */
        Gender gender = Gender.UNKNOWN;
        Gender titled = Gender.UNKNOWN;
        /** How many of its mentions the tagger called a place. */
        int placeMentions;
        String name;
        List<String> tokens;
        final List<String> roles = new ArrayList<>();
        final List<Span> mentions = new ArrayList<>();

        Draft(EntityType type, String name, List<String> tokens) {
            this.type = type;
            this.name = name;
            this.tokens = tokens;
        }

        /** A person the article names by one word only, with no title or role anywhere: often a misread name. */
        boolean isBareOneWordPerson() {
            return type == EntityType.PERSON && tokens.size() == 1 && roles.isEmpty() && titled == Gender.UNKNOWN;
        }
    }
}
