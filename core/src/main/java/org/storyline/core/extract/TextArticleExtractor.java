package org.storyline.core.extract;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.core.model.Article;
import org.storyline.core.model.Credit;
import org.storyline.core.model.CreditRole;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.PublicationTime;
import org.storyline.core.model.RawDocument;

/**
 * Extracts an article from plain scraped text, the kind a copy from a news page gives: the site's
 * navigation, sign-up boxes, comment forms, licensing lines and author bios still in it, captions
 * printed once or twice. It keeps the body from the dateline or lead to the last paragraph before the
 * credits line and bios; recovers the headline when the text has one (never inventing one), the outlet
 * (dateline agency, sign-up or copyright text, then the container's hints and the URL's host), the
 * dateline place and date (the year taken from a full date elsewhere in the text), the credits by role,
 * the captions (each once, without photo credits) and the language. The container's hints fill in only
 * what the text does not say. Thread-safe.
 */
public final class TextArticleExtractor implements ArticleExtractor {

    private static final int BINARY_SAMPLE = 8192;

    private final OutletResolver outlets = OutletResolver.standard();
    private final CreditsParser creditsParser = CreditsParser.standard();
    private final DateParser dates = DateParser.standard();
    private final CaptionReader captionReader = CaptionReader.standard();
    private final Boilerplate boilerplate = Boilerplate.standard();
    private final LanguageGuesser languages = LanguageGuesser.standard();

    @Override
    public Article extract(RawDocument document) throws ExtractionException {
        String content = document.content();
        if (content.isBlank()) {
            throw new ExtractionException("empty document");
        }
        if (looksBinary(content)) {
            throw new ExtractionException("binary content, not text");
        }
        List<String> paragraphs = TextParagraphs.split(content).stream()
                .map(boilerplate::withoutTrailingLabels).toList();
        TextLayout layout = TextLayout.of(paragraphs);
        List<String> body = layout.body();
        if (body.isEmpty()) {
            throw new ExtractionException("no article text: only page furniture, captions or headlines");
        }
        DocumentHints hints = document.hints();
        List<String> captions = captions(layout);
        return new Article(
                document.id(),
                document.source(),
                outlet(layout, hints),
                hints.url(),
                title(layout, hints),
                credits(layout, hints),
                published(layout, captions, hints),
                place(layout, body, captions),
                body,
                captions,
                languages.guess(String.join(Article.PARAGRAPH_SEPARATOR, body)));
    }

