package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds where a story ends inside the run of blocks chosen as its text: at a short heading that opens a
 * section of other things ("More on Politics:", "Most read in Music", "About the author",
 * {@code section-openers.txt}, a line offering the site's newsletter) when less of the run's prose follows it than
 * precedes it and none of that prose sits where the story's paragraphs sit (same parent element): a box of links inside
 * the story is followed by more of the story, a section after it is not. Related-story teasers carry
 * prose of their own, so the run alone does not stop before them. The story also ends, in the run's second half, at
 * another story's headline (a label over it, or a byline under it), at a box whose heading outranks the story's own
 * sections and at the author's bio set apart from the story; and, in either half once the story has begun, at a heading
 * over the readers' comments ("8 Comments", {@code thread-headings.txt}), or at a plain line counting them once two of
 * the story's paragraphs stand above it. An opener over other stories told in full under their linked headlines (a live
 * blog's other entries) ends the story however much they outweigh it, and so does a press release's end mark ("###").
 * Where the story's paragraphs go on after such a box, in its element or in a container alike, the box is no end of it,
 * and the lines a label heads in it are dropped ({@link #labelledBoxes}).
 */
final class SectionOpeners {

    private static final Set<String> OPENERS = WordList.load("section-openers.txt");
    private static final Set<String> THREADS = WordList.load("thread-headings.txt");
    private static final int MAX_LENGTH = 60;
    /**
     * How much prose must precede a heading over the comments for it to end the story wherever it stands: a count of
     * comments by the byline ("13 Comments", a link to them) stands above the story.
     */
    private static final double MIN_STORY_ABOVE_REPLIES = 300;
    /** How many of the story's paragraphs must sit together above a count of the comments printed as a plain line. */
    private static final int MIN_PARAGRAPHS_ABOVE_REPLIES = 2;
    /**
     * The marks a press release or a wire story ends with ("###", "-30-"): what follows them is the issuer's boilerplate
     * ("About the Bureau") and its contacts.
     */
    private static final Set<String> END_MARKS = Set.of("###", "-30-", "- 30 -", "\u201330\u2013");
    /** A heading this much of whose text links is another story's headline. */
    private static final double LINKED = 0.9;
    /** How many other stories' headlines a box under an opener shows. */
    private static final int MIN_OTHER_STORIES = 2;
    private static final Evaluator DECLARED_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Set<String> COUNTS = WordList.load("reply-counts.txt");
    private static final Set<String> REPLIES = WordList.load("reply-words.txt");
    /** A line that ends as a sentence does says something when it holds this many words ("He left." does not). */
    private static final int MIN_SENTENCE_WORDS = 4;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)」』）]*$");

    private SectionOpeners() {
    }

    /**
     * The blocks of {@code run} before the first section opener in its second half, or before a headline there with a
     * byline of its own ({@code headlines}) when the run holds no other, or all of them.
     */
    static List<TextBlock> storyPart(List<TextBlock> run, Set<Element> headlines) {
        double total = 0;
        for (TextBlock block : run) {
            total += ContentScorer.prose(block);
        }
        double before = 0;
        boolean oneHeadline = bylined(run, headlines) == 1;
        for (int i = 0; i < run.size(); i++) {
            TextBlock block = run.get(i);
            if (before > 0 && before >= total - before && (oneHeadline && headlines.contains(block.owner())
                    || opens(block) && (headsAStory(run, i) || !storyGoesOn(run, i) || noSentenceFollows(run, i))
                    || outranksTheStory(run, i)
                    || endsWithItsAuthor(run, i))
                    || before >= MIN_STORY_ABOVE_REPLIES && headsTheReplies(block) && !storyGoesOn(run, i)
                    && (block.kind() == TextBlock.Kind.HEADING || storyBegun(run, i))
                    || before > 0 && opens(block) && headsOtherStories(run, i) && storyBegun(run, i)
                    && !storyGoesOn(run, i)
                    || before > 0 && END_MARKS.contains(block.text().strip()) && storyBegun(run, i)) {
                return run.subList(0, i);
            }
            before += ContentScorer.prose(block);
        }
        return run;
    }

    /**
     * How many of {@code run}'s headings have a byline of their own: one is another story's headline; several are a list
     * article's items ("The Tide Clock", then "By Ann Lee": a roundup of books or records), which stay together.
     */
    private static int bylined(List<TextBlock> run, Set<Element> headlines) {
        int n = 0;
        for (TextBlock block : run) {
            n += headlines.contains(block.owner()) ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether the opener at {@code at} heads another story: right under it a heading it ranks above, then prose ("Also in
     * the news", then the next story's headline as an {@code <h3>}). A flat page prints that story where the first one's
     * paragraphs sit, so their parent says nothing; a subheading of the story after a box of links the cleaner took
     * ranks with the opener or above it.
     */
    private static boolean headsAStory(List<TextBlock> run, int at) {
        if (at + 2 >= run.size() || ContentScorer.prose(run.get(at + 2)) == 0) {
            return false;
        }
        int opener = rank(run.get(at));
        int headline = rank(run.get(at + 1));
        return opener > 0 && headline > opener;
    }

    /**
     * Whether the opener heading at {@code at} heads other stories told in full: two headings at least under it, of a
     * lower rank, each a link to its story and with prose of its own ("Read more entries from the liveblog", then the
     * blog's other entries). They end the story however much they outweigh it, as a short entry's page shows the entries
     * around it.
     */
    private static boolean headsOtherStories(List<TextBlock> run, int at) {
        int rank = rank(run.get(at));
        if (rank == 0) {
            return false;
        }
        int stories = 0;
        for (int i = at + 1; i + 1 < run.size(); i++) {
            TextBlock block = run.get(i);
            int r = rank(block);
            if (r > 0 && r <= rank) {
                break;
            }
            stories += r > rank && block.linkDensity() >= LINKED && proseUnder(run, i) ? 1 : 0;
        }
        return stories >= MIN_OTHER_STORIES;
    }

    /**
     * Whether only plain lines that are no sentence follow the block at {@code at} to the run's end: names, roles, numbers
     * and addresses under a release's "Media contact". The story's own parts after a box within it say something in
     * sentences, or list what it lists ("Next up", then the fixtures).
     */
    private static boolean noSentenceFollows(List<TextBlock> run, int at) {
        List<TextBlock> after = run.subList(Math.min(at + 1, run.size()), run.size());
        return !after.isEmpty() && after.stream().allMatch(b -> b.kind() == TextBlock.Kind.PARAGRAPH && !saysSomething(b));
    }

    /** Whether a line is a sentence, or words that end as one does (a quotation opens on its mark, not a capital). */
    private static boolean saysSomething(TextBlock block) {
        String text = block.text().strip();
        return ClosingLines.isSentence(text) || Words.count(text) >= MIN_SENTENCE_WORDS && SENTENCE_END.matcher(text).find();
    }

    /** Whether prose follows the heading at {@code at} before the next heading (a byline may stand between). */
    private static boolean proseUnder(List<TextBlock> run, int at) {
        for (int i = at + 1; i < run.size() && rank(run.get(i)) == 0; i++) {
            if (ContentScorer.prose(run.get(i)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the heading at {@code at} opens a box of its own that the story's sections rank under: every heading before
     * it but the run's opening headline is of a lower rank ({@code <h3>}s under this {@code <h2>}), and the element holding it does not hold the
     * story's paragraphs (a story's own {@code <h2>} after {@code <h3>}s in boxes of products sits beside them) nor
     * headings of the story's sections (a list article's second group, its items under {@code <h3>}s as the first's).
     * A site's box of quotations or tips after a piece told under {@code <h3>}s is no section of it; one that the story's
     * paragraphs or sections go on after (a box of most-read stories mid-article) is no end of it.
     */
    private static boolean outranksTheStory(List<TextBlock> run, int at) {
        int rank = rank(run.get(at));
        if (rank < 2) {
            return false;
        }
        int section = 0;
        for (int i = 0; i < at; i++) {
            int r = rank(run.get(i));
            if (r > 0 && r <= rank && (r > 1 || i > 0)) {
                return false;
            }
            section = r > rank ? r : section;
        }
        Element story = StorySpine.spine(run.subList(0, at));
        Element box = run.get(at).owner().parent();
        return section > 0 && story != null && box != null && !BodyAssembler.inside(story, box)
                && box.getElementsByTag("h" + section).isEmpty() && !sectionsGoOn(run, at, box, section)
                && !storyGoesOn(run, at);
    }

    /**
     * Whether the story's sections go on after the box at {@code at}: a heading of their rank where one of them sits
     * (the same parent), over prose. A box of the site's most-read stories set between two items of a list article is
     * no end of it.
     */
    private static boolean sectionsGoOn(List<TextBlock> run, int at, Element box, int section) {
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < at; i++) {
            if (rank(run.get(i)) == section) {
                parents.add(run.get(i).owner().parent());
            }
        }
        for (int i = at + 1; i + 1 < run.size(); i++) {
            TextBlock block = run.get(i);
            if (rank(block) == section && !BodyAssembler.inside(block.owner(), box) && parents.contains(block.owner().parent())
                    && ContentScorer.prose(run.get(i + 1)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the block at {@code at} is the author's bio after the story ("Jane Roe is a staff writer at ..."), set apart
     * from the story's paragraphs, with no more of the story after it: what follows is the site's (another story printed
     * whole, teasers). A bio-like line among the story's own paragraphs, about a reporter in the news, is the story's.
     */
    private static boolean endsWithItsAuthor(List<TextBlock> run, int at) {
        TextBlock block = run.get(at);
        if (block.kind() == TextBlock.Kind.HEADING || AuthorBio.standard().subject(block.text()) == null) {
            return false;
        }
        Element story = StorySpine.spine(run.subList(0, at));
        return story != null && block.owner().parent() != story && !storyGoesOn(run, at);
    }

    /** The level of a heading block's {@code <h1>}-{@code <h6>} (3 for an {@code <h3>}), or 0. */
    private static int rank(TextBlock block) {
        String tag = block.owner().normalName();
        boolean heading = block.kind() == TextBlock.Kind.HEADING && tag.length() == 2 && tag.charAt(0) == 'h'
                && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        return heading ? tag.charAt(1) - '0' : 0;
    }

    /**
     * Whether prose after block {@code at} sits where most of the prose before it sits ({@link StorySpine#holder}: a list's
     * items where the list does), or in a container alike with no headline over it, or under a section heading set as the
     * story's are ({@link #sectionsGoOnAlike}): the story's next part, not the next story. A heading in a wrapper of its
     * own among the story's wrapped parts is the story's subheading.
     */
    private static boolean storyGoesOn(List<TextBlock> run, int at) {
        if (sectionsGoOnAlike(run, at)) {
            return true;
        }
        Element story = StorySpine.spine(run.subList(0, at));
        Set<Integer> sectionRanks = sectionRanks(run.subList(0, at), story);
        boolean headlined = false;
        for (TextBlock block : run.subList(at + 1, run.size())) {
            int rank = rank(block);
            headlined |= (rank == 1 || rank == 2) && !amongTheParts(block, story)
                    && !(partOf(block.owner().parent(), story) && sectionRanks.contains(rank));
            // A list's items go on where the list sits, as the spine counts them.
            Element parent = StorySpine.holder(block);
            if (ContentScorer.prose(block) > 0 && (parent == story || !headlined && twins(parent, story))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a heading after block {@code at} over prose is one of the story's sections: of the rank of a heading above
     * it, in an element alike to that one's (a list article sets each item in a wrapper of its own, its name a heading
     * in it), so the list goes on past a box set between two items. A wrapper must be named by a class to be alike.
     */
    private static boolean sectionsGoOnAlike(List<TextBlock> run, int at) {
        Map<Integer, List<Element>> sections = new HashMap<>();
        for (TextBlock above : run.subList(0, at)) {
            Element wrapper = above.owner().parent();
            if (rank(above) > 0 && wrapper != null && !wrapper.className().isEmpty()) {
                sections.computeIfAbsent(rank(above), k -> new ArrayList<>()).add(wrapper);
            }
        }
        for (int i = at + 1; !sections.isEmpty() && i + 1 < run.size(); i++) {
            Element wrapper = run.get(i).owner().parent();
            List<Element> alike = sections.get(rank(run.get(i)));
            if (alike != null && wrapper != null && proseUnder(run, i)
                    && alike.stream().anyMatch(before -> ElementKind.same(before, wrapper))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ranks of the headings in {@code above} set in the story's part or one alike: its sections' headings. A heading of
     * such a rank set so after an opener is the story's next section, not another story's headline.
     */
    private static Set<Integer> sectionRanks(List<TextBlock> above, Element story) {
        Set<Integer> ranks = new HashSet<>();
        for (TextBlock block : above) {
            int rank = rank(block);
            if (rank > 0 && partOf(block.owner().parent(), story)) {
                ranks.add(rank);
            }
        }
        return ranks;
    }

    /** Whether {@code wrapper} is the story's part or one alike ({@link #twins}). */
    private static boolean partOf(Element wrapper, Element story) {
        return wrapper == story || twins(wrapper, story);
    }

    /** Whether {@code block} is alone in a wrapper beside {@code part}, among the parts of a story one to a wrapper. */
    private static boolean amongTheParts(TextBlock block, Element part) {
        Element wrapper = block.owner().parent();
        return part != null && wrapper != null && part.parent() != null && wrapper != part
                && wrapper.parent() == part.parent() && wrapper.childrenSize() == 1 && wrapper.ownText().isBlank();
    }

    /**
     * Whether the story's paragraphs have begun above block {@code at}: two at least sit together there (a byline is
     * none). A count of the comments printed as a plain line stands by the byline as often as over the thread; by the
     * byline, only a standfirst or a disclosure stands above it.
     */
    private static boolean storyBegun(List<TextBlock> run, int at) {
        List<TextBlock> above = run.subList(0, at);
        Element spine = StorySpine.spine(above);
        int paragraphs = 0;
        for (TextBlock block : above) {
            paragraphs += block.length() >= ProseRun.MIN_PARAGRAPH_CHARS && ContentScorer.prose(block) > 0
                    && block.owner().parent() == spine ? 1 : 0;
        }
        return paragraphs >= MIN_PARAGRAPHS_ABOVE_REPLIES;
    }

    /**
     * The blocks of the boxes that a label inside the story heads ("Keep reading", then a teaser for another story), when
     * the story goes on past them: what else the label's element holds after it, unless that holds a paragraph where the
     * story's paragraphs sit.
     */
    static Set<TextBlock> labelledBoxes(List<TextBlock> story) {
        Set<TextBlock> boxed = Collections.newSetFromMap(new IdentityHashMap<>());
        if (story.stream().noneMatch(SectionOpeners::labels)) {
            return boxed;
        }
        Element spine = StorySpine.spine(story);
        for (int i = 0; i < story.size(); i++) {
            if (!labels(story.get(i))) {
                continue;
            }
            Element box = story.get(i).owner().parent();
            if (box == null || spine == null || box == spine || BodyAssembler.inside(spine, box) || twins(box, spine)) {
                continue;
            }
            var inBox = new ArrayList<TextBlock>();
            for (int j = i + 1; j < story.size() && BodyAssembler.inside(story.get(j).owner(), box); j++) {
                inBox.add(story.get(j));
            }
            if (inBox.stream().noneMatch(b -> b.owner().parent() == spine || twins(b.owner().parent(), spine))) {
                boxed.addAll(inBox);
            }
        }
        return boxed;
    }

    /**
     * Whether two elements are parts of one story's text that the page set apart (the same tag and classes): a page
     * builder prints a story in several containers alike, a box of other stories between two of them. They sit in the
     * same declared article body if any: an endless page declares each story it loads below as an article body of its own
     * ({@code itemprop="articleBody"}).
     */
    private static boolean twins(Element part, Element story) {
        return part != null && story != null && part != story && !story.className().isEmpty()
                && ElementKind.same(part, story) && part.closest(DECLARED_BODY) == story.closest(DECLARED_BODY);
    }

    /**
     * Whether {@code block} is no more than the label of a box of other things ("People are also reading...",
     * "Related stories"): a whole line that is one of the openers, or a short line offering a newsletter ("Sign up for our
     * newsletter"; not a sentence about it, nor the "Newsletter" item of a meeting's minutes). One the story goes on past
     * labels a box whose links the cleaner took, and is no line of the story; a subheading that only opens with such
     * words ("More on the budget") is the story's.
     */
    static boolean labels(TextBlock block) {
        if (!isShortLine(block)) {
            return false;
        }
        String folded = BodyAssembler.fold(block.text());
        return OPENERS.contains(folded) || THREADS.contains(folded)
                || offersANewsletter(folded) && block.kind() != TextBlock.Kind.LIST_ITEM
                && !ClosingLines.isSentence(block.text());
    }

    /**
     * Whether a heading counts the readers' replies under the story ("3 Comments", "One thought on ...", "12 Antworten
     * auf ..."): blog themes print it over the comments, which a cleaner finds by their classes only where a theme
     * gives them any.
     */
    private static boolean countsReplies(String folded) {
        int space = folded.indexOf(' ');
        if (space < 0 || !COUNTS.contains(folded.substring(0, space)) && !folded.substring(0, space).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int next = folded.indexOf(' ', space + 1);
        return REPLIES.contains(next < 0 ? folded.substring(space + 1) : folded.substring(space + 1, next));
    }

    static boolean opens(TextBlock block) {
        if (!isShortLine(block)) {
            return false;
        }
        String folded = BodyAssembler.fold(block.text());
        return startsWithOneOf(folded, OPENERS) || namesTheReplies(folded) || offersANewsletter(folded);
    }

    /**
     * Whether a short line offers the site's newsletter ("Get the Space.com Newsletter", "Sign up for our newsletters"):
     * the box it heads follows the story, and a subheading of the story seldom names one.
     */
    private static boolean offersANewsletter(String folded) {
        int at = folded.indexOf("newsletter");
        return at >= 0 && (at == 0 || folded.charAt(at - 1) == ' ');
    }

    /**
     * Whether {@code block} heads the readers' comments ("8 Comments", "Leave a reply", {@code thread-headings.txt}). As a
     * heading after the story's first paragraphs it ends the story in either half of the run: a long thread outweighs the
     * story above it.
     */
    private static boolean headsTheReplies(TextBlock block) {
        if (!isShortLine(block)) {
            return false;
        }
        return namesTheReplies(BodyAssembler.fold(block.text()));
    }

    private static boolean namesTheReplies(String folded) {
        return countsReplies(folded) || startsWithOneOf(folded, THREADS);
    }

    private static boolean isShortLine(TextBlock block) {
        return block.length() <= MAX_LENGTH && block.kind() != TextBlock.Kind.CAPTION && block.kind() != TextBlock.Kind.FIGURE;
    }

    private static boolean startsWithOneOf(String folded, Set<String> openers) {
        for (String opener : openers) {
            if (folded.startsWith(opener)
                    && (folded.length() == opener.length() || folded.charAt(opener.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
