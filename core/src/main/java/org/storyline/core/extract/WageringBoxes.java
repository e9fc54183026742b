package org.storyline.core.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds a sportsbook's box of odds inside a sports story ("Premier League title odds", then "Liverpool 4/6", "Arsenal
 * 2/1") by the line the law makes it print: "21+ and present in select states. Gambling problem? Call 1-800-GAMBLER.",
 * "18+ | BeGambleAware.org", "+18 | Juega con responsabilidad". The odds are short lines no rule reads as furniture;
 * the line says whose they are. The box is the widest element around that line that is short and holds neither the
 * story's run of paragraphs nor its headline; a paragraph alone is a sentence of the story's (a story on problem
 * gambling gives the helpline too).
 */
final class WageringBoxes {

    /** A box of odds is short: a title, a few lines of odds, the warning. */
    private static final int MAX_BOX_CHARS = 700;
    private static final Pattern WARNING = Pattern.compile("(?i)gambling problem\\?|1-800-gambler|gamble responsibly"
            + "|begambleaware|gambleaware|juega con responsabilidad|jogue com responsabilidade|gioca responsabilmente"
            + "|jouez responsable|verantwortungsvoll spielen|when the fun stops");

    private WageringBoxes() {
    }

    /**
     * The boxes of odds under the root of {@code page}; none holds an element of {@code aroundHeadline} or
     * {@code aroundStory} ({@link ProseRun}).
     */
    static Set<Element> find(PageElements page, Set<Element> aroundHeadline, Set<Element> aroundStory) {
        Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextNode text : page.texts()) {
            String whole = text.getWholeText();
            if (whole.length() < 8 || !mayWarn(whole) || !WARNING.matcher(whole).find()) {
                continue;
            }
            Element box = null;
            for (Element up = text.parent(); up != null && up != page.root() && !aroundHeadline.contains(up)
                    && !aroundStory.contains(up) && up.text().length() <= MAX_BOX_CHARS; up = up.parent()) {
                box = up;
            }
            if (box != null && !box.normalName().equals("p")) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /** A cheap look for a letter run every warning holds, before the pattern is tried. */
    private static boolean mayWarn(String text) {
        return text.contains("amb") || text.contains("espons") || text.contains("GAMB") || text.contains("fun stops")
                || text.contains("erantwortung");
    }
}
