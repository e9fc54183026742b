package org.storyline.core.quotes;

/**
 * An attribution frame in one sentence: a speaker phrase and its cue ("Stoltenberg warned", "said a
 * senior official", "according to the AP", "adding that"). Token indexes are into the article's
 * {@link org.storyline.core.nlp.TokenIndex}.
 *
 * @param speakerFirst first token of the speaker phrase
 * @param speakerLast  last token of the speaker phrase
 * @param cueFirst     first token of the cue
 * @param cueLast      last token of the cue ("according to" has two)
 * @param inverted     whether the speaker follows the cue ("said Stoltenberg", "according to X")
 * @param participle   whether the cue is a participle continuing an earlier frame's speaker ("adding that")
 * @param sentence     index of the sentence
 */
record Frame(int speakerFirst, int speakerLast, int cueFirst, int cueLast, boolean inverted, boolean participle,
             int sentence) {

    int first() {
        return Math.min(speakerFirst, cueFirst);
    }

    int last() {
        return Math.max(speakerLast, cueLast);
    }
}
