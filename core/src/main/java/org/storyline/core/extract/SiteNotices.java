package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the boxes a site prints about itself whatever their markup is named: a cookie consent box and an appeal for
 * money ("Support our newsroom by contributing as little as $1", "Would you consider becoming a regular contributor?").
 * Sites name these boxes in words no list holds ("cli-support-huffpost", generated class names), but their sentences
 * say what they are. A box is the widest element around two or more such sentences that is at least half made of them
 * and does not hold the page's headline; a consent box must also hold a consent control (a check box, an "Allow all"
 * button), since an article about cookies holds none.
 */
final class SiteNotices {

    /** Sentences shorter than this are labels and buttons ("Accept all"), counted with the box, not what finds it. */
    private static final int MIN_SENTENCE_CHARS = 40;
    /** A box says what it is more than once: one sentence about giving or cookies is a story's own. */
    private static final int MIN_SENTENCES = 2;
    /** The share of a box's text the notice's sentences must make up. */
    private static final double MIN_SHARE = 0.5;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    private static final Pattern COOKIE = Pattern.compile("(?i)\\bcookies?\\b");
    private static final Pattern CONSENT_CONTEXT = Pattern.compile("(?i)\\b(?:consent|accept|preferences|opt[- ]out|browser"
            + "|personal (?:data|information)|privacy|necessary|tracking|settings|third[- ]part(?:y|ies)|advertis|analytics|visit"
            + "|website|control|einwilligung|kontroll"
            + "|datenschutz|zustimm|consentement|navigateur)");
    private static final Pattern CONSENT_BUTTON = Pattern.compile("(?i)\\b(?:accept|allow|agree|reject|decline|deny|save"
            + "|manage|settings|preferences|got it|ok|confirm|akzeptieren|zustimmen|ablehnen|einstellungen|accepter|refuser)");
    private static final ScreenedPattern APPEAL = ScreenedPattern.of(
            "(?i)\\b(?:contribut\\w*|donat\\w*|support\\w*|giv\\w+|chip in)\\b.{0,80}"
            + "\\bas little as\\s*(?:[$€£₹]|Rs\\.?|R\\$)\\s*\\d"
            + "|\\b(?:support|fund|donate to|contribute to)"
            + " (?:our|independent|quality|public[- ]interest|nonprofit|non-profit|free-thinking|fact-based)"
            + "(?: [\\w-]+){0,3} (?:journalism|newsroom|reporting|news)\\b|\\bsupport (?:reporting|journalism) like this\\b"
            + "|\\bwill you (?:support|help|join|consider|give|donate)\\b"
            + "|\\bsupport us (?:to|today|now|by|with|from)\\b|\\bwe need your (?:continued |ongoing )?support\\b"
            + "|\\bkeep (?:our )?(?:news|journalism|reporting) free\\b"
            + "|\\bwould you consider (?:becoming|making|giving|supporting|a (?:regular|monthly|one-time))\\b"
            + "|\\b(?:a small|one small) favou?r to ask\\b|\\bsupport us financially\\b"
            + "|\\bconsider supporting (?:our|us)\\b|\\bplease consider supporting\\b"
            + "|\\btax[- ]deductible (?:gift|donation|contribution)\\b"
            + "|\\byour (?:donation|contribution|gift|support) (?:will|helps?|allows?|makes?|ensures?)\\b"
            + "|\\bbecoming an? [\\w ]{0,20}(?:member|supporter)\\b|\\bbecome an? [\\w ]{0,20}(?:member|supporter)\\b(?! of)"
            + "|\\bsubscribe today for unlimited access\\b|\\bby subscribing,? you(?:'ll| will| can| are)? (?:help|support|get)\\b"
            + "|\\breasons? (?:why )?(?:not )?to support us\\b|\\breason why not to support\\b"
            + "|\\bevery (?:gift|donation|contribution)(?:, [\\w ]{1,20},)? (?:helps|counts|matters)\\b|[$€£]\\d+ pays for\\b"
            + "|\\byou(?:['’]d| would| might| will)? (?:[\\w-]+ ){0,2}consider (?:[\\w-]+ ){0,4}supporting\\b"
            + "|\\bhelp us (?:continue|keep going|stand up|fight)\\b"
            + "|\\bjoin (?:them|us)(?: today| now)? (?:from|for) (?:just |only )?(?:[$€£₹]|R\\$?|Rs\\.?)\\s?\\d");
    /**
     * What an appeal says of the news it pays for ("free for everyone", "behind paywalls"): such sentences count with an
     * appeal's own asks toward its share of a box, since a box that states its case at length is still the appeal, but
     * none finds a box alone, as a story about paywalls says as much.
     */
    private static final ScreenedPattern CAUSE = ScreenedPattern.of(
            "(?i)\\bfree (?:for|to) (?:everyone|all)\\b|\\bfreely (?:available|accessible)\\b"
            + "|\\bpaywalls?\\b|\\breaders like you\\b|\\b(?:your|a) (?:contribution|donation|gift)\\b"
            + "|\\bour mission\\b|\\bindependent source of funding\\b|\\bfree to (?:read|republish)\\b"
            + "|\\bthank you for (?:relying on us|reading|supporting)\\b|\\bquality journalism\\b"
            + "|\\bafford to pay for news\\b|\\bpay for (?:our )?journalism\\b"
            + "|\\bshare our (?:news|journalism|reporting|stories) for free\\b"
            + "|\\bwe rely on (?:our )?(?:members|readers|donors|supporters)\\b"
            + "|\\bopen for everyone to read\\b|\\bcontinue to read for free\\b"
            + "|\\breader[- ](?:funded|supported)\\b|\\bno (?:shareholders|billionaire owners?)\\b"
            + "|\\bkeeps? (?:[\\w-]+ ){0,2}journalism (?:independent|free|alive)\\b|\\bbecause of the support of\\b"
            + "|\\bwe['’]re a registered charity\\b|\\bwith your support,? we\\b");

