package org.storyline.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One story seen across its outlets: who covered it, who said what, which facts several outlets
 * corroborate, where they conflict, what one outlet alone reports, a timeline and a cited summary.
 *
 * <p>Every list is non-null and ordered for reading: outlets by how much of the story they carry,
 * articles by publication date, reports by how many outlets carry them. Every {@link Citation} points
 * back to an article of {@link #articles()} and to the words it printed.
 *
 * @param id           stable id of the story (the cluster stage's story id)
 * @param title        a headline for the story: the most central article headline, or the lead
 *                     sentence of the most central article when no article has a headline; never null
 * @param outlets      every outlet that ran an article of the story, duplicates' outlets included
 * @param articles     the story's articles, each once, with the original a near-duplicate copies
 * @param period       first and last publication date, or {@code null} when no article is dated
 * @param place        where the story happens: the dateline place most articles share, or {@code null}
 * @param timeline     dated events the articles mention, by date, each with the outlets mentioning it
 * @param people       everyone quoted, most quoted first, each quote once with every outlet carrying it
 * @param corroborated statements, claims and quotes carried by at least two independent outlets
 * @param conflicts    the same subject and measure reported with different values by different outlets,
 *                     with every side
 * @param onlyIn       what a single outlet alone reports, one entry per outlet that adds something
 * @param summary      at most five extractive sentences, each citing the outlets that carry it
 * @param notes        what the view could not establish and why ("one outlet only: nothing to
 *                     corroborate", "no article is dated"), for readers and reports
 */
public record StoryView(
        String id,
        String title,
        List<Outlet> outlets,
        List<StoryArticle> articles,
        DateRange period,
        String place,
        List<TimelineEvent> timeline,
        List<QuotedPerson> people,
        List<Report> corroborated,
        List<Conflict> conflicts,
        List<OnlyIn> onlyIn,
        List<SummarySentence> summary,
        List<String> notes) {

    /** The most sentences a {@link #summary()} holds. */
    public static final int MAX_SUMMARY_SENTENCES = 8;

    public StoryView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        outlets = List.copyOf(outlets);
        articles = List.copyOf(articles);
        timeline = List.copyOf(timeline);
        people = List.copyOf(people);
        corroborated = List.copyOf(corroborated);
        conflicts = List.copyOf(conflicts);
        onlyIn = List.copyOf(onlyIn);
        summary = List.copyOf(summary);
        notes = List.copyOf(notes);
        if (summary.size() > MAX_SUMMARY_SENTENCES) {
            throw new IllegalArgumentException("summary longer than " + MAX_SUMMARY_SENTENCES + " sentences");
        }
    }
}
