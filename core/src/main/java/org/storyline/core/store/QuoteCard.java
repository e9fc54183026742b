package org.storyline.core.store;

import java.time.LocalDate;
import java.util.List;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.QuoteKind;

/**
 * One quote of one story, however many outlets carry it.
 *
 * @param id         stable id: the story id and a hash of the speaker and words
 * @param story      the story id
 * @param storyTitle the story's headline
 * @param speaker    the speaker's canonical name
 * @param person     the speaker's {@link PersonId}
 * @param kind       how the words are rendered, or {@code null} when unknown
 * @param text       the fullest wording
 * @param outlets    every outlet carrying it
 * @param articles   the ids of the articles carrying it
 * @param published  the earliest publication day among them, or {@code null}
 * @param speakerKind whether the speaker is a person or an organisation, as the story's view types them;
 *                    {@code null} in archives written before speakers were typed (read as a person)
 */
public record QuoteCard(String id, String story, String storyTitle, String speaker, String person, QuoteKind kind,
                        String text, List<String> outlets, List<String> articles, LocalDate published,
                        EntityType speakerKind) {
}
