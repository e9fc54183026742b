package org.storyline.core.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The story starts under its headline. When the run of blocks chosen as the story holds the page's headline (an
 * {@code <h1>} that reads as the title), what the run holds above it is the page's header: a sign-in box, a search
 * form, a newsletter prompt, a disclosure, the section's name. Prose above the headline that sits where the story's
 * paragraphs sit is the story's introduction (a page that prints its title again over the first section), and then
 * the run is left as it is; so is a run with several {@code <h1>}s, a page builder's section headings, one of which
 * may read as the title.
 */
final class BelowTheHeadline {

    private BelowTheHeadline() {
    }

    /** {@code run} from its headline on, when the headline is in it and none of the story's paragraphs stand above. */
    static List<TextBlock> story(List<TextBlock> run, String foldedTitle) {
        if (foldedTitle == null || foldedTitle.isEmpty() || run.stream().filter(BelowTheHeadline::isH1).count() != 1) {
            return run;
        }
        for (int i = 1; i < run.size(); i++) {
            TextBlock block = run.get(i);
            if (isH1(block) && BodyAssembler.fold(block.text()).equals(foldedTitle)) {
                return storyAbove(run, i) ? run : run.subList(i, run.size());
            }
        }
        return run;
    }

    private static boolean isH1(TextBlock block) {
        return block.kind() == TextBlock.Kind.HEADING && block.owner().normalName().equals("h1");
    }

    private static boolean storyAbove(List<TextBlock> run, int headline) {
        Element spine = StorySpine.spine(run.subList(headline + 1, run.size()));
        for (TextBlock block : run.subList(0, headline)) {
            if (ContentScorer.prose(block) > 0 && block.owner().parent() == spine) {
                return true;
            }
        }
        return false;
    }
}
