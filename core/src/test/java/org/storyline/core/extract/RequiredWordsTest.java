package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredWordsTest {

    private static List<String> words(String regex) {
        return RequiredWords.of(regex).map(RequiredWords::words).orElse(List.of());
    }

    @Test
    void readsAPlainRunAtTheTopLevel() {
        assertThat(RequiredWords.of("\\bcan be reached at\\s+\\S+@\\S+"))
                .contains(new RequiredWords(List.of("can be reached at"), false));
    }

    @Test
    void aPatternIgnoringCaseNeedsItsWordsInLowerCase() {
        assertThat(RequiredWords.of("(?i)\\bContributed to this story"))
                .contains(new RequiredWords(List.of("contributed to this story"), true));
    }

    @Test
    void aGroupOfAlternativeWordsNeedsOneOfThem() {
        assertThat(words("(?i:whatsapp|telegram)[- ]chan")).containsExactly("whatsapp", "telegram");
    }

    @Test
    void anOptionalPartNeedsNothing() {
        assertThat(words("(?:breaking )?news")).containsExactly("news");
        assertThat(words("colou?r")).containsExactly("colo");
    }

    @Test
    void aPartRepeatedFromZeroNeedsNothing() {
        assertThat(words("(?:ab)*cd")).containsExactly("cd");
        assertThat(words("x{0,3}yz")).containsExactly("yz");
    }

    @Test
    void aNegativeLookAheadOrALookBehindNeedsNothing() {
        assertThat(words("(?!free)\\w+ trial")).containsExactly(" trial");
        assertThat(words("(?<=Photographs )by")).containsExactly("by");
    }

    @Test
    void aLookAheadNeedsWhatItHolds() {
        assertThat(words("(?=.{0,70}$)(?=.*monthly)\\d+")).containsExactly("monthly");
    }

    @Test
    void topLevelAlternativesNeedOneWordEach() {
        assertThat(words("\\d+ min read|Watch now")).containsExactly(" min read", "Watch now");
    }

    @Test
    void anAlternativeNamingNoWordLeavesThePatternUnscreened() {
        assertThat(RequiredWords.of("\\d+|Watch")).isEmpty();
        assertThat(RequiredWords.of("(?:^|[.!?]\\s+)subscribe")).contains(new RequiredWords(List.of("subscribe"), false));
    }

    @Test
    void escapedPunctuationIsPlain() {
        assertThat(words("\\(AP\\)$")).containsExactly("(AP)");
    }

    @Test
    void wordsIgnoringCaseBeyondAsciiAreNotNeeded() {
        assertThat(RequiredWords.of("(?iu:kanal)")).isEmpty();
        assertThat(RequiredWords.of("(?i:está) en")).contains(new RequiredWords(List.of(" en"), false));
        assertThat(words("(?:Źródło|Source):")).containsExactly("Źródło", "Source");
    }

    @Test
    void unreadablePatternsAreUnscreened() {
        assertThat(RequiredWords.of("\\Qa.b\\E")).isEmpty();
        assertThat(RequiredWords.of("(?x)free trial")).isEmpty();
        assertThat(RequiredWords.of("(free)\\1")).isEmpty();
        assertThat(RequiredWords.of("(unclosed")).isEmpty();
        assertThat(RequiredWords.of("cut short (?")).isEmpty();
        assertThat(RequiredWords.of("\\u20")).isEmpty();
    }

    @Test
    void wordsIgnoringCaseAreMetByTheLowerCase() {
        RequiredWords inbox = RequiredWords.of("(?i)your inbox").orElseThrow();
        String line = "Delivered to YOUR INBOX";
        assertThat(inbox.metBy(line, line.toLowerCase(Locale.ROOT))).isTrue();
        assertThat(inbox.metBy("Delivered by post", "delivered by post")).isFalse();
    }

    /** Whatever a pattern matches holds one of the words it is said to need. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "(?i)\\bcan be reached at\\s+\\S+@\\S+ => Maria CAN BE REACHED AT maria@gazette.example",
        "^(?i:posted by|eingestellt von)\\s+\\w+ => Eingestellt von Anna",
        "\\s(?:Image |Photo )?(?:Credit|Photo)s?\\s*:\\s*\\w+$ => The quay at dawn. Photos: HarbourBoard",
        "^\\d+\\s+(?i:comments?|min(?:ute)?s?\\s+read)$ => 4 MINUTES READ",
        "(?:^|[.!?]\\s+)(?i:get|sign up)\\b[^.!?]{0,100}?(?i:in|to)\\s+your\\s+inbox$ => Sign up to get it in your inbox",
        "^(?=.{0,70}$)(?=.*(?:\\d\\s?(?:€|kr)|€\\s?\\d))(?=.*\\b(?i:month)\\b) => Just 4 kr a MONTH",
        "^\\d{1,2}[:.]\\d{2}\\s*(?i:share|teilen)$ => 12:30 Teilen",
        "(?<=[.!?]\\s{1,3})By\\s+\\p{Lu}\\w+$ => The ferry left. By Maria",
        "(?i)\\bfreely (?:available|accessible)\\b => FREELY ACCESSIBLE to all",
    })
    void aMatchHoldsANeededWord(String regex, String text) {
        assertThat(Pattern.compile(regex.strip()).matcher(text.strip()).find()).as("the example matches").isTrue();
        RequiredWords needs = RequiredWords.of(regex.strip()).orElseThrow();
        assertThat(needs.metBy(text.strip(), text.strip().toLowerCase(Locale.ROOT))).isTrue();
    }
}
