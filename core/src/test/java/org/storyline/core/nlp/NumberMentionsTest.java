package org.storyline.core.nlp;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NumberMentionsTest {

    /** One sentence of "word/TAG" pairs joined by single spaces. */
    private static List<Mention> find(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            tokens.add(new Token(word, new Span(text.length(), text.length() + word.length()), pair.substring(slash + 1), word, "O"));
            text.append(word);
        }
        Sentence s = new Sentence(0, 0, new Span(0, text.length()), tokens);
        return NumberMentions.find(text.toString(), List.of(s));
    }

    @Test void readsDigitsAndSpelledNumbersTogether() {
        assertThat(find("made/VBD 300,000/CD of/IN 1.5/CD million/CD parts/NNS and/CC two/CD hundred/CD thousand/CD bolts/NNS"))
                .extracting(Mention::text, Mention::type, Mention::normalized).containsExactly(
                        tuple("300,000", MentionType.NUMBER, "300000"),
                        tuple("1.5 million", MentionType.NUMBER, "1500000"),
                        tuple("two hundred thousand", MentionType.NUMBER, "200000"));
    }

    @Test void hyphenatedTensAndUnits() {
        assertThat(find("twenty-five/CD people/NNS")).extracting(Mention::normalized).containsExactly("25");
    }

    @Test void currencySignBeforeOrWordAfterMakesMoney() {
        assertThat(find("a/DT $/$ 415/CD billion/CD budget/NN ,/, US$/$ 5/CD and/CC twenty/CD thousand/CD dollars/NNS"))
                .extracting(Mention::text, Mention::type, Mention::normalized).containsExactly(
                        tuple("$ 415 billion", MentionType.MONEY, "USD 415000000000"),
                        tuple("US$ 5", MentionType.MONEY, "USD 5"),
                        tuple("twenty thousand dollars", MentionType.MONEY, "USD 20000"));
    }

    @Test void numberBeforeAUnitOfTimeIsADuration() {
        assertThat(find("for/IN two/CD years/NNS")).extracting(Mention::text, Mention::type)
                .containsExactly(tuple("two years", MentionType.DURATION));
    }

    @Test void ordinalsInWordsAndDigits() {
        assertThat(find("the/DT second/JJ round/NN and/CC the/DT 21st/JJ"))
                .extracting(Mention::text, Mention::type, Mention::normalized).containsExactly(
                        tuple("second", MentionType.ORDINAL, "2"), tuple("21st", MentionType.ORDINAL, "21"));
    }

    @Test void oneAsAPronounIsNoNumber() {
        assertThat(find("the/DT one/NN who/WP won/VBD")).isEmpty();
    }

    @Test void twoNumbersInARowHaveNoValue() {
        assertThat(find("call/VB 202/CD 555/CD")).singleElement()
                .satisfies(m -> assertThat(m.normalized()).isNull());
    }
}
