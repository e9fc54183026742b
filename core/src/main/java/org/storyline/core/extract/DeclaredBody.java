package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Where the article ends, by the text the page declares as its body (JSON-LD {@code articleBody}). Sites print
 * their own furniture after the story (a newsletter pitch, the writer's bio, the team's credits, a topic list)
 * that no rule names; the declared body leaves it out. When the declared body is at least half as long as the
 * text extracted, it is the whole article and not a teaser, and the paragraphs after the last one it holds are
 * dropped. Paragraphs before that are left alone: the declared body often omits the standfirst and subheadings
 * the page shows.
 */
final class DeclaredBody {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;
    /** Under this share of the extracted text's length, the declared body is a teaser or a first page. */
    private static final double MIN_LENGTH_SHARE = 0.5;
    /** The share of a paragraph's word runs the declared body must hold for the paragraph to be the article's. */
    private static final double HELD_SHARE = 0.5;

    private DeclaredBody() {
    }

    /** {@code paragraphs} without those after the last one that {@code articleBody} holds. */
    static List<String> trimmed(List<String> paragraphs, String articleBody) {
        if (articleBody == null || paragraphs.size() < 2) {
            return paragraphs;
        }
        String declared = articleBody.indexOf('&') >= 0 ? Parser.unescapeEntities(articleBody, false) : articleBody;
        declared = declared.contains("</") ? Jsoup.parseBodyFragment(declared).text() : declared;
        int extracted = 0;
        for (String p : paragraphs) {
            extracted += p.length();
        }
        if (declared.length() < MIN_LENGTH_SHARE * extracted) {
            return paragraphs;
        }
        Set<String> held = new HashSet<>(shingles(declared));
        for (int last = paragraphs.size() - 1; last >= 0; last--) {
            if (isHeld(paragraphs.get(last), held)) {
                return last == paragraphs.size() - 1 ? paragraphs : List.copyOf(paragraphs.subList(0, last + 1));
            }
        }
        return paragraphs;
    }

    private static boolean isHeld(String paragraph, Set<String> held) {
        List<String> own = shingles(paragraph);
        int in = 0;
        for (String s : own) {
            if (held.contains(s)) {
                in++;
            }
        }
        return !own.isEmpty() && in >= HELD_SHARE * own.size();
    }

    /** Runs of four words ({@code \w+}, as written), or the whole text as one run when it has fewer. */
    static List<String> shingles(String text) {
        var words = new ArrayList<String>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        var out = new ArrayList<String>();
        int n = Math.min(SHINGLE, words.size());
        for (int i = 0; n > 0 && i + n <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + n)));
        }
        return out;
    }
}