    private SiteNotices() {
    }

    /**
     * The notice boxes under the root of {@code page}, listed as it is now. None holds an element of
     * {@code aroundHeadline}, and no appeal holds the page's run of story paragraphs ({@code aroundStory},
     * {@link ProseRun}): a short story and the appeal after it in one container are still a story.
     */
    static Set<Element> find(PageElements page, Set<Element> aroundHeadline, Set<Element> aroundStory) {
        Element root = page.root();
        Map<Element, long[]> tallies = new IdentityHashMap<>(); // characters, sentences and sentences that find a box, below
        Map<Element, Boolean> consentOf = new IdentityHashMap<>();
        for (TextNode text : page.texts()) {
            if (text.getWholeText().length() < MIN_SENTENCE_CHARS) {
                continue;
            }
            String whole = text.getWholeText();
            boolean mayFind = mayBeNotice(whole);
            boolean mayCount = mayGiveCause(whole);
            if (!mayFind && !mayCount) {
                continue;
            }
            String own = text.text();
            String lower = own.toLowerCase(Locale.ROOT);
            boolean consent = mayFind && COOKIE.matcher(own).find() && CONSENT_CONTEXT.matcher(own).find();
            boolean asks = mayFind && !consent && APPEAL.find(own, lower);
            if (!consent && !asks && !(mayCount && CAUSE.find(own, lower))) {
                continue;
            }
            int says = asks ? Math.max(1, appealingSentences(own)) : 1;
            for (Element up = text.parent(); up != null && up != root; up = up.parent()) {
                long[] tally = tallies.computeIfAbsent(up, k -> new long[3]);
                tally[0] += own.length();
                tally[1] += says;
                tally[2] += consent || asks ? 1 : 0;
                consentOf.merge(up, consent, Boolean::logicalOr);
            }
        }
        Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
        if (tallies.isEmpty()) {
            return boxes;
        }
        Map<Element, long[]> lengths = textLengths(root, tallies);
        for (var entry : tallies.entrySet()) {
            Element box = entry.getKey();
            Element parent = box.parent();
            if (isBox(box, entry.getValue(), lengths.get(box)[0], aroundHeadline, aroundStory, consentOf.get(box))
                    && !(parent != null && tallies.containsKey(parent) && isBox(parent, tallies.get(parent),
                    lengths.get(parent)[0], aroundHeadline, aroundStory, consentOf.get(parent)))) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /**
     * How many sentences of an appeal's paragraph ask or say why: one that asks and, in a sentence of its own, says why
     * says what it is twice.
     */
    private static int appealingSentences(String paragraph) {
        int n = 0;
        for (String sentence : SENTENCE_END.split(paragraph)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            n += APPEAL.find(sentence, lower) || CAUSE.find(sentence, lower) ? 1 : 0;
        }
        return n;
    }

    /**
     * The length of the text each element of {@code wanted} holds, whitespace runs counted once, in one walk of the page:
     * asking each element for its text costs the depth of the page again for every element.
     */
    private static Map<Element, long[]> textLengths(Element root, Map<Element, long[]> wanted) {
        Map<Element, long[]> lengths = new IdentityHashMap<>();
        for (Element e : wanted.keySet()) {
            lengths.put(e, new long[1]);
        }
        var open = new ArrayList<long[]>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && lengths.containsKey(e)) {
                    open.add(lengths.get(e));
                } else if (node instanceof TextNode t) {
                    long n = Words.visibleLength(t.getWholeText());
                    for (long[] length : open) {
                        length[0] += n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && lengths.containsKey(e)) {
                    open.remove(open.size() - 1);
                }
            }
        }, root);
        return lengths;
    }

    /**
     * A cheap look for words each pattern needs ("cookie", "as little as", "journalism", "news", "reporting", "consider",
     * "favour to ask", "us financially", "becoming a", "become a", "support us", "need your", "will you", "unlimited",
     * "deductible", "your donation", "every gift", "pays for", "help us", "join them", "join us").
     */
    private static boolean mayBeNotice(String sentence) {
        return sentence.contains("ookie") || sentence.contains("as little as") || sentence.contains("ournalism")
                || sentence.contains("ews") || sentence.contains("eporting") || sentence.contains("onsider")
                || sentence.contains("r to ask") || sentence.contains("us financially") || sentence.contains("ecoming a")
                || sentence.contains("ecome a") || sentence.contains("upport us") || sentence.contains("eed your")
                || sentence.contains("ill you")
                || sentence.contains("nlimited") || sentence.contains("eductible") || sentence.contains("our donation")
                || sentence.contains("our contribution") || sentence.contains("our gift")
                || sentence.contains("our support")
                || sentence.contains("very gift") || sentence.contains("very donation")
                || sentence.contains("very contribution") || sentence.contains("pays for") || sentence.contains("y subscribing")
                || sentence.contains("o support") || sentence.contains("elp us") || sentence.contains("oin them")
                || sentence.contains("oin us");
    }

    /**
     * A cheap look for a word {@link #CAUSE} needs, in either case at its start ("free", "paywall", "like you",
     * "contribution", "donation", "gift", "mission", "funding", "free to", "thank you", "journalism", "afford", "we rely on",
     * "reader-", "reader funded", "reader supported", "shareholders", "billionaire", "support of", "registered charity",
     * "your support,").
     */
    private static boolean mayGiveCause(String sentence) {
        return sentence.contains("ree") || sentence.contains("aywall") || sentence.contains("ike you")
                || sentence.contains("ontribution") || sentence.contains("onation") || sentence.contains("ift")
                || sentence.contains("ission") || sentence.contains("unding") || sentence.contains("ree to")
                || sentence.contains("hank you") || sentence.contains("ournalism") || sentence.contains("fford")
                || sentence.contains("e rely on") || sentence.contains("eader-") || sentence.contains("eader funded")
                || sentence.contains("eader supported") || sentence.contains("hareholders")
                || sentence.contains("illionaire") || sentence.contains("upport of") || sentence.contains("egistered charity")
                || sentence.contains("our support,");
    }

    private static boolean isBox(Element e, long[] tally, long textLength, Set<Element> aroundHeadline,
            Set<Element> aroundStory, boolean consent) {
        long chars = tally[0];
        long sentences = tally[1];
        if (tally[2] == 0) {
            return false;
        }
        if (aroundHeadline.contains(e) || e.normalName().equals("body") || e.normalName().equals("html")) {
            return false;
        }
        return sentences >= MIN_SENTENCES && chars >= MIN_SHARE * textLength
                && (consent ? holdsControl(e) : !aroundStory.contains(e));
    }

    /**
     * Whether {@code e} holds a consent control: a switch or check box for a kind of cookie, or a button that accepts,
     * rejects or saves ("Allow all", "Save settings"). An article's share buttons are none of these.
     */
    private static boolean holdsControl(Element e) {
        if (e.selectFirst("input[type=checkbox], [role=switch], [role=checkbox]") != null) {
            return true;
        }
        for (Element button : e.select("button, [role=button], input[type=button], input[type=submit]")) {
            String label = button.text().isEmpty() ? button.attr("value") : button.text();
            if (CONSENT_BUTTON.matcher(label).find()) {
                return true;
            }
        }
        return false;
    }
}
