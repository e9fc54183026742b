package org.storyline.core.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The frames around embedded players. A video or a tweet inside a story comes in a box that prints the clip's title
 * ("Why the deal fell through"), a "Watch" label or a duration beside the player; the player goes with the page's
 * other media, and its box's short text would read as a line of the story. The frame is the widest element around a
 * player that holds no paragraph and no more than a title's worth of text, or only a title over a line describing the
 * clip; a short line ending with a colon just before it ("WATCH | The trailer:") announces the player and goes with it.
 * A gallery embedded in the story is a player of pictures that a script fills: a box a class names a gallery or
 * slideshow that titles it over a line describing it (and a credit) is framed the same way, with the widest element
 * around it that fits; a gallery whose slides tell the story holds more than that, and a slide's bare title stays.
 */
final class PlayerFrames {

    /** Player tags, and the attribute Brightcove's and other players put on the element a script turns into one. */
    private static final Evaluator PLAYERS =
            QueryParser.parse("video, audio, iframe, embed, object, [data-video-id], [aria-label~=(?i)^video player$]");
    private static final Set<String> MEDIA = Set.of("video", "audio", "iframe", "embed", "object");
    /** The first word of a button that plays a clip, in the languages of the sites read most. */
    private static final List<String> PLAY_WORDS = List.of("play", "listen", "abspielen", "anhören", "wiedergeben",
            "écouter", "ecouter", "reproducir", "escuchar", "ouvir", "ascolta", "riproduci", "afspil", "lyt", "hør",
            "spill av", "lytt", "spela upp", "lyssna", "kuuntele", "toista", "afspelen", "luister", "beluister",
            "odtwórz", "słuchaj", "přehrát", "poslechnout", "재생", "再生", "播放");
    /** Class words of a player's element: "audio-player", "AudioEmbed", "video_player", "mediaplayer". */
    private static final Pattern NAMED_PLAYER = Pattern.compile("(?:audio|video|media)[-_]?(?:player|embed)\\b");
    private static final int MAX_TEXT = 200;
    private static final int MAX_LABEL = 100;
    /**
     * A frame's one paragraph under a title that is no heading is the clip's credit or length ("By Jane Roe | Staff"), no
     * paragraph of the story.
     */
    private static final int MAX_CREDIT = 80;
    /** A clip's title and a line or two describing it. */
    private static final int MAX_DESCRIBED = 400;

    private PlayerFrames() {
    }

