package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser languages = LanguageGuesser.standard();

    @Test
    void tellsLatinScriptLanguagesByStopwords() {
        assertThat(languages.guess("The ministers said on Friday that they would meet again in the spring.")).isEqualTo("en");
        assertThat(languages.guess("Die Minister sagten am Freitag, dass sie sich im Frühjahr wieder treffen werden.")).isEqualTo("de");
        assertThat(languages.guess("Les ministres ont dit vendredi qu'ils se retrouveraient au printemps pour la suite.")).isEqualTo("fr");
        assertThat(languages.guess("Los ministros dijeron el viernes que se reunirán de nuevo en la primavera.")).isEqualTo("es");
        assertThat(languages.guess("I ministri hanno detto venerdì che si incontreranno di nuovo in primavera per il vertice.")).isEqualTo("it");
        assertThat(languages.guess("De ministers zeiden vrijdag dat ze in het voorjaar opnieuw bij elkaar zullen komen.")).isEqualTo("nl");
        assertThat(languages.guess("Os ministros disseram na sexta-feira que vão se reunir de novo na primavera para o acordo.")).isEqualTo("pt");
    }

    @Test
    void tellsOtherScriptsByScript() {
        assertThat(languages.guess("Министры встретились в пятницу в Брюсселе.")).isEqualTo("ru");
        assertThat(languages.guess("外交部长们星期五在布鲁塞尔会面。")).isEqualTo("zh");
        assertThat(languages.guess("外相たちは金曜日にブリュッセルで会談した。")).isEqualTo("ja");
        assertThat(languages.guess("외무장관들은 금요일 브뤼셀에서 만났다.")).isEqualTo("ko");
        assertThat(languages.guess("التقى وزراء الخارجية يوم الجمعة في بروكسل.")).isEqualTo("ar");
        assertThat(languages.guess("Οι υπουργοί συναντήθηκαν την Παρασκευή στις Βρυξέλλες.")).isEqualTo("el");
        assertThat(languages.guess("השרים נפגשו ביום שישי בבריסל.")).isEqualTo("he");
    }

    @Test
    void undeterminedWhenUnsure() {
        assertThat(languages.guess("")).isEqualTo("und");
        assertThat(languages.guess("12345 !!!")).isEqualTo("und");
        assertThat(languages.guess("Xqzt Brrk Ploof")).isEqualTo("und");
    }
}
