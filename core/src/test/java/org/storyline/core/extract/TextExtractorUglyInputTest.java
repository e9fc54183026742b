package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.core.model.DocumentFormat;
import org.storyline.core.model.DocumentHints;
import org.storyline.core.model.RawDocument;

/**
 * Ugly text every reader of the text extractor must survive: each gives an article or an
 * {@link ExtractionException}, never another exception, and in bounded time (no regex blow-up on
 * lines built to hit the patterns' worst cases).
 */
class TextExtractorUglyInputTest {

    private final TextArticleExtractor extractor = new TextArticleExtractor();

    static Stream<String> uglyTexts() {
        var random = new Random(7);
        var noise = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            noise.append((char) random.nextInt(0x3000));
        }
        return Stream.of(
                "",
                "\n\n\n   \t\n",
                "...!!!???",
                noise.toString(),
                "A".repeat(1_000_000),
                "Word ".repeat(200_000),
                "The strike ended. (" + "(".repeat(5_000),
                "The strike ended. " + "JANE ROE/".repeat(60),
                "The strike ended. " + "A/".repeat(300) + "REUTERS",
                "BRUSSELS, " + "Nov 29, ".repeat(500) + "(Reuters) - text",
                "Reporting by " + "Jane Roe, ".repeat(2_000) + "and Ola Berg",
                "By " + "Jane and ".repeat(40) + "Ola",
                "Home > ".repeat(5_000),
                "- ".repeat(100_000),
                "\u201c".repeat(10_000) + "The strike ended," + "\u201d".repeat(10_000) + " he said.",
                "The caption repeats here in Tallinn on May 6, 2024.\n\n".repeat(20_000),
                "29.11.2023 ".repeat(50_000),
                "Mon 6 May 2024 10.31 BST\n".repeat(5_000),
                "Jaan is a reporter who covers ".repeat(100) + "ports.",
                "\u0000\u0001\u0002 binary \ufffd\ufffd\ufffd".repeat(1_000));
    }

    @ParameterizedTest
    @MethodSource("uglyTexts")
    void givesArticleOrProblemQuickly(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                var article = extractor.extract(new RawDocument("ugly", "ugly", DocumentFormat.TEXT, text, DocumentHints.NONE));
                assertThat(article.paragraphs()).isNotEmpty();
            } catch (ExtractionException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }
}
