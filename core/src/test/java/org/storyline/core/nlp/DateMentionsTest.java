package org.storyline.core.nlp;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.Mention;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DateMentionsTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 11, 29);

    private static List<Mention> dates(String text) {
        return DateMentions.find(text, List.of(), PUBLISHED);
    }

    private static String only(String text) {
        List<Mention> found = dates(text);
        assertThat(found).hasSize(1);
        return found.get(0).normalized();
    }

    @Test void weekdayOfPublicationIsThatDay() {
        assertThat(only("The minister spoke on Wednesday in Oslo.")).isEqualTo("2023-11-29");
    }

    @Test void bareWeekdayIsTheLastOneBeforePublication() {
        assertThat(only("The talks ended on Monday without a deal.")).isEqualTo("2023-11-27");
        assertThat(only("Officials met on Thursday.")).isEqualTo("2023-11-23");
    }

    @Test void weekdayInAFutureClauseLooksForward() {
        assertThat(only("The ministers will meet again on Friday in Rome.")).isEqualTo("2023-12-01");
        assertThat(only("On Friday, the ministers will meet again.")).isEqualTo("2023-12-01");
    }

    @Test void futureOfReportedSpeechLooksForward() {
        assertThat(only("The operator said no trains would run north of the capital until Friday morning."))
                .isEqualTo("2023-12-01");
        assertThat(only("The company said it expected a full timetable by Friday.")).isEqualTo("2023-12-01");
    }

    @Test void aPresentWishOrHopeLooksForward() {
        assertThat(only("The flights will carry pilgrims who wish to travel to Mecca in early March.")).isEqualTo("2024-03");
        assertThat(only("The rebels hope to hold talks in April.")).isEqualTo("2024-04");
        assertThat(only("The rebels hoped to hold talks in April.")).isEqualTo("2023-04");
    }

    @Test void quotedWordsBetweenCueAndWeekdayCountAsOne() {
        assertThat(only("The minister said the government would present \"a serious plan, not a patch, for every line\" on Friday."))
                .isEqualTo("2023-12-01");
        assertThat(only("She said the board would publish \u201ca full and frank account of what went wrong\u201d on Friday."))
                .isEqualTo("2023-12-01");
    }

    @Test void reportedFutureKeepsTheSayingDayInThePast() {
        assertThat(only("She said on Tuesday that the ministers will meet again.")).isEqualTo("2023-11-28");
    }

    @Test void lastAndNextWeekdayStepAwayFromPublication() {
        assertThat(only("Voters went to the polls last Wednesday.")).isEqualTo("2023-11-22");
        assertThat(only("Voting resumes next Monday.")).isEqualTo("2023-12-04");
    }

    @Test void monthDayYearInEveryCommonSpelling() {
        assertThat(only("The strike began Nov. 28, 2023, at dawn.")).isEqualTo("2023-11-28");
        assertThat(only("The strike began November 28 2023.")).isEqualTo("2023-11-28");
        assertThat(only("The strike began on 28 November 2023.")).isEqualTo("2023-11-28");
        assertThat(only("The strike began on the 3rd of March, 2021.")).isEqualTo("2021-03-03");
        assertThat(only("The filing is dated 2021-06-30.")).isEqualTo("2021-06-30");
    }

    @Test void dayWithoutYearTakesThePublicationYearWhenNear() {
        assertThat(only("The truce held until Nov. 20.")).isEqualTo("2023-11-20");
        assertThat(only("The truce holds until Dec. 15.")).isEqualTo("2023-12-15");
    }

    @Test void dayWithoutYearFarAheadIsLastYears() {
        List<Mention> found = DateMentions.find("The truce held from Dec. 30 to Jan. 2.", List.of(), LocalDate.of(2024, 1, 5));
        assertThat(found).extracting(Mention::normalized).containsExactly("2023-12-30", "2024-01-02");
    }

    @Test void monthAndYearIsAMonth() {
        assertThat(only("The war began in February 2022 after months of tension.")).isEqualTo("2022-02");
        assertThat(only("Prices peaked in Sept. 2019.")).isEqualTo("2019-09");
    }

    @Test void bareMonthNeedsAWordThatMakesItADate() {
        assertThat(only("Talks collapsed in March.")).isEqualTo("2023-03");
        assertThat(only("Talks stalled in mid-October.")).isEqualTo("2023-10");
        assertThat(dates("Officials may March on the capital. May Ellis said so.")).isEmpty();
    }

    @Test void lastMonthNameIsTheOneBeforePublication() {
        assertThat(only("Prices rose last December.")).isEqualTo("2022-12");
    }

    @Test void relativeWeeksMonthsAndYears() {
        assertThat(only("Troops withdrew last week.")).isEqualTo("2023-W47");
        assertThat(only("The summit is next month.")).isEqualTo("2023-12");
        assertThat(only("Sales fell this year.")).isEqualTo("2023");
        assertThat(only("Sales fell last year.")).isEqualTo("2022");
    }

    @Test void agoCountsBackFromPublication() {
        assertThat(only("The deal was signed two years ago.")).isEqualTo("2021");
        assertThat(only("The deal was signed 3 days ago.")).isEqualTo("2023-11-26");
    }

    @Test void yesterdayAndTomorrow() {
        assertThat(dates("Yesterday was calm; tomorrow may not be.")).extracting(Mention::normalized)
                .containsExactly("2023-11-28", "2023-11-30");
    }

    @Test void yearAloneIsAYearButACountOfThingsIsNot() {
        assertThat(only("The law was passed in 2017.")).isEqualTo("2017");
        assertThat(only("Turnout in the 2024 elections was low.")).isEqualTo("2024");
        assertThat(dates("The army sent 2000 troops and $2015 in cash, or 2,019 rations.")).isEmpty();
    }

    @Test void weekdayJoinsTheDateWrittenAfterIt() {
        List<Mention> found = dates("It happened on Tuesday, Nov. 28, in Kyiv.");
        assertThat(found).extracting(Mention::text, Mention::normalized).containsExactly(tuple("Tuesday, Nov. 28", "2023-11-28"));
    }

    @Test void spansPointAtTheWords() {
        String text = "Since January 2020 and until last week, prices doubled.";
        for (Mention m : DateMentions.find(text, List.of(), PUBLISHED)) {
            assertThat(m.span().of(text)).isEqualTo(m.text());
        }
        assertThat(dates(text)).extracting(Mention::text).containsExactly("January 2020", "last week");
    }

    @Test void withoutPublicationDateOnlyAbsoluteDatesResolveAndWeekdaysStayUnanchored() {
        List<Mention> found = DateMentions.find("On Monday, a week after Nov. 28, 2023 and last week.", List.of(), null);
        assertThat(found).extracting(Mention::text, Mention::normalized).containsExactly(
                tuple("Monday", "XXXX-WXX-1"), tuple("Nov. 28, 2023", "2023-11-28"), tuple("last week", null));
    }

    @Test void invalidDaysAreNotDates() {
        assertThat(dates("It rained on February 30 and March 45.")).extracting(Mention::normalized).doesNotContain("2023-02-30");
        assertThat(dates("The file 2023-13-45 is corrupt.")).isEmpty();
    }

    @Test void datesAtTheStartOfTheTextAndRightAfterPunctuationAreFound() {
        assertThat(dates("Nov. 28, 2023: talks began.\n\u201cOn Monday\u201d, (Tuesday) and \u2014Friday\u2014 too."))
                .extracting(Mention::normalized)
                .containsExactly("2023-11-28", "2023-11-27", "2023-11-28", "2023-11-24");
    }

    @Test void aCalendarWordInsideAnotherWordIsNotADate() {
        assertThat(dates("The Mayday call and the Junebug festival came after 12020 tests.")).isEmpty();
    }
}