    private static boolean looksBinary(String content) {
        int sample = Math.min(content.length(), BINARY_SAMPLE);
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            char c = content.charAt(i);
            if (c == '\ufffd' || c == 0 || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                odd++;
            }
        }
        return odd * 10 > sample;
    }

    private List<String> captions(TextLayout layout) {
        Map<String, String> captions = new LinkedHashMap<>();
        for (int i : layout.indexesOf(ParagraphKind.CAPTION)) {
            String caption = captionReader.withoutCredit(layout.paragraphs.get(i));
            if (!caption.isEmpty()) {
                captions.putIfAbsent(Words.squash(Boilerplate.fold(caption)), caption);
            }
        }
        return List.copyOf(captions.values());
    }

    /**
     * The headline: the last headline-like line above the byline or time stamp (above the body when
     * there is neither), or the first of the headline-like lines that run right up to it, since a
     * standfirst follows the headline directly.
     */
    private String title(TextLayout layout, DocumentHints hints) {
        int limit = layout.start < 0 ? layout.paragraphs.size() : layout.start;
        for (int i = 0; i < limit; i++) {
            if (layout.kinds[i] == ParagraphKind.BYLINE || layout.kinds[i] == ParagraphKind.DATE_STAMP) {
                limit = i;
                break;
            }
        }
        for (int i = limit - 1; i >= 0; i--) {
            if (isHeadline(layout, i)) {
                while (i > 0 && isHeadline(layout, i - 1)) {
                    i--;
                }
                return layout.paragraphs.get(i);
            }
        }
        return hints.title() == null || hints.title().isBlank() ? null : hints.title().strip();
    }

    private static boolean isHeadline(TextLayout layout, int i) {
        return layout.kinds[i] == ParagraphKind.TEXT && Headline.isHeadlineLike(layout.paragraphs.get(i));
    }

    private Outlet outlet(TextLayout layout, DocumentHints hints) {
        if (layout.dateline != null && layout.dateline.outlet() != null) {
            return outlets.byName(layout.dateline.outlet());
        }
        for (int i = 0; i < layout.kinds.length; i++) {
            ParagraphKind kind = layout.kinds[i];
            if (kind == ParagraphKind.BOILERPLATE || kind == ParagraphKind.TAIL || kind == ParagraphKind.DATE_STAMP) {
                Outlet named = outlets.inText(layout.paragraphs.get(i));
                if (named != null) {
                    return withSiteDomain(named, hints);
                }
            }
        }
        Outlet hinted = outlets.byName(hints.outlet());
        return hinted != null ? withSiteDomain(hinted, hints) : outlets.fromUrl(hints.url());
    }

    /** The page's own furniture and its container name the site the URL points to, so they share its domain. */
    private Outlet withSiteDomain(Outlet outlet, DocumentHints hints) {
        Outlet site = outlet.domain() == null ? outlets.fromUrl(hints.url()) : null;
        return site == null ? outlet : new Outlet(outlet.name(), site.domain());
    }

    private List<Credit> credits(TextLayout layout, DocumentHints hints) {
        Set<Credit> credits = new LinkedHashSet<>();
        for (int i = 0; i < layout.kinds.length; i++) {
            if (layout.kinds[i] == ParagraphKind.BYLINE && (layout.end < 0 || i <= layout.end)) {
                List<Credit> byline = creditsParser.parseByline(layout.paragraphs.get(i));
                credits.addAll(byline.isEmpty() ? creditsParser.parseNames(layout.paragraphs.get(i)) : byline);
            } else if (layout.kinds[i] == ParagraphKind.CREDITS) {
                credits.addAll(creditsParser.parseCreditsLine(layout.paragraphs.get(i)));
            }
        }
        for (String subject : layout.bioSubjects) {
            if (!isCredited(subject, credits)) {
                credits.add(new Credit(subject, CreditRole.BYLINE, null));
            }
        }
        if (credits.isEmpty()) {
            hints.authors().stream().filter(a -> a != null && !a.isBlank())
                    .forEach(a -> credits.add(new Credit(a.strip(), CreditRole.BYLINE, null)));
        }
        return List.copyOf(credits);
    }

    /** A bio of "Jane" or "Jane Roe" adds nobody when the credits already name Jane Roe. */
    private static boolean isCredited(String subject, Set<Credit> credits) {
        String bio = subject.toLowerCase(Locale.ROOT);
        for (Credit credit : credits) {
            String name = credit.name().toLowerCase(Locale.ROOT);
            if (name.equals(bio) || name.startsWith(bio + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dateline's date (its year from a time stamp line, the hints or a caption's full date), else a time stamp line, else the hints, else the date a caption gives for its photo.
     */
    private PublicationTime published(TextLayout layout, List<String> captions, DocumentHints hints) {
        List<Integer> stamps = layout.indexesOf(ParagraphKind.DATE_STAMP);
        PublicationTime stamp = stamps.isEmpty() ? null : dates.parse(layout.paragraphs.get(stamps.get(0)));
        PublicationTime hinted = dates.parse(hints.published());
        PublicationTime pictured = null;
        for (String caption : captions) {
            pictured = dates.parse(caption);
            if (pictured != null) {
                break;
            }
        }
        if (layout.dateline != null && layout.dateline.date() != null) {
            LocalDate reference = stamp != null ? stamp.date()
                    : hinted != null ? hinted.date() : pictured != null ? pictured.date() : null;
            PublicationTime dated = dates.parse(layout.dateline.date(), reference);
            if (dated != null) {
                // The same day with a time of day is the better answer.
                for (PublicationTime timed : new PublicationTime[] {stamp, hinted}) {
                    if (timed != null && timed.date().equals(dated.date())) {
                        return timed;
                    }
                }
                return dated;
            }
        }
        PublicationTime found = stamp != null ? stamp : hinted != null ? hinted : pictured;
        // Scraped text often lost its date line while its URL kept the day (/2013/may/03/).
        return found != null ? found : UrlDates.find(hints.url());
    }

    private static String place(TextLayout layout, List<String> body, List<String> captions) {
        if (layout.dateline != null && layout.dateline.place() != null) {
            return layout.dateline.place();
        }
        return LeadPlace.standard().find(body.get(0), captions);
    }
}
