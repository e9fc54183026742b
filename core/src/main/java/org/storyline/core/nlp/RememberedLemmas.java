package org.storyline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's lemma annotator with its answers remembered: a lemma depends only on the word and its tag, and a
 * few thousand pairs make up most of any news text, so each pair runs CoreNLP's finite-state morphology once
 * instead of once per token. A pair not yet seen is lemmatized the way {@link MorphaAnnotator} does it, so
 * every lemma is the one CoreNLP gives. Registered with CoreNLP by class name ({@link PipelineProperties}).
 */
public final class RememberedLemmas implements edu.stanford.nlp.pipeline.Annotator {

    /** Its name in the pipeline's list of annotators (CoreNLP's own "lemma" cannot be replaced under that name). */
    public static final String NAME = "rememberedlemma";

    /** Past this many pairs the memory starts over: it bounds the heap on a long run of unusual words. */
    static final int CAPACITY = 200_000;

    private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();

    private final MorphaAnnotator morpha = new MorphaAnnotator(false);
    /** CoreNLP's morphology keeps a lexer's state, so each thread has its own. */
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

    /** The constructor CoreNLP calls for a custom annotator. */
    public RememberedLemmas(String name, Properties properties) {
    }

    @Override
    public void annotate(Annotation document) {
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                token.setLemma(lemma(token.word(), token.tag()));
            }
        }
    }

    String lemma(String word, String tag) {
        String key = key(word, tag);
        String lemma = LEMMAS.get(key);
        if (lemma == null) {
            lemma = computed(word, tag);
            if (lemma == null) {
                return null;
            }
            if (LEMMAS.size() >= CAPACITY) {
                LEMMAS.clear();
            }
            LEMMAS.put(key, lemma);
        }
        return lemma;
    }

    static boolean remembers(String word, String tag) {
        return LEMMAS.containsKey(key(word, tag));
    }

    private static String key(String word, String tag) {
        return (tag == null ? "" : tag) + '\u0000' + word;
    }

    /**
     * CoreNLP's lemma of one word with its tag: what its annotator computes for a tagged word, and for an
     * untagged word or a verb joined to its particle ("take_off") the annotator itself on a one-token sentence.
     */
    private String computed(String word, String tag) {
        if (tag != null && !tag.isEmpty() && word != null && word.indexOf('_') < 0) {
            return morphology.get().lemma(word, tag);
        }
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.setTag(tag);
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, List.of(token));
        Annotation one = new Annotation(word);
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        morpha.annotate(one);
        return token.lemma();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return morpha.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return morpha.requires();
    }
}
