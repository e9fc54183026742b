package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Turns the blocks inside the chosen content element into body paragraphs and captions. Link lists,
 * stray furniture lines ("Advertisement", "Share this article") and the headline itself are dropped;
 * captions go apart, each once, and never also into the body.
 */
final class BodyAssembler {

    private static final Set<String> FURNITURE_LINES = WordList.load("furniture-lines.txt");
    private static final int FURNITURE_LINE_MAX = 60;
    /** A paragraph shorter than this that opens a caption may be the story's own sentence. */
    private static final int MIN_CAPTION_OPENING = 40;
    /** Inside the article, a line of links weighs double: related-story teasers must not extend the run. */
    private static final double RUN_FURNITURE_WEIGHT = 2;
    /** How many paragraphs from the end an author bio is looked for, and how much text may follow it. */
    private static final int BIO_REACH = 3;
    private static final int BIO_TAIL_MAX = 300;
    /** A line this short giving an e-mail address near the end, to the author or the desk, is no part of the story. */
    private static final int CONTACT_MAX = 400;
    private static final Set<String> CONTACT_WORDS = WordList.load("contact-words.txt");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]*\\w");
    /**
     * A ranked list's item heading opens on its number: "1. Pequod's Pizza", "#2 Boxcar Pizza", "3) Vito & Nick's"; a
     * teaser's "5 things to know" does not.
     */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("(?:#\\s?\\d{1,3}|\\d{1,3}[.)])\\s*\\p{L}");
    /** A number alone, the badge beside a list item's name. */
    private static final Pattern BADGE = Pattern.compile("\\d{1,3}");

    /**
     * A run with less prose than this is one stray sentence (a copyright line, a caption) on a page of short lines (a
     * poem, lyrics, a fact sheet): the container is read whole.
     */
    static final double SHORT_RUN = 80;

    /** The body and captions of one page, and the element they were read from. */
    record Body(List<String> paragraphs, List<String> captions, Element container) {
    }

    private BodyAssembler() {
    }

    /** {@code headlines}: headings the page gave a byline of their own ({@link BylinedHeadings}), where another story begins. */
    static Body assemble(Element container, List<TextBlock> blocks, String title, Set<Element> headlines) {
        var captions = new LinkedHashSet<String>();
        var paragraphs = new ArrayList<TextBlock>();
        String foldedTitle = title == null ? null : fold(title);
        var within = new ArrayList<TextBlock>();
        for (TextBlock block : blocks) {
            if (inside(block.owner(), container)) {
                within.add(block);
            }
        }
        List<TextBlock> inside = CaptionedItems.read(within);
        List<TextBlock> run = OpeningHeading.extend(inside, AnnouncedList.extend(inside, WholeLists.extend(inside,
                ClosingLines.extend(inside, StorySpine.extend(inside, densestRun(inside))))));
        List<TextBlock> story = BelowTheHeadline.story(SectionOpeners.storyPart(run, headlines), foldedTitle);
        Set<TextBlock> teasers = TeaserCards.summaries(story);
        Set<TextBlock> boxed = SectionOpeners.labelledBoxes(story);
        Set<TextBlock> dates = TimelineDates.of(story);
        for (int i = 0; i < story.size(); i++) {
            TextBlock block = story.get(i);
            switch (block.kind()) {
                case CAPTION -> captions.add(block.text());
                case FIGURE -> { }
                case TIME_STAMP -> {
                    if (dates.contains(block)) {
                        paragraphs.add(block);
                    }
                }
                default -> {
                    if (dates.contains(block)) {
                        paragraphs.add(block);
                    } else if (block.kind() != TextBlock.Kind.HEADING && CreditedCaptions.isCaption(block.text())) {
                        captions.add(block.text());
                    } else if (keep(block, foldedTitle, paragraphs.isEmpty()) && !labelsLinkList(story, i)
                            && !numbersItsHeading(story, i) && !teasers.contains(block) && !boxed.contains(block)
                            && !SectionOpeners.labels(block)) {
                        paragraphs.add(block);
                    }
                }
            }
        }
        paragraphs.removeAll(PullQuotes.of(paragraphs));
        paragraphs.removeIf(p -> captions.contains(p.text()) || opensACaption(p.text(), captions));
        List<String> body = withoutAuthorBio(dedupeAdjacent(paragraphs));
        if (endsOnAHeading(story, body)) {
            body = body.subList(0, body.size() - 1);
        }
        return new Body(body, List.copyOf(captions), container);
    }

    /**
     * Whether {@code paragraph} is the opening of a caption taken apart: a page may print a picture's caption twice, once
     * with its credit and once without.
     */
    private static boolean opensACaption(String paragraph, Set<String> captions) {
        if (paragraph.length() < MIN_CAPTION_OPENING) {
            return false;
        }
        for (String caption : captions) {
            if (caption.length() > paragraph.length() && caption.startsWith(paragraph)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The run of blocks with the most prose net of furniture. A container often holds a breadcrumb
     * above the article and a list of related stories below it; the article is the run between them.
     */
    static List<TextBlock> densestRun(List<TextBlock> blocks) {
        double best = Double.NEGATIVE_INFINITY;
        int bestFrom = 0;
        int bestTo = -1;
        double sum = 0;
        int from = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            double prose = ContentScorer.prose(block);
            double weight = prose > 0 ? prose - block.linkChars() : -RUN_FURNITURE_WEIGHT * ContentScorer.furniture(block);
            if (sum <= 0) {
                sum = 0;
                from = i;
            }
            sum += weight;
            if (sum > best) {
                best = sum;
                bestFrom = from;
                bestTo = i;
            }
        }
        if (best < SHORT_RUN) {
            return blocks;
        }
        // Captions and figures carry no weight: keep those next to the run's ends with it.
        return blocks.subList(bestFrom, bestTo + 1);
    }

    /**
     * Whether {@code block} is the story's: not a link list's line, furniture, boilerplate or a stamp, and not the headline,
     * a heading that reads as the title or, before any paragraph is kept ({@code first}), a block outside a {@code <p>}
     * that does (a headline set in a {@code <div>}). A story may open on its title again, set in bold as its first
     * paragraph.
     */
    private static boolean keep(TextBlock block, String foldedTitle, boolean first) {
        double density = block.linkDensity();
        if ((density > 0.5 || block.kind() == TextBlock.Kind.LIST_ITEM && density > 0.3) && !PricedItems.isPriced(block)
                && !namesALinkedItem(block) && !CitingSentence.is(block) && !DataRows.ofFigures(block.owner())) {
            return false;
        }
        String folded = fold(block.text());
        if (folded.isEmpty() || block.length() <= FURNITURE_LINE_MAX && FURNITURE_LINES.contains(folded)) {
            return false;
        }
        if (Boilerplate.html().isBoilerplate(block.text())
                || DateStamp.isDateStamp(block.text()) && !DataRows.isTableLine(block.owner())
                || PrintedMarkup.holds(block.text())) {
            return false;
        }
        boolean headlinePlace = block.kind() == TextBlock.Kind.HEADING || first && !block.owner().normalName().equals("p");
        return !(headlinePlace && foldedTitle != null && fold(block.text()).equals(foldedTitle));
    }

    /**
     * Whether {@code block} is a list article's heading that links to the thing it names, on another site (a venue, a
     * product, an app), or that numbers the item ("1. Pequod's Pizza", linked to the site's page on the venue): the
     * item's name, not a teaser. A heading that is only a price ("$50") is a product card's.
     */
    private static boolean namesALinkedItem(TextBlock block) {
        return block.kind() == TextBlock.Kind.HEADING && block.text().chars().anyMatch(Character::isLetter)
                && (OffSiteLinks.only(block.owner()) || NUMBERED_ITEM.matcher(block.text()).lookingAt());
    }

    /**
     * Whether the last paragraph kept is a heading with nothing under it: the heading of a box whose items were
     * dropped ("Stay informed", "Sponsored"). One ending with a colon announces what follows (an embedded post the
     * cleaner took) and stays, as the story's other such headings do; so does one right after a heading of its tag
     * beside it (a post whose lines are set in heading styles).
     */
    private static boolean endsOnAHeading(List<TextBlock> story, List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return false;
        }
        String last = paragraphs.get(paragraphs.size() - 1);
        if (last.endsWith(":")) {
            return false;
        }
        for (int i = story.size() - 1; i >= 0; i--) {
            if (story.get(i).text().equals(last)) {
                return story.get(i).kind() == TextBlock.Kind.HEADING && !(i > 0 && sameStyle(story.get(i - 1), story.get(i)));
            }
        }
        return false;
    }

    private static boolean sameStyle(TextBlock before, TextBlock heading) {
        return before.kind() == TextBlock.Kind.HEADING && before.owner().normalName().equals(heading.owner().normalName())
                && before.owner().parent() == heading.owner().parent();
    }

    /**
     * Whether block {@code i} is the label of a box of links ("Recommended by Our Editors", "Related coverage"):
     * a short line that is no prose, followed by a line of links that is dropped. A sentence ("Tomorrow, notice two.")
     * is no label: it ends the story before a box of links; nor is an item of a list the story announces ("... in these
     * towns:").
     */
    static boolean labelsLinkList(List<TextBlock> blocks, int i) {
        TextBlock block = blocks.get(i);
        if (block.length() > FURNITURE_LINE_MAX || ContentScorer.prose(block) > 0 || i + 1 >= blocks.size()
                || itemOfAnnouncedList(block) || ClosingLines.isSentence(block.text())) {
            return false;
        }
        TextBlock next = blocks.get(i + 1);
        return next.linkDensity() > 0.5 && next.kind() != TextBlock.Kind.CAPTION && next.kind() != TextBlock.Kind.FIGURE
                && !PricedItems.isPriced(next) && !DataRows.ofFigures(next.owner());
    }

    /**
     * Whether block {@code i} is a number alone right over a heading: the badge a list article sets beside an item's name
     * ("1", then "Little Chengdu"), which the heading's own number, if any, repeats. A number over a line of text (a
     * recipe's "1", then "bunch scallions") is the line's quantity and stays.
     */
    private static boolean numbersItsHeading(List<TextBlock> blocks, int i) {
        return i + 1 < blocks.size() && blocks.get(i + 1).kind() == TextBlock.Kind.HEADING
                && BADGE.matcher(blocks.get(i).text()).matches();
    }

    /** Whether {@code block} is an item of a list whose element before it ends on a colon, as a story announces a list. */
    private static boolean itemOfAnnouncedList(TextBlock block) {
        if (block.kind() != TextBlock.Kind.LIST_ITEM || block.owner().parent() == null) {
            return false;
        }
        Element before = block.owner().parent().previousElementSibling();
        return before != null && before.text().strip().endsWith(":");
    }

    /**
     * The body without the author bio a site prints after the article ("Jane Roe covers energy for the
     * Post.") and the short lines after it ("Reach her at ..."): a bio among the last paragraphs ends the text,
     * and so does a short line there that gives an e-mail address to write to the author or the desk ("Contact
     * reporter Jane Roe at jroe@...", "Email us at ..."); an address for registering or applying is the story's. An
     * opinion page's note on its writer ("The writer is a journalist based in Karachi.") ends it as a bio does.
     * The bio and the contact line often come together, so the search goes on above the first one found.
     */
    static List<String> withoutAuthorBio(List<String> paragraphs) {
        int cut = paragraphs.size();
        int after = 0;
        for (int i = paragraphs.size() - 1; i > 0 && i >= paragraphs.size() - BIO_REACH; i--) {
            String p = paragraphs.get(i);
            if (AuthorBio.standard().subject(p) != null || AuthorBio.isWritersNote(p) || isContactLine(p)) {
                cut = i;
                continue;
            }
            after += p.length();
            if (after > BIO_TAIL_MAX) {
                break;
            }
        }
        return paragraphs.subList(0, cut);
    }

    static boolean isContactLine(String paragraph) {
        if (paragraph.length() > CONTACT_MAX || !EMAIL.matcher(paragraph).find()) {
            return false;
        }
        for (String word : Words.letters(paragraph)) {
            if (CONTACT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The texts of {@code paragraphs}, a paragraph the page repeats right after itself once (a standfirst printed twice,
     * a pull quote); two cells of a table that hold the same figure are two cells.
     */
    private static List<String> dedupeAdjacent(List<TextBlock> paragraphs) {
        var out = new ArrayList<String>(paragraphs.size());
        TextBlock previous = null;
        for (TextBlock p : paragraphs) {
            if (previous == null || !previous.text().equals(p.text()) || cell(p) && cell(previous)) {
                out.add(p.text());
            }
            previous = p;
        }
        return out;
    }

    private static boolean cell(TextBlock block) {
        String tag = block.owner().normalName();
        return tag.equals("td") || tag.equals("th") || tag.equals("tr");
    }

    static boolean inside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, letters and digits only, single spaces: how furniture lines and titles are compared. */
    static String fold(String s) {
        return fold(s, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} characters of {@link #fold(String)}: the same as folding the whole text and cutting it, at
     * the cost of the part kept.
     */
    static String fold(String s, int limit) {
        String lower = s.toLowerCase(Locale.ROOT);
        var folded = new StringBuilder(Math.min(lower.length(), limit));
        boolean gap = false;
        for (int i = 0; i < lower.length() && folded.length() < limit; ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (letterOrNumber(c)) {
                if (gap && !folded.isEmpty()) {
                    folded.append(' ');
                }
                folded.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return folded.length() > limit ? folded.substring(0, limit) : folded.toString();
    }

    /** Whether {@code c} is a letter or a number ({@code \\p{L}}, {@code \\p{N}}). */
    private static boolean letterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
