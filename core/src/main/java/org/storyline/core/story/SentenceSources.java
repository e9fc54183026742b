package org.storyline.core.story;

import java.util.List;
import java.util.Map;
import org.storyline.core.model.Report;
import org.storyline.core.model.SummarySentence;

/**
 * Whom a summary sentence cites: every article and outlet whose sentence was aligned with it (the
 * statement's report), copies included; a sentence aligned with nothing cites its own article.
 */
final class SentenceSources {

    private SentenceSources() {
    }

    static SummarySentence cited(Passage p, Map<Integer, Report> reportOf) {
        var report = reportOf.get(p.index());
        if (report == null || report.citations().isEmpty()) {
            return new SummarySentence(p.text(), List.of(p.outlet()), List.of(p.citation()));
        }
        return new SummarySentence(p.text(), report.outlets(), report.citations());
    }
}
