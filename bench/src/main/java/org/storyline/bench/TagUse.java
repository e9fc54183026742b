package org.storyline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.storyline.core.extract.ExtractionException;
import org.storyline.core.extract.TextArticleExtractor;
import org.storyline.core.model.Article;
import org.storyline.core.model.RawDocument;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Token;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.nlp.NlpSettings;
import org.storyline.core.nlp.PipelineProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Whether the per-article path could skip CoreNLP's part-of-speech tagger, the largest share of its CPU:
 * {@code bench/run TagUse [--limit N] [PATH...]}. It prints (1) how many sentences, and tokens in them, hold
 * nothing Storyline's rules read tags around (a name or number, a personal pronoun, a cardinal number, a digit,
 * a quotation mark), which is all a tagger run per sentence could leave out, and (2) how many tokens the NER
 * CRF gives another class (person, organization, location, misc) when run without tags: its model uses none
 * as features, but its occurrence patterns look for a proper noun (NNP) before a word. With no PATH it reads
 * PolNeAR's texts, as {@link AnalysisThroughput} does.
 */
public final class TagUse {

    private static final Set<String> CRF_CLASSES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    public static void main(String[] args) {
        int limit = 60;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--limit")) {
                limit = Integer.parseInt(args[++i]);
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            Path polnear = Path.of(System.getProperty("storyline.shared", "../shared"), "eval", "quotes", "polnear",
                    "polnear_train_dev.jsonl");
            if (!Files.isRegularFile(polnear)) {
                System.out.println("TagUse: skipped, no input given and " + polnear + " absent");
                return;
            }
            paths.add(polnear);
        }
        List<Article> articles = new ArrayList<>();
        for (RawDocument document : AnalysisThroughput.read(paths, limit)) {
            try {
                articles.add(new TextArticleExtractor().extract(document));
            } catch (ExtractionException e) {
                // not an article: nothing to tag
            }
        }
        untaggable(articles);
        nerWithoutTags(articles);
    }

    private static void untaggable(List<Article> articles) {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        long sentences = 0;
        long tokens = 0;
        long freeSentences = 0;
        long freeTokens = 0;
        for (Article article : articles) {
            for (Sentence sentence : annotator.annotate(article).sentences()) {
                sentences++;
                tokens += sentence.tokens().size();
                if (sentence.tokens().stream().noneMatch(TagUse::readsTags)) {
                    freeSentences++;
                    freeTokens += sentence.tokens().size();
                }
            }
        }
        System.out.printf("TagUse: %d articles, %d sentences, %d tokens%n", articles.size(), sentences, tokens);
        System.out.printf("  sentences with nothing the rules read tags around: %d (%.1f%%), %d tokens (%.1f%%)%n",
                freeSentences, 100.0 * freeSentences / sentences, freeTokens, 100.0 * freeTokens / tokens);
    }

    private static boolean readsTags(Token t) {
        return !t.ner().equals("O") || t.pos().startsWith("PRP") || t.pos().equals("CD")
                || t.text().chars().anyMatch(c -> Character.isDigit(c) || "\"'\u201c\u201d\u2018\u2019".indexOf(c) >= 0);
    }

    private static void nerWithoutTags(List<Article> articles) {
        StanfordCoreNLP tagged = pipeline("tokenize,ssplit,pos,ner");
        StanfordCoreNLP untagged = pipeline("tokenize,ssplit,ner");
        long tokens = 0;
        long names = 0;
        long changed = 0;
        for (Article article : articles) {
            List<CoreLabel> a = annotated(tagged, article.text());
            List<CoreLabel> b = annotated(untagged, article.text());
            for (int i = 0; i < a.size(); i++) {
                String with = crfClass(a.get(i));
                tokens++;
                names += with.equals("O") ? 0 : 1;
                changed += with.equals(crfClass(b.get(i))) ? 0 : 1;
            }
        }
        System.out.printf("  NER CRF without tags: %d of %d tokens (%d in names) change class%n", changed, tokens, names);
    }

    private static StanfordCoreNLP pipeline(String annotators) {
        Properties p = PipelineProperties.of(NlpSettings.defaults());
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(p);
    }

    private static List<CoreLabel> annotated(StanfordCoreNLP pipeline, String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        return document.get(CoreAnnotations.TokensAnnotation.class);
    }

    private static String crfClass(CoreLabel token) {
        return token.ner() != null && CRF_CLASSES.contains(token.ner()) ? token.ner() : "O";
    }
}
