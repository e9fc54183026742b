package org.storyline.bench;

import org.storyline.core.model.Span;

/**
 * A quote as a pipeline under evaluation predicts it.
 *
 * @param content        the quoted or reported words
 * @param speakerMention where the speaker is named at the attribution, or {@code null}
 * @param speakerName    the resolved speaker's name (or speaker text), or {@code null}
 * @param direct         whether it is a direct or partial quote (inside quotation marks)
 */
record PredictedQuote(Span content, Span speakerMention, String speakerName, boolean direct) {
}
