package org.storyline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.storyline.core.model.Article;

/** Articles as single-line JSON, dates and times in ISO-8601 ({@code "2025-03-03"}, {@code "14:05:00"}). */
final class ArticleJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ArticleJson() {
    }

    static String line(Article article) {
        try {
            return JSON.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an Article is always serializable", e);
        }
    }

    static Article read(String line) throws JsonProcessingException {
        return JSON.readValue(line, Article.class);
    }
}
