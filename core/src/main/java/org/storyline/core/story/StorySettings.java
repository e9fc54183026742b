package org.storyline.core.story;

/**
 * How the story stage aligns what outlets report. Defaults are in {@link #DEFAULTS}.
 *
 * @param alignThreshold    similarity (idf-weighted cosine of content words, people, numbers and dates)
 *                          above which two sentences of different articles may be
 *                          matched as reporting the same thing
 * @param anchoredThreshold lower similarity enough for two sentences that share an anchor — a person,
 *                          a date or a number — and at least {@code anchoredTerms} terms in all
 * @param anchoredTerms     shared terms (anchor included) an anchored pair needs
 * @param strongThreshold   similarity above which two sentences report the same thing even when either
 *                          has a better match elsewhere
 * @param quoteOverlap      share of the shorter quote's words the longer must contain for two quotes
 *                          of one speaker to be the same quote
 * @param measureOverlap    share of the shorter measured thing's content words two claims must share
 *                          to measure the same thing
 * @param exactTolerance    relative difference within which two exactly stated values agree
 * @param hedgedTolerance   relative difference within which a hedged value ("about 300,000") agrees
 * @param contradiction     similarity above which two aligned sentences where only one negates are
 *                          reported as contradicting each other
 * @param summaryWords      about how many words a story's summary holds (the last sentence may run over)
 * @param summaryConceptShare share of a story's articles a word pair must appear in to count as one of
 *                          the story's concepts (at least two articles when the story has more than two)
 * @param summaryLeadBoost  how much more a concept counts in an article that carries it in its lead
 * @param minSummaryWords   fewest words a summary or only-in sentence must have
 * @param maxSummaryWords   most words a summary sentence may have
 */
public record StorySettings(
        double alignThreshold,
        double anchoredThreshold,
        int anchoredTerms,
        double strongThreshold,
        double quoteOverlap,
        double measureOverlap,
        double exactTolerance,
        double hedgedTolerance,
        double contradiction,
        int summaryWords,
        double summaryConceptShare,
        double summaryLeadBoost,
        int minSummaryWords,
        int maxSummaryWords) {

    public static final StorySettings DEFAULTS =
            new StorySettings(0.25, 0.15, 4, 0.50, 0.7, 0.5, 0.01, 0.10, 0.6, 100, 0.2, 2.0, 10, 60);
}
