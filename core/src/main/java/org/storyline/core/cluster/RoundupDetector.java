package org.storyline.core.cluster;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.model.Article;

/**
 * Tells the pieces that are not coverage of one happening: roundups and digests, deals and sales pages,
 * listicles, gift and buying guides, evergreen how-tos. Such a piece may share a product, a company or a
 * region with real coverage, but it is not a development of a story, so the cluster stage lets it stand
 * alone rather than join an event or bridge two storylines.
 *
 * <p>English headlines are read for the forms these pieces take ("The 25 best ...", "... deals", "gift
 * guide", "How to ..."); any body is read for shop prices (amounts with cents, which prices of goods have
 * and amounts in the news seldom do). A false alarm costs little: the article is kept, on its own.
 */
public final class RoundupDetector {

    private static final List<Pattern> HEADLINES = List.of(
            // "10 things to ...", "The 25 best ...", "7 ways ..."
            headline("^\\s*(the\\s+)?(top\\s+)?\\d+\\s+(of\\s+the\\s+)?(best|greatest|great|things|ways|reasons|tips"
                    + "|gifts|deals|products|gadgets|apps|books|movies|films|shows|games|places|ideas|must)\\b"),
            // "Best VPN for Mac", "The best entertainment of 2023" (not the retailer)
            headline("^\\s*(the\\s+)?best\\s+(?!buy\\b)"),
            headline("\\bbest\\b.*\\b(of|in|for)\\s+(\\d{4}|the year|the decade|the week|the month|right now)\\b"),
            headline("\\b(best|top|early|today'?s|weekend|holiday)\\s+([\\w-]+\\s+){0,3}(deals|sales)\\b"),
            headline("\\bdeals?\\s+(\\d{4}|today|this week)\\b"),
            headline("\\b(black friday|cyber monday|prime day)\\b.*\\b(deals?|sales?)\\b"
                    + "|\\b(deals?|sales?)\\b.*\\b(black friday|cyber monday|prime day)\\b"),
            headline("\\bsave\\s+(up\\s+to\\s+)?[$£€]\\d|\\b\\d+%\\s+off\\b|[$£€]\\d+\\s+off\\b"),
            headline("\\bgift (guide|ideas)\\b|\\bgifts? for\\b|\\bbuying (guide|advice)\\b|\\bwhat to buy\\b"
                    + "|\\bshopping list\\b"),
            headline("\\bround-?up\\b|\\bweek in review\\b|\\bthe week in\\b|\\b(weekly|daily|morning|evening)"
                    + " (digest|briefing|recap)\\b|\\bnewsletter\\b"),
            headline("^\\s*how to\\b"),
            // "Kotaku's Top 12 Games Of 2023, Ranked", "Top 100 men boxers", "NFL Power Rankings, Week 16"
            headline("\\btop\\s+([5-9]|\\d{2,3})\\s+(?!(percent|per cent|%)\\b)|,\\s*ranked\\s*$|\\bpower rankings?\\b"),
            // the year's lists: "the most joyous moments of 2023", "photos of the year"
            headline("\\b(moments|photos|pictures|images|stories|songs|albums|movies|films|shows|games|books)"
                    + "\\s+(of|from)\\s+(the year|\\d{4})\\b"),
            // where and when to watch: "What channel is the game on today? Time, TV, streaming info"
            headline("\\bwhat channel\\b|\\b(how|where) to (watch|stream)\\b|\\bstreaming info\\b"
                    + "|\\btime,? tv\\b|\\btv channel\\b"),
            // product reviews and service pieces: "Against the Storm review", "Tips and tricks"
            headline("\\breview\\s*([:|\\u2013\\u2014-]|$)|^\\s*(a\\s+)?first look at\\b|\\bhands-on\\b"
                    + "|\\btips,? (and|&) tricks\\b|\\bhidden features\\b"),
            // data pages kept up to date: "The war in maps and charts: live tracker"
            headline("\\blive tracker\\b|\\bin maps and charts\\b"));

    /** A shop price: a currency sign and an amount with cents, not followed by "million" and the like. */
    private static final Pattern SHOP_PRICE = Pattern.compile(
            "[$£€]\\s?\\d{1,4}\\.\\d\\d\\b(?!\\s*(million|billion|trillion|bn|m)\\b)", Pattern.CASE_INSENSITIVE);

    /** Shop prices that make a page a catalogue (product launches in the news quote a handful). */
    static final int SHOP_PRICES = 8;

    /** Whether the article is a roundup, deals page, listicle, guide or evergreen piece. */
    public boolean isRoundup(Article article) {
        return isRoundup(article.title(), article.text());
    }

    public boolean isRoundup(String headline, String body) {
        if (headline != null && HEADLINES.stream().anyMatch(p -> p.matcher(headline).find())) {
            return true;
        }
        return body != null && shopPrices(body) >= SHOP_PRICES;
    }

    private static int shopPrices(String body) {
        Matcher m = SHOP_PRICE.matcher(body);
        int n = 0;
        while (n < SHOP_PRICES && m.find()) {
            n++;
        }
        return n;
    }

    private static Pattern headline(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
