package org.storyline.core.cluster;

import java.util.List;

/**
 * Stories and term statistics kept outside a {@link StoryAssigner} (a store), so that an assigner that
 * has never seen them, after a restart or with a working set smaller than the archive, still places an
 * article among them. For each article the assigner asks for candidate story ids, brings the ones it
 * does not hold into memory from their articles' profiles, and then decides exactly as it does for
 * stories it built itself. {@link #NONE} keeps nothing: the assigner sees only its own stream.
 */
public interface StoryMemory {

    StoryMemory NONE = new StoryMemory() {
        @Override
        public int articles() {
            return 0;
        }

        @Override
        public int articlesWith(String term) {
            return 0;
        }

        @Override
        public List<String> recall(ArticleProfile article, List<String> indexTerms) {
            return List.of();
        }

        @Override
        public List<ArticleProfile> members(String storyId) {
            return List.of();
        }
    };

    /** Articles assigned before, outside this assigner: the document count of idf. */
    int articles();

    /** How many of those carry {@code term}, a term as {@link ArticleProfile#terms()} gives it. */
    int articlesWith(String term);

    /** Ids of kept stories that may take the article: nearest by embedding, most shared index terms. */
    List<String> recall(ArticleProfile article, List<String> indexTerms);

    /** The profiles of a kept story's assigned articles, oldest first; empty when there is no such story. */
    List<ArticleProfile> members(String storyId);
}
