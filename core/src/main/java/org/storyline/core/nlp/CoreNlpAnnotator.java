package org.storyline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.storyline.core.model.AnnotatedArticle;
import org.storyline.core.model.Article;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link Annotator} on Stanford CoreNLP. The pipeline loads lazily on first use, once per instance, and is
 * shared by all threads: CoreNLP's tokenizer, tagger, CRF and SUTime annotators keep no per-document state.
 * By default dates come from {@link DateMentions} in place of SUTime, and numbers from {@link NumberMentions}
 * in place of CoreNLP's numeric classifier (which SUTime needs, so it runs with SUTime only).
 * Articles in a language other than English (when the extractor could tell) come back unannotated, since
 * the English models would only produce noise there.
 */
public final class CoreNlpAnnotator implements Annotator {

    private static final Set<String> READABLE_LANGUAGES = Set.of("en", "und");

    private final NlpSettings settings;
    private volatile StanfordCoreNLP pipeline;

    public CoreNlpAnnotator(NlpSettings settings) {
        this.settings = settings;
    }

    public CoreNlpAnnotator() {
        this(NlpSettings.defaults());
    }

    public NlpSettings settings() {
        return settings;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        if (text.isBlank() || !READABLE_LANGUAGES.contains(article.language())) {
            return new AnnotatedArticle(article, text, List.of(), List.of());
        }
        Annotation document = new Annotation(text);
        if (article.published() != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, article.published().date().toString());
        }
        pipeline().annotate(document);
        List<Sentence> sentences = sentences(document, article);
        List<Mention> mentions = mentions(document);
        if (settings.dates() != DateSource.SUTIME) {
            if (settings.numbers()) {
                mentions = withNumbers(mentions, NumberMentions.find(text, sentences));
            }
            mentions = NumericMentions.complete(text, mentions);
        }
        if (settings.dates() == DateSource.STORYLINE) {
            LocalDate published = article.published() == null ? null : article.published().date();
            mentions = DateMerge.mentions(mentions, DateMentions.find(text, sentences, published));
            sentences = DateMerge.sentences(sentences, mentions);
        }
        return new AnnotatedArticle(article, text, sentences, mentions);
    }

    /** CoreNLP's names with Storyline's numbers that fall outside them ("Apollo 11" stays a name), in text order. */
    private static List<Mention> withNumbers(List<Mention> names, List<Mention> numbers) {
        List<Mention> out = new ArrayList<>(names);
        int n = 0;
        for (Mention number : numbers) {
            while (n < names.size() && names.get(n).span().end() <= number.span().begin()) {
                n++;
            }
            if (n == names.size() || !names.get(n).span().overlaps(number.span())) {
                out.add(number);
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        return out;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = new StanfordCoreNLP(PipelineProperties.of(settings));
                    pipeline = p;
                }
            }
        }
        return p;
    }

    private static List<Sentence> sentences(Annotation document, Article article) {
        int[] paragraphStarts = paragraphStarts(article);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return out;
        }
        int paragraph = 0;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels == null || labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                tokens.add(new Token(originalText(l), new Span(l.beginPosition(), l.endPosition()),
                        orDefault(l.tag(), "X"), orDefault(l.lemma(), l.word()), orDefault(l.ner(), "O")));
            }
            int begin = tokens.get(0).span().begin();
            while (paragraph + 1 < paragraphStarts.length && paragraphStarts[paragraph + 1] <= begin) {
                paragraph++;
            }
            out.add(new Sentence(out.size(), paragraph, new Span(begin, tokens.get(tokens.size() - 1).span().end()), tokens));
        }
        return out;
    }

    /**
     * The mention without quotation marks at its edges, or null when nothing else is left: CoreNLP now and
     * then runs the closing mark of a quote into the name after it ("comfort,” Mission Control said").
     */
    static Mention withoutQuotationMarks(Mention m) {
        String text = m.text();
        int lead = 0;
        while (lead < text.length() && isQuotationMarkOrSpace(text.charAt(lead))) {
            lead++;
        }
        int trail = 0;
        while (trail < text.length() - lead && isQuotationMarkOrSpace(text.charAt(text.length() - 1 - trail))
                && text.charAt(text.length() - 1 - trail) != '\u2019') {
            trail++;
        }
        if (lead == 0 && trail == 0) {
            return m;
        }
        if (lead + trail >= text.length()) {
            return null;
        }
        return new Mention(text.substring(lead, text.length() - trail),
                new Span(m.span().begin() + lead, m.span().end() - trail), m.type(), m.normalized());
    }

    private static boolean isQuotationMarkOrSpace(char c) {
        return Character.isWhitespace(c) || "\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e".indexOf(c) >= 0;
    }

    private static List<Mention> mentions(Annotation document) {
        List<Mention> out = new ArrayList<>();
        List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return out;
        }
        for (CoreMap m : mentions) {
            MentionType type = MentionValues.type(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
            if (type == null) {
                continue;
            }
            int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String normalized = MentionValues.normalize(type,
                    m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
            Mention mention = withoutQuotationMarks(new Mention(m.get(CoreAnnotations.TextAnnotation.class),
                    new Span(begin, end), type, normalized));
            if (mention != null) {
                out.add(mention);
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        return out;
    }

    private static int[] paragraphStarts(Article article) {
        int[] starts = new int[Math.max(1, article.paragraphs().size())];
        int at = 0;
        for (int i = 0; i < article.paragraphs().size(); i++) {
            starts[i] = at;
            at += article.paragraphs().get(i).length() + Article.PARAGRAPH_SEPARATOR.length();
        }
        return starts;
    }

    private static String originalText(CoreLabel label) {
        String original = label.get(CoreAnnotations.OriginalTextAnnotation.class);
        return original != null ? original : label.word();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
