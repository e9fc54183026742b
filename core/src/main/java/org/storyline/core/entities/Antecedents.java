package org.storyline.core.entities;

import org.storyline.core.model.EntityType;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;
import org.storyline.core.nlp.Quotation;
import org.storyline.core.nlp.TokenIndex;
import org.storyline.core.nlp.WordList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves "he", "she" and their other forms to a person named before them outside quotation marks. The
 * nearest sentence that names a person of the pronoun's gender (see {@link Gender}) holds the antecedent,
 * the pronoun's own sentence first; within it, the subject before its objects: the first person named
 * in its main clause before its first finite verb ("Ferris mocked Welby. … he said": Ferris; "Reis, a
 * baker travelling to Vila Serena, said"), else the person named nearest the pronoun. A person titled for the other gender ("Mrs.") is never the antecedent; one whose
 * first name suggests the other gender only when no person of the pronoun's gender is named within two
 * sentences before. A main-clause subject that describes a person named earlier ("the Philippine leader"),
 * or a pronoun subject already resolved, counts as naming that person.
 */
final class Antecedents {

    private static final Set<String> PERSON_PRONOUNS = WordList.lowerCaseSet(Antecedents.class, "person-pronouns.txt");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Pronouns that are a clause's subject: "his father, Qin Qinguo, said" has another subject than "his". */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    private static final Set<String> OPENERS = Set.of("IN", "TO", "VBG", "VBN", "RB", "WRB");
    /**
     * How many sentences further back a person whose first name agrees with the pronoun may be, for the
     * pronoun to pass over a nearer person whose first name does not ("Lindsey Graham … he": first names
     * mislead now and then; a title never does).
     */
    private static final int MAX_AGREEMENT_REACH = 2;

    private final TokenIndex index;
    private final List<Quotation> quotations;

    Antecedents(TokenIndex index, List<Quotation> quotations) {
        this.index = index;
        this.quotations = quotations;
    }

    private record Named(Span span, int token, int sentence, EntityResolver.Draft draft) {
    }

    void resolve(List<EntityResolver.Draft> drafts) {
        List<Named> named = new ArrayList<>();
        for (EntityResolver.Draft d : drafts) {
            if (d.type == EntityType.PERSON) {
                for (Span s : d.mentions) {
                    if (!quoted(s)) {
                        int token = index.at(s.begin());
                        named.add(new Named(s, token, index.sentence(token), d));
                    }
                }
            }
        }
        if (named.isEmpty()) {
            return;
        }
        int[][] windows = subjectWindows();
        named.addAll(describedSubjects(named, windows));
        named.sort(Comparator.comparingInt(n -> n.span().begin()));
        for (int i = 0; i < index.size(); i++) {
            Token t = index.get(i);
            if (!PERSON_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)) || !t.pos().startsWith("PRP") || quoted(t.span())) {
                continue;
            }
            EntityResolver.Draft best = antecedent(named, t, windows, Gender.ofPronoun(t.text()));
            if (best != null) {
                best.mentions.add(t.span());
                int sentence = index.sentence(i);
                if (i >= windows[sentence][0] && i < windows[sentence][1] && SUBJECT_PRONOUNS.contains(lower(t))) {
                    // "He said he was travelling at the recommendation of Netanyahu. “…,” he said": a subject
                    // pronoun carries its person on as the sentence's subject for the pronouns after it
                    insert(named, new Named(t.span(), i, sentence, best));
                }
            }
        }
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static void insert(List<Named> named, Named n) {
        int at = 0;
        while (at < named.size() && named.get(at).span().begin() <= n.span().begin()) {
            at++;
        }
        named.add(at, n);
    }

    /**
     * Main-clause subjects that describe a person named before them ("The Philippine leader said …" after
     * "Philippine President Jose Ramos"; see {@link TitleDescription}), so that "He later said …" goes to
     * that person and not to one named in the same sentence's objects. Not mentions of the person: only
     * what pronouns may point back to.
     */
    private List<Named> describedSubjects(List<Named> named, int[][] windows) {
        List<Named> described = new ArrayList<>();
        for (int s = 0; s < windows.length; s++) {
            if (windows[s] == null) {
                continue;
            }
            int start = windows[s][0];
            int verb = windows[s][1];
            TitleDescription description =
                    verb < index.size() ? TitleDescription.afterThe(index, start, verb - 1) : null;
            if (description == null) {
                continue;
            }
            Span span = new Span(index.get(start).span().begin(), index.get(verb - 1).span().end());
            EntityResolver.Draft person = quoted(span) ? null : onlyFit(named, description, span.begin());
            if (person != null) {
                described.add(new Named(span, start, s, person));
            }
        }
        return described;
    }

    private static EntityResolver.Draft onlyFit(List<Named> named, TitleDescription description, int before) {
        EntityResolver.Draft found = null;
        for (Named n : named) {
            if (n.span().end() <= before && n.draft() != found && n.draft().roles.stream().anyMatch(description::fits)) {
                if (found != null) {
                    return null;
                }
                found = n.draft();
            }
        }
        return found;
    }

    private EntityResolver.Draft antecedent(List<Named> named, Token pronoun, int[][] windows, Gender gender) {
        int k = named.size() - 1;
        while (k >= 0 && named.get(k).span().end() > pronoun.span().begin()) {
            k--;
        }
        Named fallback = null;
        while (k >= 0) {
            int sentence = named.get(k).sentence();
            if (fallback != null && fallback.sentence() - sentence > MAX_AGREEMENT_REACH) {
                return fallback.draft();
            }
            Named nearest = null;
            Named subject = null;
            Named unlikely = null;
            for (; k >= 0 && named.get(k).sentence() == sentence; k--) {
                Named n = named.get(k);
                if (!n.draft().titled.agrees(gender)) {
                    continue;
                }
                if (!n.draft().gender.agrees(gender)) {
                    unlikely = unlikely == null ? n : unlikely;
                    continue;
                }
                nearest = nearest == null ? n : nearest;
                if (n.token() >= windows[sentence][0] && n.token() < windows[sentence][1]) {
                    subject = n; // the leftmost in the window: "Reis, a baker travelling to Vila Serena, said"
                }
            }
            if (nearest != null) {
                return (subject != null ? subject : nearest).draft();
            }
            fallback = fallback == null ? unlikely : fallback;
        }
        return fallback == null ? null : fallback.draft();
    }

    /**
     * Each sentence's subject window, as {@code [start, end)} token pairs: from the start of its main clause
     * (past an opening phrase without a finite verb, such as "After meeting Welby," or "In Ostwick,") to
     * its first finite verb outside quotation marks.
     */
    private int[][] subjectWindows() {
        int sentences = index.sentence(index.size() - 1) + 1;
        int[][] windows = new int[sentences][];
        int i = 0;
        while (i < index.size()) {
            int s = index.sentence(i);
            int end = i;
            while (end < index.size() && index.sentence(end) == s) {
                end++;
            }
            int start = i;
            if (OPENERS.contains(index.get(i).pos())) {
                for (int k = i + 1; k < end && !FINITE.contains(index.get(k).pos()); k++) {
                    if (index.get(k).text().equals(",")) {
                        start = k + 1;
                        break;
                    }
                }
            }
            int verb = start;
            while (verb < end && !(FINITE.contains(index.get(verb).pos()) && !quoted(index.get(verb).span()))) {
                verb++;
            }
            windows[s] = new int[] {start, verb};
            i = end;
        }
        return windows;
    }

    private boolean quoted(Span s) {
        for (Quotation q : quotations) {
            if (!q.single() && q.inner().contains(s)) {
                return true;
            }
        }
        return false;
    }
}
