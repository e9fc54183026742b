package org.storyline.app.server;

import java.util.function.Consumer;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Problem;

/**
 * The pipeline as the server runs it on one uploaded document stream: read (any supported format,
 * by file name), extract, analyse. Problems are reported, never thrown.
 */
@FunctionalInterface
public interface UploadReader {

    void read(String name, byte[] bytes, Consumer<ArticleAnalysis> articles, Consumer<Problem> problems);
}
