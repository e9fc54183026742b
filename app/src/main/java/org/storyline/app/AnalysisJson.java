package org.storyline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.storyline.core.model.ArticleAnalysis;

/** Analyses as single-line JSON: the whole {@link ArticleAnalysis}, annotation included. */
final class AnalysisJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private AnalysisJson() {
    }

    static String line(ArticleAnalysis analysis) {
        try {
            return JSON.writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ArticleAnalysis is always serializable", e);
        }
    }

    static ArticleAnalysis read(String line) throws JsonProcessingException {
        return JSON.readValue(line, ArticleAnalysis.class);
    }
}
