package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what a page's own markup says about an element: its class, id and role name it as page
 * furniture ("share-bar", "commentList", "related_posts") or as the article text ("article-body").
 * The words are resources, so the rule stays the same for every site.
 */
final class ClassHints {

    private static final Set<String> BOILERPLATE = WordList.load("boilerplate-class-words.txt");
    private static final Set<String> CONTENT = WordList.load("content-class-words.txt");
    private static final Set<String> DISCUSSION = WordList.load("discussion-class-words.txt");
    private static final Set<String> STANDFIRST = WordList.load("standfirst-class-words.txt");
    /** Words before another that say what an element holds or lacks, not what it is. */
    private static final Set<String> HOLDS = Set.of("has", "without", "no");
    /**
     * Words before another that say where an element sits beside it, not what it is ("in-article-related",
     * "end-of-article-promo", "mid-content-ad"): the marker and its word both go, and the element is what the rest says.
     */
    private static final Set<String> PLACES = Set.of("in", "inside", "within", "mid", "after", "below", "beneath", "end");
    /**
     * Parts of an element that a theme may hide while the element shows: Drupal prints "field--label-hidden" on every
     * field whose label it leaves out, the story's own text included.
     */
    private static final Set<String> PARTS = Set.of("label", "title", "heading", "icon");
    /** The class words that only say an element is a heading, or a page's or box's head ("header-two", "mrw-header"). */
    private static final Set<String> HEADING_WORDS = Set.of("header", "heading", "headline", "head");
    /** What follows a subheading of the story: its paragraph, list, table or quotation. */
    private static final Set<String> UNDER_A_SUBHEADING = Set.of("p", "ul", "ol", "table", "blockquote");
    /**
     * The ARIA landmark and widget roles of what is not the story: a sidebar, the page's footer, a dialog (a consent or
     * sign-up box), a search form. Matched whole, as a role is one word; as class words "dialog" would match a Q&amp;A's
     * "dialogue".
     */
    private static final Set<String> FURNITURE_ROLES =
            Set.of("complementary", "contentinfo", "dialog", "alertdialog", "search");
    /**
     * WordPress prints a post's categories and tags as classes of its wrapper beside "type-post" or "hentry"
     * ("category-newsletter", "tag-social-media"): what the post is filed under, not what the element is.
     */
    private static final Set<String> TAXONOMY_PREFIXES = Set.of("category-", "tag-");
    /** The letters an id must have to be read as a heading's own text made an anchor, not a word naming it. */
    private static final int MIN_ANCHOR = 12;
    /** Below this length a prefix match is too loose ("ad" would match "address"). */
    private static final int PREFIX_MIN = 6;

    private ClassHints() {
    }

    /** Whether the element's class, id or role names page furniture. */
    static boolean boilerplate(Element e) {
        return boilerplate(e, tokens(e));
    }

