package org.storyline.core.nlp;

/**
 * How the {@code nlp} stage runs CoreNLP. Defaults, measured in BENCHMARKS.md, keep one CRF model for
 * names, and mark dates and numbers with Storyline's own rules: CoreNLP's default adds two more CRF layers,
 * fine-grained regex NER and KBP, which cost most of its time and add nothing the later stages read, SUTime
 * alone took about 60% of the whole analysis, and the numeric classifier a sixth of NER.
 *
 * @param nerModel          the CRF classifier for PERSON, ORGANIZATION, LOCATION (and MISC) on the class path
 * @param numbers           whether to mark and normalize numbers, money, percentages, ordinals and durations: by
 *                          {@link NumberMentions}, or by CoreNLP's numeric classifier when SUTime marks the dates
 * @param dates             who marks dates, resolved against the publication date
 * @param maxSentenceTokens sentences longer than this are tagged as plain words (POS and NER are skipped for them);
 *                          it bounds the cost of run-on text such as lists and tables
 */
public record NlpSettings(String nerModel, boolean numbers, DateSource dates, int maxSentenceTokens) {

    public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    public static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    public NlpSettings {
        if (nerModel == null || nerModel.isBlank()) {
            throw new IllegalArgumentException("nerModel is required");
        }
        if (dates == null) {
            throw new IllegalArgumentException("dates is required");
        }
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10");
        }
    }

    /** The measured default: the CoNLL 4-class model, Storyline's numbers and dates. */
    public static NlpSettings defaults() {
        return new NlpSettings(CONLL_4CLASS, true, DateSource.STORYLINE, 250);
    }
}
