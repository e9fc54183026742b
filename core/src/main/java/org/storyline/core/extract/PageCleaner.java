package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes what can never be article text before the content is scored: code, forms' controls, embedded media,
 * navigation and asides by their tag (but an aside that is a table of data among the story's paragraphs,
 * {@link DataRows#tableAmong}), hidden elements, the site's consent boxes and appeals ({@link SiteNotices}), a
 * sportsbook's boxes of odds ({@link WageringBoxes}), and elements whose class or id names page furniture
 * ({@link ClassHints}). An element that the page itself marks as the article ({@code <article>}, {@code <main>},
 * {@code itemprop=articleBody}) or that holds one is kept, and so is one holding the page's longest run of story
 * paragraphs ({@link ProseRun}) whatever its class says.
 */
final class PageCleaner {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "video", "audio", "map", "input", "button", "select", "textarea", "option", "dialog", "link", "meta",
            "nav", "aside", "footer", "header", "menu");
    private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "article", "main");
    /** Blocks the reader's {@link BlockReader#BLOCK_TAGS} never meets, as the cleaner removes them all. */
    private static final Set<String> LINE_BREAKING = Set.of("nav", "aside", "menu", "dialog");
    /** The elements a block of plain text holds: paragraphs, breaks and inline emphasis. */
    private static final Set<String> PHRASING = Set.of("p", "br", "span", "em", "strong", "i", "b");
    /** Section headings: every heading but the page's title. */
    static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    private PageCleaner() {
    }

    /**
     * A class word alone never removes an element holding more than this share of the page's text:
     * sites name whole layouts "layout--sidebar" or "widget-area", and no sign-up box or share bar is
     * half a page. Beside a short article, though, a sidebar can be: the share is not asked of an element that lies
     * apart from the headline ({@link #apartFromHeadline}).
     */
    private static final double MAX_FURNITURE_SHARE = 0.4;
    /** A slideshow shows one slide and hides at least two. */
    private static final int MIN_SLIDES = 3;
    /**
     * The buttons that unfold the rest of a story a page shows cut short ("Story continues", "Read more"), folded as
     * {@link BodyAssembler#fold} folds.
     */
    private static final Set<String> UNFOLDING = Set.of("story continues", "continue reading", "read more",
            "read full article", "read the full article", "show more", "show full article", "expand article", "weiterlesen",
            "artikel weiterlesen", "lire la suite", "leer más", "seguir leyendo", "continua a leggere", "leia mais",
            "continuar lendo", "continuar a ler", "continue a ler", "continuar leyendo", "leggi tutto", "lees verder",
            "lees meer", "läs mer", "les mer", "læs mere", "czytaj dalej");
    /** The paragraphs a folded-away part must hold to be the story's rest, not a button's note. */
    private static final int MIN_FOLDED_PARAGRAPHS = 2;
    /** The paragraphs of an {@code <article>} that marks a story, not a teaser's card. */
    private static final int MIN_STORY_PARAGRAPHS = 3;
    /** Parsed once: asked of every element the cleaner would remove. */
    private static final Evaluator ARTICLE_PARTS = QueryParser.parse("article, main, [itemprop=articleBody]");

    /** Removes the furniture from {@code root} in place. */
    static void clean(Element root) {
        clean(PageElements.of(root), Set.of());
    }

    /**
     * Removes the furniture from the root of {@code page}, listed as it is now, in place but for the elements in
     * {@code kept}, whatever they say.
     */
    static void clean(PageElements page, Set<Element> kept) {
        Element root = page.root();
        long pageChars = textChars(page);
        Set<Element> aroundStory = ProseRun.around(page);
        Set<Element> aroundHeadline = aroundHeadline(page);
        Set<Element> playerFrames = PlayerFrames.around(page);
        Set<Element> notices = SiteNotices.find(page, aroundHeadline, aroundStory);
        Set<Element> unfolded = foldedAway(page);
        Set<Element> wagering = WageringBoxes.find(page, aroundHeadline, aroundStory);
        // A filter, not a visitor: a removed element's subtree is never looked at.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                boolean doomed = node instanceof Comment
                        || node instanceof Element e && node != root
                        && !kept.contains(e) && !unfolded.contains(e)
                        && (playerFrames.contains(e) || notices.contains(e) || wagering.contains(e)
                        || removable(e, pageChars, aroundStory, aroundHeadline));
                if (doomed && node instanceof Element e) {
                    Element heading = EntryHeaders.heading(e);
                    if (heading != null) {
                        e.before(heading);
                    }
                    keepTheLineBreak(e);
                }
                return doomed ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, root);
    }

    /**
     * Removes from {@code root} only what holds no text a reader sees: the tags that never do, hidden elements, comment
     * threads, and the consent boxes and appeals {@link SiteNotices} finds by what they say. Class words are left alone,
     * and so are {@code <noscript>}, which prints the page for readers without scripts, and an {@code <aside>} holding the
     * page's article: the first reading of a page for {@link SecondReading}.
     */
    static void strip(Element root) {
        PageElements page = PageElements.of(root);
        long pageChars = textChars(page);
        Set<Element> notices = SiteNotices.find(page, aroundHeadline(page), ProseRun.around(page));
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                boolean doomed = node instanceof Comment || node instanceof Element e && node != root
                        && (notices.contains(e) || unread(e, pageChars));
                if (doomed && node instanceof Element e) {
                    keepTheLineBreak(e);
                }
                return doomed ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, root);
    }

    /**
     * Leaves a {@code <br>} where {@code e}, a block about to go, stands between two runs of inline text: a browser sets
     * the runs on lines of their own ("Advertisement", an ad's slot, "Article continues below this ad"; a story's bare
     * text on both sides of a box), and without the break they would read as one line. A hidden block sets no line.
     */
    private static void keepTheLineBreak(Element e) {
        if ((BlockReader.BLOCK_TAGS.contains(e.normalName()) || LINE_BREAKING.contains(e.normalName())) && !hidden(e)
                && isInline(inkedSibling(e, -1)) && isInline(inkedSibling(e, 1))) {
            e.before(new Element("br"));
        }
    }

    /** The nearest sibling of {@code e} before ({@code -1}) or after it that is not blank text; null when none. */
    private static Node inkedSibling(Element e, int direction) {
        Node n = direction < 0 ? e.previousSibling() : e.nextSibling();
        while (n instanceof TextNode t && t.isBlank()) {
            n = direction < 0 ? n.previousSibling() : n.nextSibling();
        }
        return n;
    }

    private static boolean isInline(Node n) {
        return n instanceof TextNode || n instanceof Element e && !BlockReader.BLOCK_TAGS.contains(e.normalName())
                && !LINE_BREAKING.contains(e.normalName()) && !e.normalName().equals("br");
    }

    /** Whether {@code e} holds no text a reader sees, by its tag, its style or its being a comment thread. */
    private static boolean unread(Element e, long pageChars) {
        return (NEVER_TEXT.contains(e.normalName()) || hidden(e) || isDiscussion(e))
                && !e.normalName().equals("noscript") && !(e.normalName().equals("aside") && holdsArticle(e))
                && removable(e, pageChars, Set.of(), Set.of());
    }

    private static boolean removable(Element e, long pageChars, Set<Element> aroundStory, Set<Element> aroundHeadline) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            if (tag.equals("aside")) {
                return !DataRows.tableAmong(e, aroundStory);
            }
            return !(tag.equals("header") || tag.equals("footer")) || !holdsArticle(e) && !tellsTheStory(e);
        }
        if (hidden(e)) {
            return !heldBack(e) && !hiddenSlide(e);
        }
        if (NEVER_REMOVED.contains(tag) || isArticleBody(e)) {
            return false;
        }
        if (EmbeddedPosts.isEmbeddedPost(e) || isChoice(e)) {
            return true;
        }
        if (isReplyForm(e)) {
            return !aroundStory.contains(e) && !aroundHeadline.contains(e) && !holdsArticle(e)
                    && textChars(e) <= MAX_FURNITURE_SHARE * pageChars;
        }
        List<String> names = ClassHints.tokens(e);
        if (ClassHints.discussion(names)) {
            return !isItemNote(e) && !namedLikeTheStory(e, names, pageChars)
                    && e.selectFirst("main, [itemprop=articleBody]") == null
                    && (textChars(e) <= MAX_FURNITURE_SHARE * pageChars || besideTheMarkedStory(e));
        }
        return ClassHints.boilerplate(e, names) && !ClassHints.content(names) && !namedLikeTheStory(e, names, pageChars)
                && !DataRows.holds(e) && !holdsArticle(e)
                && (textChars(e) <= MAX_FURNITURE_SHARE * pageChars || apartFromHeadline(e, aroundHeadline))
                && !aroundStory.contains(e) && !subheading(e, aroundStory, aroundHeadline);
    }

    /**
     * Whether a {@code <header>} inside an {@code <article>} holds the story's paragraphs (three of 100 characters or more,
     * few links): a theme that names each text block of a story its "description" sets it in a header of its own.
     */
    private static boolean tellsTheStory(Element e) {
        if (!e.normalName().equals("header") || e.closest("article") == null) {
            return false;
        }
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            String text = p.text();
            paragraphs += text.length() >= ProseRun.MIN_PARAGRAPH_CHARS && p.select("a").text().length() * 5 < text.length() ? 1 : 0;
        }
        return paragraphs >= 3;
    }

    /**
     * Whether {@code e} holds only a subheading, no link: a content system (TYPO3) sets each part's heading in a wrapper of
     * its own ("frame-type-header") among the story's parts; a site's banner holds its logo and links, a teaser's header
     * its link.
     */
    private static boolean headsAPart(Element e) {
        if (e.childrenSize() > 1 || e.selectFirst("a[href]") != null) {
            return false;
        }
        Element heading = e.selectFirst("h2, h3, h4, h5, h6");
        return heading != null && e.getElementsByTag("h1").isEmpty() && heading.text().equals(e.text());
    }

    /**
     * Whether {@code e} is a form to write in ({@code <form>} around a {@code <textarea>}): a reply under the story, a
     * letter to the desk. Its labels ("Who are you?", "Leave a reply") are what is left of it once its fields go. A page
     * that sets everything in one form (ASP.NET) holds the story and the headline in it, and the form stays.
     */
    private static boolean isReplyForm(Element e) {
        return e.normalName().equals("form") && e.selectFirst("textarea") != null;
    }

    /** Whether {@code e} is the label of a choice in a poll or a form (a radio button's or a check box's), no line of text. */
    private static boolean isChoice(Element e) {
        return e.normalName().equals("label") && e.selectFirst("input[type=radio], input[type=checkbox]") != null;
    }

    /**
     * Whether {@code e} is a heading among the story's own paragraphs, over one of them: list articles head each item
     * with one, and page builders name heading styles "header" or "title" as they name the page's banner. A wrapper of a
     * subheading alone ({@link #headsAPart}) over a part holding a story paragraph is one too, beside the story's
     * paragraphs or the headline's wrapper.
     */
    private static boolean subheading(Element e, Set<Element> aroundStory, Set<Element> aroundHeadline) {
        Element next = e.nextElementSibling();
        if (SECTION_HEADINGS.contains(e.normalName())) {
            return aroundStory.contains(e.parent()) && next != null && next.normalName().equals("p")
                    && next.text().length() >= ProseRun.MIN_PARAGRAPH_CHARS;
        }
        if (next == null || !aroundStory.contains(e.parent()) && !aroundHeadline.contains(e.parent()) || !headsAPart(e)) {
            return false;
        }
        Element paragraph = next.selectFirst("p");
        return paragraph != null && paragraph.text().length() >= ProseRun.MIN_PARAGRAPH_CHARS;
    }

    /**
     * The elements that hold the page's one {@code <h1>}, read before anything is removed (the header around it goes
     * first); empty when the page has no {@code <h1>} or several.
     */
    private static Set<Element> aroundHeadline(PageElements page) {
        var h1s = new ArrayList<>(page.byTag("h1"));
        if (h1s.size() > 1) {
            h1s.removeIf(PageCleaner::namesTheSite);
        }
        if (h1s.size() != 1) {
            return Set.of();
        }
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = h1s.get(0); e != null; e = e.parent()) {
            around.add(e);
        }
        return around;
    }

    /**
     * Whether an {@code <h1>} is the site's name over its logo, a link to the home page ("/"), which many themes print
     * beside the story's own headline.
     */
    private static boolean namesTheSite(Element h1) {
        Element link = h1.closest("a[href]");
        if (link == null) {
            link = h1.selectFirst("a[href]");
            if (link == null || link.text().length() < h1.text().length()) {
                return false;
            }
        }
        String href = link.attr("href");
        int host = href.indexOf("//");
        String path = host < 0 ? href : href.indexOf('/', host + 2) < 0 ? "" : href.substring(href.indexOf('/', host + 2));
        return path.isEmpty() || path.equals("/");
    }

    /**
     * Whether {@code e} lies apart from the page's headline: it does not hold it, and no {@code <article>} or {@code <main>}
     * around it holds it. A sidebar or a box of other posts beside a short article can outweigh the article and is still
     * no part of it; a gallery's slides inside the article that carries the headline are the article's.
     */
    private static boolean apartFromHeadline(Element e, Set<Element> aroundHeadline) {
        if (aroundHeadline.isEmpty() || aroundHeadline.contains(e)) {
            return false;
        }
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if ((up.normalName().equals("article") || up.normalName().equals("main")) && aroundHeadline.contains(up)) {
                return false;
            }
        }
        return true;
    }

    /** Characters of text below the element, whitespace included; cheaper than building the text. */
    /** {@link #textChars(Element)} of a listed root, read from its list of text nodes. */
    private static long textChars(PageElements page) {
        long n = 0;
        for (TextNode t : page.texts()) {
            n += t.getWholeText().length();
        }
        return n;
    }

    static long textChars(Element e) {
        long[] n = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                n[0] += t.getWholeText().length();
            }
        }, e);
        return n[0];
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("body")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /**
     * Whether a hidden element is the rest of a paywalled story: paragraphs hidden by an inline style inside
     * the element the page marks as the article body, which a script shows to subscribers. The text is the
     * article's; other hidden furniture (menus, dialogs) is hidden by attribute or outside the body.
     */
    private static boolean heldBack(Element e) {
        if (e.hasAttr("hidden") || e.hasAttr("aria-hidden") || e.selectFirst("p") == null) {
            return false;
        }
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (isArticleBody(up)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hidden elements of {@code page} that are the rest of a story a button right before each unfolds ("Story
     * continues", then the story's other paragraphs hidden by an inline style until a reader presses it). The text is the
     * story's; a hidden menu or dialog follows no such button. Found before the cleaner takes the buttons.
     */
    private static Set<Element> foldedAway(PageElements page) {
        Set<Element> folded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String tag : List.of("button", "a")) {
            for (Element button : page.byTag(tag)) {
                Element rest = nextAfterButton(button);
                if (rest != null && hidden(rest) && UNFOLDING.contains(BodyAssembler.fold(button.text()))
                        && rest.select("p").size() >= MIN_FOLDED_PARAGRAPHS) {
                    folded.add(rest);
                }
            }
        }
        return folded;
    }

    /**
     * The element after {@code button}, or after the wrapper it sits alone in ("read-more-wrapper" around the button, the
     * story's rest beside the wrapper).
     */
    private static Element nextAfterButton(Element button) {
        Element at = button;
        Element parent = at.parent();
        if (at.nextElementSibling() == null && at.previousElementSibling() == null && parent != null
                && parent.ownText().isBlank()) {
            at = parent;
        }
        return at.nextElementSibling();
    }

    /**
     * Whether a hidden element is a slide of a slideshow the page tells a story in ("Ten things to do this winter", one
     * item a slide): it holds a paragraph, and so do a visible element of its tag and first class word beside it (the
     * slide on show) and at least one more hidden one. A script shows the rest one at a time; the text is the story's. A
     * form's hidden message ("Thank you for subscribing") is one such element, not a run of slides.
     */
    private static boolean hiddenSlide(Element e) {
        Element parent = e.parent();
        if (parent == null || e.classNames().isEmpty() || e.selectFirst("p") == null) {
            return false;
        }
        String kind = e.classNames().iterator().next();
        int shown = 0;
        int slides = 0;
        for (Element sibling : parent.children()) {
            if (sibling.normalName().equals(e.normalName()) && !sibling.classNames().isEmpty()
                    && sibling.classNames().iterator().next().equals(kind) && sibling.selectFirst("p") != null) {
                slides++;
                shown += hidden(sibling) ? 0 : 1;
            }
        }
        return shown > 0 && slides >= MIN_SLIDES;
    }

    /**
     * Whether {@code e}'s class names the readers' comments, and it is not one item's note: a gallery or a list may
     * call the editor's words under each picture its "comment" ("gallery-item__comment"), a single block of plain
     * text, no link, in an item with a picture among items like it. A reader's comment sits in a thread whose
     * container says so too. Whether its class names the story that holds it ({@link #namedLikeTheStory}) is asked by
     * {@link #removable}, which every such element passes too.
     */
    /**
     * Whether {@code e} lies outside the {@code <article>} the page marks its story with, one of several paragraphs (a
     * teaser's card holds one): a readers' forum under a short story may hold more of the page's text than the story,
     * and is still no part of it.
     */
    private static boolean besideTheMarkedStory(Element e) {
        Document page = e.ownerDocument();
        if (page == null || e.closest("article") != null || e.selectFirst("article") != null) {
            return false;
        }
        for (Element article : page.getElementsByTag("article")) {
            if (article.getElementsByTag("p").size() >= MIN_STORY_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDiscussion(Element e) {
        return ClassHints.discussion(e) && !isItemNote(e);
    }

    /**
     * Whether {@code e}'s furniture words name the story that holds it: a page that calls its kind of story a newsletter
     * ("Newsletter_story") names the story's sections after it ("NewsletterItem_item"). Only a word for what may be a
     * story of its own (a newsletter, a comment) names one; a page builder's "widget" is every box's. The story holds much
     * of the page; a comment ("comment-body") that names its parts so does not.
     */
    private static boolean namedLikeTheStory(Element e, List<String> names, long pageChars) {
        List<String> words = ClassHints.furnitureWords(names);
        if (!ClassHints.discussion(words)) {
            return false;
        }
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.attributesSize() > 0 && ClassHints.namesAStoryWith(a, words)
                    && textChars(a) > MAX_FURNITURE_SHARE * pageChars) {
                return true;
            }
        }
        return false;
    }

    private static boolean isItemNote(Element e) {
        Element item = e.parent();
        if (item == null || item.parent() == null || e.selectFirst("a, img, time, button, form") != null
                || item.selectFirst("img, picture, video") == null || e.ownText().isBlank() && e.selectFirst("p") == null) {
            return false;
        }
        for (Element d : e.getAllElements()) {
            if (d != e && !PHRASING.contains(d.normalName())) {
                return false;
            }
        }
        for (Element other : item.parent().children()) {
            if (other != item && ElementKind.same(other, item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArticleBody(Element e) {
        return "articleBody".equalsIgnoreCase(e.attr("itemprop"));
    }

    private static boolean holdsArticle(Element e) {
        return e.selectFirst(ARTICLE_PARTS) != null;
    }
}