    /** {@link #boilerplate(Element)}, given the element's {@link #tokens}. */
    static boolean boilerplate(Element e, List<String> tokens) {
        boolean namedAHeading = !Collections.disjoint(tokens, HEADING_WORDS);
        return matches(namedAHeading && amongParagraphs(e) ? withoutHeadingWords(tokens) : tokens, BOILERPLATE)
                || FURNITURE_ROLES.contains(e.attr("role").strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code e} is a subheading set among paragraphs, over text of the story's kind: two paragraphs at least beside
     * it under its parent, and a paragraph, list or table right after it (a box's heading over a gallery is the box's).
     */
    private static boolean amongParagraphs(Element e) {
        Element next = e.nextElementSibling();
        if (!PageCleaner.SECTION_HEADINGS.contains(e.normalName()) || e.parent() == null || next == null
                || !UNDER_A_SUBHEADING.contains(next.normalName())) {
            return false;
        }
        int paragraphs = 0;
        for (Element sibling : e.parent().children()) {
            paragraphs += sibling.normalName().equals("p") && sibling.hasText() ? 1 : 0;
        }
        return paragraphs >= 2;
    }

    /**
     * A subheading's class words less those that only say it is one ("header-two"): a page's header is furniture, a
     * heading among the story's paragraphs that its theme calls a header is not.
     */
    private static List<String> withoutHeadingWords(List<String> tokens) {
        return tokens.stream().filter(t -> !HEADING_WORDS.contains(t)).toList();
    }

    /** The words among {@code tokens} that name page furniture or a discussion. */
    static List<String> furnitureWords(List<String> tokens) {
        return tokens.stream().filter(t -> matches(t, BOILERPLATE) || matches(t, DISCUSSION)).toList();
    }

    /**
     * Whether one class name of {@code e} holds every one of {@code words} and a word of the story's ("Newsletter_story"
     * holds "newsletter"); "entry-content comments-open" holds no such name.
     */
    static boolean namesAStoryWith(Element e, List<String> words) {
        for (String name : e.classNames()) {
            var split = new ArrayList<String>();
            split(name, split);
            if (split.containsAll(words) && content(split)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element's class or id names comments, sign-up or consent boxes, whatever else it says. */
    static boolean discussion(Element e) {
        return matches(tokens(e), DISCUSSION);
    }

    /** {@link #discussion(Element)}, given the element's {@link #tokens}. */
    static boolean discussion(List<String> tokens) {
        return matches(tokens, DISCUSSION);
    }

    /** Whether the element's class, id or itemprop names a standfirst ("article-dek", "subheadline"). */
    static boolean standfirst(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (matches(tokens(e), STANDFIRST)) {
            return true;
        }
        // Split at punctuation, "sub-headline" and "stand_first" no longer say it.
        String joined = asciiLettersAndSpaces((e.className() + " " + e.id()).toLowerCase(Locale.ROOT));
        for (String word : STANDFIRST) {
            if (word.length() >= PREFIX_MIN && joined.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every character but {@code a-z} and the space taken out. */
    private static String asciiLettersAndSpaces(String text) {
        var kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c == ' ') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Whether the element's class, id or itemprop names article text. */
    static boolean content(Element e) {
        return content(tokens(e));
    }

    /**
     * {@link #content(Element)}, given the element's {@link #tokens}. A plural names a list of such things, not the one the
     * page is ("related-posts", "more-articles"), but for "contents", what an element holds.
     */
    static boolean content(List<String> tokens) {
        for (String token : tokens) {
            if (token.endsWith("s") && !token.equals("contents") && CONTENT.contains(token.substring(0, token.length() - 1))) {
                continue;
            }
            if (matches(token, CONTENT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> tokens, Set<String> words) {
        for (String token : tokens) {
            if (matches(token, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String token, Set<String> words) {
        if (words.contains(token) || token.endsWith("s") && words.contains(token.substring(0, token.length() - 1))) {
            return true;
        }
        // A word of PREFIX_MIN letters or more that the token opens with: one look-up per length, not per word.
        for (int end = PREFIX_MIN; end < token.length(); end++) {
            if (words.contains(token.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** The class, id, role and itemprop split into lower-case words at punctuation and camelCase humps. */
    static List<String> tokens(Element e) {
        var tokens = new ArrayList<String>();
        split(withoutTaxonomy(e), tokens);
        if (!anchorsItsText(e)) {
            split(e.id(), tokens);
        }
        split(e.attr("role"), tokens);
        split(e.attr("itemprop"), tokens);
        return tokens;
    }

    /**
     * Whether {@code e} is a heading, or an anchor inside one, whose id is its own text made an anchor
     * ("lack-of-support-and-updates" on "Lack Of Support And Updates", for a table of contents): the id says what the
     * section is about, not what the element is.
     */
    private static boolean anchorsItsText(Element e) {
        String id = e.id();
        if (id.length() < MIN_ANCHOR || !PageCleaner.SECTION_HEADINGS.contains(e.normalName())
                && (e.parent() == null || !PageCleaner.SECTION_HEADINGS.contains(e.parent().normalName()))) {
            return false;
        }
        String anchor = BodyAssembler.fold(id).replace(" ", "");
        String text = BodyAssembler.fold(e.text()).replace(" ", "");
        return anchor.length() >= MIN_ANCHOR && text.length() >= MIN_ANCHOR
                && (text.contains(anchor) || anchor.contains(text));
    }

    /** The element's class names, less the categories and tags of a WordPress post's wrapper. */
    private static String withoutTaxonomy(Element e) {
        String classes = e.className();
        if (!classes.contains("category-") && !classes.contains("tag-")) {
            return classes;
        }
        Set<String> names = e.classNames();
        if (!names.contains("hentry") && names.stream().noneMatch(n -> n.startsWith("type-"))) {
            return classes;
        }
        var kept = new StringBuilder();
        for (String name : names) {
            if (TAXONOMY_PREFIXES.stream().noneMatch(name::startsWith)) {
                kept.append(name).append(' ');
            }
        }
        return kept.toString();
    }

    private static void split(String value, List<String> into) {
        if (value.isEmpty()) {
            return;
        }
        var word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < value.length() && i < 400; i++) {
            char c = value.charAt(i);
            boolean hump = Character.isUpperCase(c) && Character.isLowerCase(previous);
            if (!Character.isLetterOrDigit(c) || hump) {
                flush(word, into);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            }
            previous = c;
        }
        flush(word, into);
    }

    /**
     * Adds the word, unless the one before it says what the element holds or lacks, not what it is ("section--has-ads",
     * "layout-with-sidebar", "no-comments"), or where it sits ({@link #PLACES}): the marker and its word both go.
     * "hidden" after a part of the element ("label-hidden") says the part is hidden, not the element.
     */
    private static void flush(StringBuilder word, List<String> into) {
        if (word.length() > 0) {
            String w = word.toString().toLowerCase(Locale.ROOT);
            word.setLength(0);
            String before = into.isEmpty() ? "" : into.get(into.size() - 1);
            if (PLACES.contains(before) && w.equals("of")) {
                return; // "end of article": the place goes with the word after "of"
            }
            if (HOLDS.contains(before) || PLACES.contains(before)) {
                into.remove(into.size() - 1);
            } else if (!(w.equals("hidden") && PARTS.contains(before))) {
                into.add(w);
            }
        }
    }
}
