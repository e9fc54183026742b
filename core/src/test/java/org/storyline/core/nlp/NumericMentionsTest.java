package org.storyline.core.nlp;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Span;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NumericMentionsTest {

    private static Mention number(String text, String number, MentionType type) {
        int at = text.indexOf(number);
        return new Mention(number, new Span(at, at + number.length()), type, type == MentionType.NUMBER ? number : null);
    }

    @Test void numberBeforeAPercentWordIsAPercentage() {
        String text = "Spending rose 25% and then 7 percentage points.";
        List<Mention> out = NumericMentions.complete(text, List.of(number(text, "25", MentionType.NUMBER),
                number(text, "7", MentionType.NUMBER)));
        assertThat(out).extracting(Mention::text, Mention::type, Mention::normalized).containsExactly(
                tuple("25%", MentionType.PERCENT, "25"), tuple("7 percentage points", MentionType.PERCENT, "7"));
    }

    @Test void numberBeforeAClockWordIsATimeOfDay() {
        String text = "The vote opens at 10 a.m. on site.";
        List<Mention> out = NumericMentions.complete(text, List.of(number(text, "10", MentionType.DURATION)));
        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(tuple("10 a.m.", MentionType.TIME));
    }

    @Test void plainNumbersStayNumbers() {
        String text = "They sent 25 perceptive analysts and 7 amateurs.";
        List<Mention> in = List.of(number(text, "25", MentionType.NUMBER), number(text, "7", MentionType.NUMBER));
        assertThat(NumericMentions.complete(text, in)).isEqualTo(in);
    }
}
