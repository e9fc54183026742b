package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.storyline.core.model.Article;
import org.storyline.core.model.Credit;
import org.storyline.core.model.CreditRole;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.PublicationTime;
import org.storyline.core.model.RawDocument;

/**
 * Extracts the article from an HTML page: the main text (chosen by {@link ContentScorer} after
 * {@link PageCleaner} has removed the page's furniture), captions apart from the body, and the
 * metadata the page states (JSON-LD, meta tags, visible byline), falling back on the document's
 * {@link DocumentHints}. Thread-safe: it holds no mutable state.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    /** Below this many characters of body the page holds no article (a JS shell, a cookie wall, an index). */
    private static final int MIN_BODY_CHARS = 1;
    /**
     * Below this many characters of body the page is read a second time ({@link SecondReading}): the furniture rules
     * emptied it, and a page's story is never lost to them.
     */
    private static final int THIN_BODY_CHARS = 250;
    /**
     * The second reading must hold what the first one found (a short post is not given up for a sidebar), unless that
     * was under this many characters, a stray line ("Archive", "2 ratings"), or only the summaries of teaser cards: no
     * story either.
     */
    private static final int STRAY_LINE_CHARS = 100;
    private final ContentScorer scorer = new ContentScorer(1.0);

    @Override
    public Article extract(RawDocument document) throws ExtractionException {
        DocumentHints hints = document.hints();
        Document page = Jsoup.parse(document.content(), hints.url() == null ? "" : hints.url());
        // The page's readers share one listing of its elements until the body is cleaned.
        PageElements elements = PageElements.of(page);
        PageFacts jsonLd = JsonLdMetadata.read(elements);
        PageFacts meta = MetaTags.read(elements);
        List<String> byline = BylineFinder.find(elements);
        String url = firstNonNull(hints.url(), meta.url(), jsonLd.url());
        List<String> ownUrls = Arrays.asList(hints.url(), meta.url(), jsonLd.url());
        PageHosts.note(page, ownUrls);
        PublicationTime published = PublicationDates.choose(elements, jsonLd, meta, hints, url);

        Outlet hostOutlet = OutletResolver.standard().fromUrl(url);
        String domain = hostOutlet == null ? null : hostOutlet.domain();
        String siteName = clean(firstNonNull(meta.siteName(), jsonLd.siteName(), hints.outlet()));
        String title = HeadlineChooser.choose(elements, firstNonNull(clean(jsonLd.title()), clean(meta.title())),
                clean(hints.title()), siteName, domain);

        List<String> hydration = HydratedStory.data(elements);
        Element body = page.body();
        PageElements bodyElements = elements.under(body);
        List<String> standfirst = Standfirst.find(elements, bodyElements, title);
        List<String> ownTitles = Arrays.asList(clean(jsonLd.title()), clean(meta.title()), title);
        Element ownEntry = OwnEntry.find(bodyElements, ownUrls, ownTitles);
        BodyAssembler.Body text = story(body, title, ownEntry, listed -> PageCleaner.clean(listed, Set.of()));
        if (!standfirst.isEmpty() && ownEntry != null && text.container() == ownEntry
                && !ownEntry.text().contains(standfirst.get(0))) {
            standfirst = List.of();
        }
        if (length(text.paragraphs()) < THIN_BODY_CHARS) {
            Document reparsed = Jsoup.parse(document.content(), page.location());
            PageHosts.note(reparsed, ownUrls);
            Element again = reparsed.body();
            Set<Element> holders = SecondReading.aroundStory(again);
            BodyAssembler.Body second = story(again, title, OwnEntry.find(PageElements.of(again), ownUrls, ownTitles),
                    listed -> PageCleaner.clean(listed, holders));
            int found = length(second.paragraphs());
            if (found >= THIN_BODY_CHARS && found > 2 * length(text.paragraphs())
                    && (length(text.paragraphs()) < STRAY_LINE_CHARS || second.paragraphs().containsAll(text.paragraphs())
                            || TeaserCards.onlySummaries(BlockReader.read(body), text.paragraphs()))) {
                text = second;
            }
        }
        List<String> paragraphs = DeclaredBody.trimmed(text.paragraphs(), jsonLd.articleBody());
        if (jsonLd.articleBody() != null && jsonLd.articleBody().length() > 2 * length(paragraphs)) {
            paragraphs = split(jsonLd.articleBody());
        }
        paragraphs = HydratedStory.story(hydration, paragraphs);
        paragraphs = withoutSiteName(paragraphs, siteName);
        if (!standfirst.isEmpty() && !paragraphs.isEmpty() && Collections.disjoint(paragraphs, standfirst)) {
            paragraphs = new ArrayList<>(paragraphs);
            paragraphs.addAll(0, standfirst);
        }
        Outlet outlet = outlet(siteName, hostOutlet);
        List<Credit> credits = credits(jsonLd, meta, byline, hints, outlet);
        paragraphs = AuthorLines.without(paragraphs, credits.stream().map(Credit::name).toList());
        if (length(paragraphs) < MIN_BODY_CHARS) {
            throw new ExtractionException(withoutText(page));
        }
        DatelineReader.Dateline dateline = DatelineReader.standard().read(paragraphs.get(0));
        return new Article(document.id(), document.source(), outlet, url, title,
                credits, published, dateline == null ? null : dateline.place(),
                paragraphs, text.captions(), language(jsonLd, meta, paragraphs));
    }

    /** Why a page yields no text: a frameset's text lies in the pages its frames load, which a reader must fetch. */
    private static String withoutText(Document page) {
        var frames = new ArrayList<String>();
        for (Element frame : page.select("frameset frame[src]")) {
            frames.add(frame.attr("src"));
        }
        if (frames.isEmpty()) {
            return "no article text in the HTML page";
        }
        return "no article text in the HTML page: a frameset whose text is in the pages its frames load ("
                + String.join(", ", frames.subList(0, Math.min(3, frames.size()))) + ")";
    }

    /**
     * The body read from {@code body} once {@code cleaner} has taken what it holds for furniture; {@code ownEntry}, the
     * page's own entry among others ({@link OwnEntry}), or null.
     */
    private BodyAssembler.Body story(Element body, String title, Element ownEntry, Consumer<PageElements> cleaner) {
        // Listed once for the readers of the body up to the cleaner, which changes it, and again where a repair did.
        PageElements listed = PageElements.of(body);
        if (LeftOpenLinks.repair(listed)) {
            listed = PageElements.of(body);
        }
        Set<Element> headed = FollowingStories.headed(listed);
        Set<Element> datedTwins = DatedTwins.find(headed);
        Set<Element> bylined = BylinedHeadings.find(listed);
        cleaner.accept(listed);
        List<TextBlock> blocks = BlockReader.read(body);
        Element chosen = OwnEntry.narrowed(scorer.choose(body, blocks, headed, datedTwins), ownEntry, blocks);
        return BodyAssembler.assemble(chosen, blocks, title, bylined);
    }

    /**
     * The article's credits: its authors as the page's JSON-LD, meta tags, byline or the caller names them. The page's own
     * outlet named beside a person ("Evan Orris, NBA.com") is the outlet, not a second author.
     */
    private static List<Credit> credits(PageFacts jsonLd, PageFacts meta, List<String> byline, DocumentHints hints,
            Outlet outlet) {
        List<String> names = !jsonLd.authors().isEmpty() ? jsonLd.authors()
                : !meta.authors().isEmpty() ? meta.authors()
                : !byline.isEmpty() ? byline : hints.authors();
        var unique = new LinkedHashSet<String>();
        for (String name : names) {
            for (String part : BylineFinder.split(clean(name) == null ? "" : clean(name))) {
                unique.add(part);
            }
        }
        if (outlet != null && unique.stream().anyMatch(name -> !isOutlet(name, outlet))) {
            unique.removeIf(name -> isOutlet(name, outlet));
        }
        var credits = new ArrayList<Credit>();
        for (String name : unique) {
            credits.add(new Credit(name, CreditRole.BYLINE, null));
        }
        return credits;
    }

    private static boolean isOutlet(String name, Outlet outlet) {
        String key = BodyAssembler.fold(name);
        return outlet.name() != null && key.equals(BodyAssembler.fold(outlet.name()))
                || outlet.domain() != null && key.equals(BodyAssembler.fold(outlet.domain()));
    }

    /**
     * {@code paragraphs} without a line that only names the site ("Des Moines Register"): the outlet's name a byline box
     * prints beside the writer's, or a logo's text, is no line of the story. A name set in capitals is a label of the
     * story's own (a review's verdict box headed "WIRED", a release's table headed with the company's name) and stays.
     */
    private static List<String> withoutSiteName(List<String> paragraphs, String siteName) {
        String name = siteName == null ? "" : BodyAssembler.fold(siteName);
        if (name.isEmpty()) {
            return paragraphs;
        }
        return paragraphs.stream()
                .filter(p -> !BodyAssembler.fold(p).equals(name) || p.equals(p.toUpperCase(Locale.ROOT)))
                .toList();
    }

    private static Outlet outlet(String siteName, Outlet hostOutlet) {
        if (siteName != null) {
            return new Outlet(siteName, hostOutlet == null ? null : hostOutlet.domain());
        }
        return hostOutlet;
    }

    /** What the page declares, else a guess from the body's words. */
    private static String language(PageFacts jsonLd, PageFacts meta, List<String> paragraphs) {
        String lang = firstNonNull(meta.language(), jsonLd.language());
        String code = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (code.length() == 2 || code.length() == 3) {
            return code;
        }
        return LanguageGuesser.standard().guess(String.join("\n", paragraphs));
    }

    /** The paragraphs of a JSON-LD {@code articleBody}: plain text with line breaks, or an HTML fragment. */
    private static List<String> split(String articleBody) {
        var paragraphs = new ArrayList<String>();
        if (articleBody.contains("</")) {
            for (TextBlock block : BlockReader.read(Jsoup.parseBodyFragment(articleBody).body())) {
                paragraphs.add(block.text());
            }
            return paragraphs;
        }
        for (String p : articleBody.split("\\s*\\n\\s*")) {
            String c = clean(p);
            if (c != null) {
                paragraphs.add(c);
            }
        }
        return paragraphs;
    }

    /** Entities decoded (JSON-LD and meta values often carry them), whitespace collapsed; blank is null. */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        t = t.replaceAll("[\\s\\u00a0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
