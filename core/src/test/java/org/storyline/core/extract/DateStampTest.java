package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line that only stamps a time on the page, in the languages the month names cover, against prose. */
class DateStampTest {

    @Test
    void readsStampsWithAFullDate() {
        assertThat(DateStamp.isDateStamp("Updated Dec. 22, 2023 11:48 a.m. ET")).isTrue();
        assertThat(DateStamp.isDateStamp("21 febbraio 2024 (modifica il 21 febbraio 2024 | 09:12)")).isTrue();
        assertThat(DateStamp.isDateStamp("Publicerad 2024-06-20 07.00")).isTrue();
        assertThat(DateStamp.isDateStamp("13/03/2031 04h02 · Atualizado há 3 horas")).isTrue();
        assertThat(DateStamp.isDateStamp("Publié le 13/03/2031 à 18h45")).isTrue();
        assertThat(DateStamp.isDateStamp("16 september 2031 07:12 Aangepast: 16 september 2031 10:41")).isTrue();
    }

    @Test
    void readsStampsThatSayHowLongAgo() {
        assertThat(DateStamp.isDateStamp("Published May 14, 2031 • Last updated 1 hour ago • 3 minute read")).isTrue();
        assertThat(DateStamp.isDateStamp("Posted March 2, 2031, 2 days ago")).isTrue();
        assertThat(DateStamp.isDateStamp("She left three days ago, on May 14, 2031")).isFalse();
    }

    @Test
    void readsStampsThatNameWhoPosted() {
        assertThat(DateStamp.isDateStamp("Posted March 1, 2031 by Dr. Karen Lundqvist")).isTrue();
        assertThat(DateStamp.isDateStamp("Posted on March 1, 2031 by admin")).isTrue();
        assertThat(DateStamp.isDateStamp("Post Date: 04/09/2031 2:10 PM")).isTrue();
        assertThat(DateStamp.isDateStamp("- 05/14/31 2:32 PM ET")).isTrue();
        assertThat(DateStamp.isDateStamp("Updated: Jun 17, 2031 5:42 pmPosted: Jun 17, 2031 5:42 pm")).isTrue();
        assertThat(DateStamp.isDateStamp("GoalLine Staff 01/09/2031 20:30")).isTrue();
        assertThat(DateStamp.isDateStamp("Anni Korhonen26.8.2031 14:08Päivitetty 26.8.2031 15:02")).isTrue();
        assertThat(DateStamp.isDateStamp("05 Dec, 2031 By Ann Lee and Sam Roe")).isTrue();
        assertThat(DateStamp.isDateStamp("Posted March 1, 2031 by the mayor and two aldermen")).isFalse();
    }

    @Test
    void readsStampsWithOrdinalsJoiningWordsGluedSpansAndReadingTimes() {
        assertThat(DateStamp.isDateStamp("and last updated 6:12 AM, Apr 16, 2031")).isTrue();
        assertThat(DateStamp.isDateStamp("Mon, May 18th 2031 at 11:24 AMUpdated Mon, May 18th 2031 at 1:09 PM")).isTrue();
        assertThat(DateStamp.isDateStamp("Ultimo aggiornamento: 21 febbraio 2031 07:15")).isTrue();
        assertThat(DateStamp.isDateStamp("26 febbraio 2031 3' di lettura")).isTrue();
        assertThat(DateStamp.isDateStamp("5 de marzo de 2031 12:30")).isTrue();
        assertThat(DateStamp.isDateStamp("7:45 PMSep 01, 2031")).isTrue();
        assertThat(DateStamp.isDateStamp("Published4 Nov 2031, 04:58 PM IST")).isTrue();
        assertThat(DateStamp.isDateStamp("The council met on May 18th and again on June 2nd, 2031.")).isFalse();
    }

    @Test
    void readsStampsWithAReadingTimeInOtherLanguages() {
        assertThat(DateStamp.isDateStamp("05/11/2031 13:08 1 minuto de lectura")).isTrue();
        assertThat(DateStamp.isDateStamp("05/11/2031 13:082 minutos de lectura")).isTrue();
        assertThat(DateStamp.isDateStamp("12 mars 2031 à 10h02 - 4 min de lecture")).isTrue();
        assertThat(DateStamp.isDateStamp("12.03.2031, 10:02 Uhr Lesezeit: 4 Minuten")).isTrue();
        assertThat(DateStamp.isDateStamp("12 marzo 2031, 5 minuti di lettura")).isTrue();
        assertThat(DateStamp.isDateStamp("La lecture du 12 mars 2031 a duré 4 minutes")).isFalse();
    }

    @Test
    void readsStampsOfTimesOfTheDayAlone() {
        assertThat(DateStamp.isDateStamp("Publicerad 07.00Uppdaterad 09.26")).isTrue();
        assertThat(DateStamp.isDateStamp("Dzisiaj 12:14Aktualizacja: Dzisiaj 13:40")).isTrue();
        assertThat(DateStamp.isDateStamp("Aktualisiert um 14:05 Uhr")).isTrue();
    }