    /** The frames around the players below the root of {@code page}; empty when the page embeds none. */
    static Set<Element> around(PageElements page) {
        Element root = page.root();
        Set<Element> frames = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element player : page.select(PLAYERS)) {
            // An element a script turns into a player may itself be the clip's box, its title and description inside it.
            addFrame(frames, MEDIA.contains(player.normalName()) ? player.parent() : player, root);
        }
        addNamedFrames(frames, page);
        // A player's box holds its play button and a link or so ("Go to the programme"); a share bar's "Listen" holds more.
        // A button over a poster image is left with it: the page's pictures are read with their captions.
        for (Element button : page.byTag("button")) {
            Element box = button.parent();
            if (box != null && box != root && playsAClip(button) && box.select("a, button, [role=button]").size() <= 2
                    && box.selectFirst("img") == null) {
                addPlayerBox(frames, box, root);
            }
        }
        return frames;
    }

    /**
     * Adds a player's own box, which may title the clip in a paragraph of any length, and what is around it that fits a
     * frame.
     */
    private static void addPlayerBox(Set<Element> frames, Element box, Element root) {
        if (box.select("p").size() > 1 || textUpTo(box, MAX_DESCRIBED + 1) > MAX_DESCRIBED) {
            return;
        }
        Element frame = box;
        for (Element up = box.parent(); up != null && up != root && fits(up) && !headsAParagraph(up); up = up.parent()) {
            frame = up;
        }
        frames.add(frame);
    }

    /**
     * Whether {@code e} holds a heading and a paragraph: a section of a story (a timeline's entry, its date over what
     * happened) that a clip is played in, not the clip's box.
     */
    private static boolean headsAParagraph(Element e) {
        return e.selectFirst("p") != null && e.selectFirst("h1, h2, h3, h4, h5, h6") != null;
    }

    /** Whether a button's label, or its label for screen readers, says it plays a clip ("Play", "Afspil", "Kuuntele"). */
    private static boolean playsAClip(Element button) {
        String label = button.text().isBlank() ? button.attr("aria-label") : button.text();
        if (label.isBlank() || label.length() > MAX_LABEL) {
            return false;
        }
        String folded = label.strip().toLowerCase(Locale.ROOT);
        for (String word : PLAY_WORDS) {
            if (folded.startsWith(word)
                    && (folded.length() == word.length() || !Character.isLetter(folded.charAt(word.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} is a player that a script builds from an element its class or tag names one, with no media tag
     * in the page ({@code <div class="audio-player">}, {@code <vrt-mediaplayer>}): its label, title and length read as
     * lines of the story.
     */
    private static boolean isNamedPlayer(Element e, String cls) {
        String tag = e.normalName();
        if (tag.indexOf('-') > 0 && tag.endsWith("player")) {
            return true;
        }
        // A cheap look for the words first ("Player", "Embed"): most classes hold neither.
        if (cls.indexOf("layer") < 0 && cls.indexOf("mbed") < 0) {
            return false;
        }
        return NAMED_PLAYER.matcher(cls.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Frames the players and galleries that class or tag names say are such, in one walk of the page's elements, each
     * element's class names read once as plain text. Only the outermost galleries below the root count: a slide of a
     * gallery is the gallery's, not a box of its own, so a gallery inside another is passed over, and so is every gallery
     * when the root lies inside one (a theme that names the whole page a gallery).
     */
    private static void addNamedFrames(Set<Element> frames, PageElements page) {
        Element root = page.root();
        boolean galleries = !withinGallery(root, null);
        for (Element e : page.all()) {
            if (e == root) {
                continue;
            }
            String cls = e.className();
            if (galleries && isGallery(cls) && !withinGallery(e.parent(), root) && described(e)) {
                addFrame(frames, e, root);
            }
            if (isNamedPlayer(e, cls)) {
                addPlayerBox(frames, e, root);
            }
        }
    }

    /** Whether {@code e} or an element above it, up to {@code stop} (not included), is a gallery. */
    private static boolean withinGallery(Element e, Element stop) {
        for (Element up = e; up != null && up != stop; up = up.parent()) {
            if (isGallery(up.className())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGallery(String cls) {
        if (cls.isEmpty()) {
            return false;
        }
        // Lower-casing a name already in lower case returns it as it is; a search for each position ignoring case cost
        // a tenth of the extractor's time.
        String lower = cls.toLowerCase(Locale.ROOT);
        return lower.contains("gallery") || lower.contains("slideshow");
    }

    /** Adds the widest element from {@code start} up that fits a frame, with the line announcing it. */
    private static void addFrame(Set<Element> frames, Element start, Element root) {
        Element frame = null;
        for (Element e = start; e != null && e != root && fits(e); e = e.parent()) {
            frame = e;
        }
        if (frame != null) {
            frames.add(frame);
            Element label = frame.previousElementSibling();
            if (label != null && announces(label)) {
                frames.add(label);
            }
        }
    }

    /** Whether {@code e} is a short line announcing the player after it ("WATCH | The trailer:"). */
    private static boolean announces(Element e) {
        String tag = e.normalName();
        if (!tag.equals("p") && !PageCleaner.SECTION_HEADINGS.contains(tag)) {
            return false;
        }
        String text = e.text().strip();
        return !text.isEmpty() && text.length() <= MAX_LABEL && text.endsWith(":");
    }

    private static boolean fits(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("figure") || tag.equals("p")) {
            return false;
        }
        if (e.selectFirst("p, figcaption") != null) {
            return described(e);
        }
        return textUpTo(e, MAX_TEXT + 1) <= MAX_TEXT;
    }

    /**
     * Whether {@code e} is a clip's box that titles the clip and describes it in a line: a heading and one paragraph,
     * nothing else. A paragraph beside a player with no title over it is the story's.
     */
    /**
     * Whether the one paragraph of {@code e} is a credit under the clip's title, set outside it, or the clip's own title or
     * label ("Week 7 highlights", "Listen to this article (9 min)"): a line a credit's length that is no sentence of the
     * story, which a player may stand beside.
     */
    private static boolean creditUnderTitle(Element e, Element paragraph) {
        String text = paragraph.text();
        return text.length() <= MAX_CREDIT && (textUpTo(e, text.length() + 1) > text.length() || !ClosingLines.isSentence(text));
    }

    private static boolean described(Element e) {
        var paragraphs = e.select("p");
        return paragraphs.size() == 1 && e.selectFirst("figcaption") == null
                && (e.selectFirst("h2, h3, h4, h5, h6") != null || creditUnderTitle(e, paragraphs.get(0)))
                && textUpTo(e, MAX_DESCRIBED + 1) <= MAX_DESCRIBED;
    }

    /** Characters of text below {@code e}, counted no further than {@code limit}. */
    private static int textUpTo(Element e, int limit) {
        int[] n = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    n[0] += t.text().strip().length();
                }
                return n[0] >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return n[0];
    }
}
