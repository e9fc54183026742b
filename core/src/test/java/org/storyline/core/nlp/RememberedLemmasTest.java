package org.storyline.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedLemmasTest {

    private static final String[][] TAGGED = {
            {"Mice", "NNS"}, {"were", "VBD"}, {"running", "VBG"}, {"better", "JJR"}, {"than", "IN"},
            {"they", "PRP"}, {"saw", "VBD"}, {"the", "DT"}, {"saw", "NN"}, {"children", "NNS"}, {"'s", "POS"}, {"took_off", "VBD"}, {"flew", ""}};

    private static Annotation sentence(String[][] tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String[] wordAndTag : tagged) {
            CoreLabel token = new CoreLabel();
            token.setWord(wordAndTag[0]);
            token.setValue(wordAndTag[0]);
            token.setTag(wordAndTag[1]);
            tokens.add(token);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation document = new Annotation("");
        document.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        return document;
    }

    private static List<String> lemmas(Annotation document) {
        return document.get(CoreAnnotations.SentencesAnnotation.class).get(0).get(CoreAnnotations.TokensAnnotation.class)
                .stream().map(CoreLabel::lemma).toList();
    }

    @Test void givesCoreNlpsLemmaForEachWordAndTag() {
        Annotation corenlp = sentence(TAGGED);
        new MorphaAnnotator(false).annotate(corenlp);
        Annotation remembered = sentence(TAGGED);
        new RememberedLemmas("lemma", new Properties()).annotate(remembered);
        assertThat(lemmas(remembered)).isEqualTo(lemmas(corenlp)).contains("mouse", "be", "run", "see", "saw", "child", "take_off");
    }

    @Test void remembersAWordAndTagOnceSeen() {
        var lemmas = new RememberedLemmas("lemma", new Properties());
        assertThat(RememberedLemmas.remembers("geese", "NNS")).isFalse();
        String first = lemmas.lemma("geese", "NNS");
        assertThat(first).isEqualTo("goose");
        assertThat(RememberedLemmas.remembers("geese", "NNS")).isTrue();
        assertThat(lemmas.lemma("geese", "NNS")).isSameAs(first);
    }

    @Test void thePipelineLemmatizesThroughIt() {
        Properties p = PipelineProperties.of(NlpSettings.defaults());
        p.setProperty("annotators", "tokenize,ssplit,pos," + RememberedLemmas.NAME);
        Annotation document = new Annotation("The women were walking home.");
        new StanfordCoreNLP(p).annotate(document);
        assertThat(document.get(CoreAnnotations.TokensAnnotation.class)).extracting(CoreLabel::lemma)
                .containsExactly("the", "woman", "be", "walk", "home", ".");
        assertThat(RememberedLemmas.remembers("women", "NNS")).isTrue();
    }
}