    @Test
    void readsStampsWithTheYearLeftOutBesideTheTime() {
        assertThat(DateStamp.isDateStamp("donderdag 9 januari, 07:41 • Aangepast donderdag 9 januari, 09:02")).isTrue();
        assertThat(DateStamp.isDateStamp("2031. december 12. – 15:10")).isTrue();
        assertThat(DateStamp.isDateStamp("Friday, March 3")).isFalse();
    }

    @Test
    void readsStampsInChineseJapaneseAndKorean() {
        assertThat(DateStamp.isDateStamp("2031年11月14日 17:32（2031年11月14日 18:05更新）")).isTrue();
        assertThat(DateStamp.isDateStamp("2031/3/5 16:32（3/5 17:05 更新）")).isTrue();
        assertThat(DateStamp.isDateStamp("2031年03月12日 10:31 来源于 财新网")).isTrue();
        assertThat(DateStamp.isDateStamp("ライター：朝倉ユウキ 2031/09/25 18:30")).isTrue();
        assertThat(DateStamp.isDateStamp("입력 2031.01.23. 15:12업데이트 2031.01.23. 16:40")).isTrue();
    }

    @Test
    void readsALiveTickersEventsStampedWithTheirTime() {
        assertThat(DateStamp.isDateStamp("Abpfiff21:01 Uhr")).isTrue();
        assertThat(DateStamp.isDateStamp("Gelbe Karte21:40 Uhr")).isTrue();
        assertThat(DateStamp.isDateStamp("Wechsel 21:33 Uhr")).isTrue();
        assertThat(DateStamp.isDateStamp("Rote Karte für den Verteidiger nach 21:40 Uhr")).isFalse();
    }

    @Test
    void readsAChineseStampWhoseClockRunsOnIntoItsSource() {
        assertThat(DateStamp.isDateStamp("2031年05月06日 16:48每日经济新闻")).isTrue();
        assertThat(DateStamp.isDateStamp("2031年05月06日 16:48，每日经济新闻记者在现场看到，排队的人一直排到了街口。")).isFalse();
    }

    @Test
    void leavesChineseJapaneseAndKoreanSentencesWithADate() {
        assertThat(DateStamp.isDateStamp("2031年3月5日 16:32，北京发生地震。")).isFalse();
        assertThat(DateStamp.isDateStamp("2031年3月5日 16:32 北京市朝阳区发生了一起严重交通事故")).isFalse();
        assertThat(DateStamp.isDateStamp("2031年11月20日発売")).isFalse();
    }

    @Test
    void leavesLinesThatSayMoreThanWhen() {
        assertThat(DateStamp.isDateStamp("The ferry leaves at 07.00 and returns at 09.26")).isFalse();
        assertThat(DateStamp.isDateStamp("Doors open Feb 6, 2024 at 7:30 PM")).isFalse();
        assertThat(DateStamp.isDateStamp("Um 14:05 Uhr")).isFalse();
        assertThat(DateStamp.isDateStamp("The meeting on 26.8.2031 was cancelled")).isFalse();
        assertThat(DateStamp.isDateStamp("Version 1.2.2031")).isFalse();
        assertThat(DateStamp.isDateStamp("Le 13/03/2031 à 18h45, le train est reparti")).isFalse();
    }

    @Test
    void readsAPagesLastModifiedLine() {
        assertThat(DateStamp.isDateStamp("Page last modified: 12th October 2031")).isTrue();
        assertThat(DateStamp.isDateStamp("12.jun.2031 às 18h00Atualizado: 12.jun.2031 às 19h25")).isTrue();
    }

    @Test
    void readsStampsUnderTheirWritersName() {
        assertThat(DateStamp.isDateStamp("Par Lionel Roe Publié le 25 févr. 2031 à 06:30 · Mis à jour le 25 févr. 2031 à 08:12"))
                .isTrue();
        assertThat(DateStamp.isDateStamp("By Ann Lee Updated 3:15 PM EST, Jan 5, 2031")).isTrue();
        assertThat(DateStamp.isDateStamp("By Ann Lee The ferry leaves on Jan 5, 2031")).isFalse();
        assertThat(DateStamp.isDateStamp("Anna KowalskaWtorek, 4 czerwca 2031 (11:20)Aktualizacja: Wtorek, 4 czerwca 2031 (16:45)"))
                .isTrue();
    }

    @Test
    void readsDottedDatesWithATimeBeforeAComma() {
        assertThat(DateStamp.isDateStamp("le 03.03.2031 à 17h45, mis à jour le 04.03.2031 à 09h10 Lecture 4 min.")).isTrue();
        assertThat(DateStamp.isDateStamp("16 Juin 2031, 7:00Mis à jour le 16 Juin 2031, 9:485 mn")).isTrue();
        assertThat(DateStamp.isDateStamp("Die Feuerwehr rückte am 03.03.2031 aus.")).isFalse();
        assertThat(DateStamp.isDateStamp("Der Kurs stieg um 12.50,3 Prozent")).isFalse();
    }
}
