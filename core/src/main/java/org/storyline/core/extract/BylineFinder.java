package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the visible byline ("By Jane Doe and John Roe") and splits it into names. Looks where sites
 * put it: {@code rel=author} links, {@code itemprop=author}, and elements whose class names a byline
 * or author. Words that are not names (roles, dates, "and") are left out; a name is never expanded.
 */
final class BylineFinder {

    private static final Pattern LEAD = Pattern.compile("^(?i)(written\\s+by|posted\\s+by|reported\\s+by|by|von|par|por|door|di|av)[:\\s]+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bi\\b|\\||/|\\s[-–—]\\s)\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*(\\d|@|https?:|\\bupdated\\b|\\bpublished\\b|\\bminutes?\\b|\\bread\\b|\\bfollow\\b|\\bemail\\b|\\bstaff\\b|\\bview\\b|\\bposts\\b|\\bmore\\b|\\bcontributor\\b|\\breporter\\b|\\beditor\\b|\\bwriter\\b|\\bcorrespondent\\b"
            + "|\\bcolumnist\\b|\\bauthor\\b|\\bofficer\\b|\\bhead of\\b|\\bsponsored\\b|\\bwrites about\\b"
            + "|\\btwitter\\b|\\binstagram\\b|\\bfacebook\\b|\\blinkedin\\b).*");
    /** A writer's address printed after the name, bare or in brackets: "Lee Soo-jung [lee.soojung@example.kr]". */
    private static final Pattern ADDRESS = Pattern.compile("[\\[(<]?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+[\\])>]?");
    /** Letters a name carries after it ("Jane Roe MS", "RDN"), or a network's call sign ("WBEZ"): not a person's name. */
    private static final Pattern LETTERS = Pattern.compile("\\p{Lu}{2,4}");
    private static final int MAX_WORDS = 5;
    private static final Evaluator IN_COMMENTS = QueryParser.parse("[class*=comment], [id*=comment]");
    private static final Evaluator NAMED = QueryParser.parse("[itemprop=name]");
    /**
     * Author elements read at most: the byline comes first, and a page lists its commenters' and its other writers' names
     * in elements alike, each costing a split.
     */
    private static final int MAX_ELEMENTS = 12;

    /** A byline line under a headline: "By" and a name or three, perhaps a date. */
    private static final int MAX_BYLINE_LINE = 100;

    private BylineFinder() {
    }

    /**
     * Whether {@code e} is where a page names its authors: {@code [itemprop=author], [rel=author], [class*=byline],
     * [class*=author]}, attribute names and values read regardless of case ("Byline" too), as jsoup reads the selector,
     * but with the class read once: every element with an attribute is asked.
     */
    private static boolean namesAnAuthor(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("author") || e.attr("rel").equalsIgnoreCase("author")) {
            return true;
        }
        String cls = e.attr("class").toLowerCase(Locale.ENGLISH);
        return cls.contains("byline") || cls.contains("author");
    }

    static List<String> find(PageElements page) {
        var found = new ArrayList<Map.Entry<Element, List<String>>>();
        for (Element e : page.attributed()) {
            if (!namesAnAuthor(e) || e.closest(IN_COMMENTS) != null) {
                continue;
            }
            Element named = e.selectFirst(NAMED);
            String text = named != null ? named.text() : e.text();
            List<String> split = text.length() > 200 ? List.of() : split(text);
            if (!split.isEmpty()) {
                found.add(Map.entry(e, split));
            }
            if (found.size() >= MAX_ELEMENTS) {
                break;
            }
        }
        var names = new LinkedHashSet<String>();
        for (int i = 0; i < found.size() && names.size() < 6; i++) {
            if (!holdsNamedElement(found, i)) {
                names.addAll(found.get(i).getValue());
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Whether element {@code i} holds a later one that names authors too: a byline box around the author's own element
     * ("Jane Roe" in "Jane Roe Elling Gazette & Post"), whose text runs the name into the outlet's.
     */
    private static boolean holdsNamedElement(List<Map.Entry<Element, List<String>>> found, int i) {
        Element box = found.get(i).getKey();
        for (int j = i + 1; j < found.size(); j++) {
            if (BodyAssembler.inside(found.get(j).getKey(), box)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a short line is a byline of its own: "By" (or its word in another language) and names. */
    static boolean isByline(String line) {
        String text = line.strip();
        return text.length() <= MAX_BYLINE_LINE && LEAD.matcher(text).find() && !split(text).isEmpty();
    }

    /** The names in one byline text. */
    static List<String> split(String byline) {
        var names = new ArrayList<String>();
        String text = ADDRESS.matcher(LEAD.matcher(byline.strip()).replaceFirst("")).replaceAll(" ");
        for (String piece : SEPARATORS.split(text)) {
            String name = withoutOutlet(withoutLetters(LEAD.matcher(piece.strip()).replaceFirst("").strip()));
            if (looksLikeName(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The name without the letters after it: "Jane Roe" of "Jane Roe MS"; letters alone are no name. */
    static String withoutLetters(String name) {
        String[] words = name.split("\\s+");
        if (words.length == 1) {
            return LETTERS.matcher(name).matches() ? "" : name;
        }
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            return name; // "PETER MOSS": a name set in capitals
        }
        int end = words.length;
        while (end > 2 && LETTERS.matcher(words[end - 1]).matches()) {
            end--;
        }
        return end == words.length ? name : String.join(" ", Arrays.asList(words).subList(0, end));
    }

    /** The name without a known outlet run into it: "John Roe" of "John Roe The Associated Press". */
    private static String withoutOutlet(String name) {
        String[] words = name.split("\\s+");
        for (int i = 2; i < words.length; i++) {
            String rest = String.join(" ", Arrays.asList(words).subList(i, words.length));
            if (OutletResolver.standard().known(rest) != null) {
                return String.join(" ", Arrays.asList(words).subList(0, i));
            }
        }
        return name;
    }

    private static boolean looksLikeName(String s) {
        if (s.length() < 2 || s.length() > 60 || NOT_A_NAME.matcher(s).matches()) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > MAX_WORDS) {
            return false;
        }
        return Character.isUpperCase(s.charAt(0)) && !s.toLowerCase(Locale.ROOT).equals("by");
    }
}
