package org.storyline.core.nlp;

import java.util.Properties;

/**
 * The one place that turns {@link NlpSettings} into CoreNLP's {@link Properties}. Public for the benchmark
 * that times each CoreNLP annotator apart.
 */
public final class PipelineProperties {

    private PipelineProperties() {
    }

    public static Properties of(NlpSettings settings) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos," + RememberedLemmas.NAME + ",ner");
        p.setProperty("customAnnotatorClass." + RememberedLemmas.NAME, RememberedLemmas.class.getName());
        p.setProperty("tokenize.language", "en");
        // A blank line ends a sentence: Article.text() joins paragraphs with one, and a headline has no full stop.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.maxlen", Integer.toString(settings.maxSentenceTokens()));
        p.setProperty("ner.maxlen", Integer.toString(settings.maxSentenceTokens()));
        p.setProperty("ner.model", settings.nerModel());
        p.setProperty("ner.combinationMode", "NORMAL");
        // SUTime runs inside CoreNLP's numeric classifier; otherwise NumberMentions reads the numbers, for less.
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(settings.numbers() && settings.dates() == DateSource.SUTIME));
        p.setProperty("ner.useSUTime", Boolean.toString(settings.dates() == DateSource.SUTIME));
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.language", "en");
        p.setProperty("sutime.includeRange", "false");
        p.setProperty("sutime.markTimeRanges", "false");
        return p;
    }
}
