package org.storyline.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.core.nlp.TokenIndex;

/**
 * A definite description of an office-holder, the words after "the" in "the prime minister told reporters"
 * or "the Philippine leader said": capitalised qualifiers ("Philippine", "Malaysian") and then a title's role
 * words. It fits a person whose title, as written beside the name, has exactly those role words, so "the
 * prime minister" is not the deputy prime minister nor the former one, and holds every qualifier; with a
 * qualifier, the generic "leader" fits whoever holds that country's or body's office now ("Philippine
 * President Jose Ramos").
 *
 * @param qualifiers the capitalised words before the title, lower-cased
 * @param title      the title's role words and connectors, lower-cased
 */
public record TitleDescription(List<String> qualifiers, List<String> title) {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Title words of someone no longer, or not yet, the office-holder: no "leader" of the country. */
    private static final Set<String> NOT_IN_OFFICE = Set.of("former", "deputy", "vice");

    /**
     * The description tokens {@code the..last} make, the first being "the" ("the Philippine leader"); null
     * when they are no such phrase.
     */
    public static TitleDescription afterThe(TokenIndex index, int the, int last) {
        if (the >= last || !index.get(the).text().equalsIgnoreCase("the")) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int i = the + 1; i <= last; i++) {
            words.add(index.get(i).text());
        }
        return read(words);
    }

    /** The description the words after "the" make, as written; null when they end on no role word. */
    public static TitleDescription read(List<String> written) {
        if (written.isEmpty() || !Roles.isRoleWord(written.get(written.size() - 1))) {
            return null;
        }
        List<String> qualifiers = new ArrayList<>();
        List<String> title = new ArrayList<>();
        for (String w : written) {
            String word = w.toLowerCase(Locale.ROOT);
            if (Roles.isRoleWord(word) || word.equals("of")) {
                title.add(word);
            } else if (title.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                qualifiers.add(word);
            } else {
                return null;
            }
        }
        return new TitleDescription(List.copyOf(qualifiers), List.copyOf(title));
    }

    /** Whether a person with this title, as written beside the name, is the one described. */
    public boolean fits(String role) {
        List<String> words = List.of(SPACES.split(role.strip().toLowerCase(Locale.ROOT)));
        if (!words.containsAll(qualifiers)) {
            return false;
        }
        List<String> held = titleWords(words);
        if (held.equals(title)) {
            return true;
        }
        return !qualifiers.isEmpty() && title.equals(List.of("leader")) && !held.isEmpty()
                && held.stream().noneMatch(NOT_IN_OFFICE::contains);
    }

    /**
     * A title's role words and connectors: "former Malaysian Deputy Prime Minister" gives "former deputy
     * prime minister".
     */
    private static List<String> titleWords(List<String> words) {
        return words.stream().filter(w -> Roles.isRoleWord(w) || w.equals("of")).toList();
    }
}
