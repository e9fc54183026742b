package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.model.Credit;
import org.storyline.core.model.CreditRole;

/**
 * Reads who is credited for an article from a credits line ("Reporting by A, B and C; Additional
 * reporting by D in Kyiv; Writing by E; Editing by F and G") or a byline ("By X and Y", "By X,
 * Reuters"). Role phrases come from {@code credit-roles.txt}; affiliations and outlet names in a byline
 * are dropped, and a part that does not look like a person's name is never taken for one. Names are
 * kept as written. Immutable and thread-safe.
 */
public final class CreditsParser {

    private static final int MAX_LINE = 400;
    private static final Pattern SEPARATOR =
            Pattern.compile("\\s*(?:[,;|/]|\\s(?:and|und|et|y|e|en)\\s|&)\\s*");
    private static final Pattern PLACE = Pattern.compile("\\s+(?:in|from)\\s+(\\p{Lu}[\\p{L}.' -]*)$");

    private final OutletResolver outlets;
    private final Map<String, CreditRole> roles = new HashMap<>();
    private final Pattern creditsPhrase;
    private final Pattern bylinePhrase;
    private final Set<String> particles;
    private final Set<String> affiliations;

    private CreditsParser(OutletResolver outlets) {
        this.outlets = outlets;
        var credits = new ArrayList<String>();
        var bylines = new ArrayList<String>();
        for (List<String> row : RuleFile.rows("credit-roles.txt")) {
            CreditRole role = CreditRole.valueOf(row.get(0));
            for (String phrase : row.subList(1, row.size())) {
                roles.put(phrase.toLowerCase(Locale.ROOT), role);
                (role == CreditRole.BYLINE ? bylines : credits).add(Pattern.quote(phrase));
            }
        }
        credits.sort(Comparator.comparingInt(String::length).reversed());
        creditsPhrase = Pattern.compile("(?iu)(?<![\\p{L}])(" + String.join("|", credits) + ")(?![\\p{L}])");
        bylinePhrase = Pattern.compile("(?iu)^(" + String.join("|", bylines) + ")\\s+(?=\\p{Lu})");
        particles = Set.copyOf(RuleFile.lines("name-particles.txt"));
        affiliations = Set.copyOf(RuleFile.lines("byline-affiliations.txt"));
    }

    private static final class Standard {
        static final CreditsParser INSTANCE = new CreditsParser(OutletResolver.standard());
    }

    /** The parser built from the bundled role phrases, loaded once. */
    public static CreditsParser standard() {
        return Standard.INSTANCE;
    }

    /** The credits of a credits line or a byline, in the order written; empty when the line is neither. */
    public List<Credit> parse(String line) {
        List<Credit> credits = parseCreditsLine(line);
        return credits.isEmpty() ? parseByline(line) : credits;
    }

    /** Whether {@code line} is a credits line naming at least one person. */
    public boolean isCreditsLine(String line) {
        return !parseCreditsLine(line).isEmpty();
    }

    /** The credits of a credits line ("Reporting by ...; Editing by ..."), or an empty list. */
    public List<Credit> parseCreditsLine(String line) {
        String text = clean(line);
        if (text == null) {
            return List.of();
        }
        Matcher m = creditsPhrase.matcher(text);
        var starts = new ArrayList<int[]>();
        while (m.find()) {
            String before = text.substring(0, m.start()).strip();
            // A role phrase opens a part only at the start or after a separator, never inside a name.
            if (before.isEmpty() || before.matches("(?s).*(?:[;,.(]|\\sand)$")) {
                starts.add(new int[] {m.start(), m.end()});
            }
        }
        if (starts.isEmpty() || starts.get(0)[0] != 0) {
            return List.of();
        }
        var credits = new ArrayList<Credit>();
        for (int i = 0; i < starts.size(); i++) {
            CreditRole role = roles.get(text.substring(starts.get(i)[0], starts.get(i)[1]).toLowerCase(Locale.ROOT));
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String names = text.substring(starts.get(i)[1], end).replaceAll("[\\s;,.]*(?:and)?\\s*$", "");
            List<Credit> part = people(names, role, false);
            if (part.isEmpty()) {
                return List.of();
            }
            credits.addAll(part);
        }
        return List.copyOf(credits);
    }

    /** The credits of a byline ("By X and Y", "By X, Reuters"), or an empty list. */
    public List<Credit> parseByline(String line) {
        String text = clean(line);
        if (text == null) {
            return List.of();
        }
        Matcher m = bylinePhrase.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        return people(text.substring(m.end()), CreditRole.BYLINE, true);
    }

    private List<Credit> people(String names, CreditRole role, boolean byline) {
        var credits = new ArrayList<Credit>();
        var unplaced = new ArrayList<String>();
        for (String part : SEPARATOR.split(names.strip())) {
            String name = part.strip();
            if (name.isEmpty() || byline && (outlets.known(name) != null || isAffiliation(name))) {
                continue;
            }
            String place = null;
            Matcher at = PLACE.matcher(name);
            if (at.find()) {
                place = at.group(1).strip();
                name = name.substring(0, at.start()).strip();
            }
            if (!isPersonName(name)) {
                return List.of();
            }
            if (place == null) {
                unplaced.add(name);
            } else {
                // "Reporting by A and B in Kyiv": the place belongs to every name written before it.
                for (String earlier : unplaced) {
                    credits.add(new Credit(earlier, role, place));
                }
                unplaced.clear();
                credits.add(new Credit(name, role, place));
            }
        }
        unplaced.forEach(name -> credits.add(new Credit(name, role, null)));
        credits.sort(Comparator.comparingInt(c -> names.indexOf(c.name())));
        return List.copyOf(credits);
    }

    private boolean isAffiliation(String part) {
        for (String word : part.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (affiliations.contains(word)) {
                return true;
            }
        }
        return false;
    }

    boolean isPersonName(String name) {
        String[] words = name.split("\\s+");
        if (name.isEmpty() || words.length > 5 || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            boolean capital = Character.isUpperCase(word.codePointAt(0));
            if (!word.matches("[\\p{L}.'\u2019-]+") || !capital && !particles.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String line) {
        if (line == null) {
            return null;
        }
        String text = line.replace('\u00a0', ' ').strip();
        text = text.replaceAll("^[(\\[\u2014\u2013-]+\\s*|[)\\].\\s]+$", "");
        return text.isEmpty() || text.length() > MAX_LINE ? null : text;
    }
}
