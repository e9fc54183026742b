package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.core.model.Credit;
import org.storyline.core.model.CreditRole;

class CreditsParserTest {

    private final CreditsParser credits = CreditsParser.standard();

    @Test
    void parsesCreditsByRole() {
        assertThat(credits.parse("Reporting by Lena Voss, Piet de Wit and Omar Haddad; Additional reporting by "
                + "Ana Ruiz in Lisbon; Writing by Tom Berg; Editing by Kate Moss and Ravi Nair")).containsExactly(
                new Credit("Lena Voss", CreditRole.REPORTING, null),
                new Credit("Piet de Wit", CreditRole.REPORTING, null),
                new Credit("Omar Haddad", CreditRole.REPORTING, null),
                new Credit("Ana Ruiz", CreditRole.ADDITIONAL_REPORTING, "Lisbon"),
                new Credit("Tom Berg", CreditRole.WRITING, null),
                new Credit("Kate Moss", CreditRole.EDITING, null),
                new Credit("Ravi Nair", CreditRole.EDITING, null));
    }

    @Test
    void placeBelongsToNamesBeforeIt() {
        assertThat(credits.parseCreditsLine("Reporting by Lena Voss and Tom Berg in Oslo; Editing by Kate Moss"))
                .extracting(Credit::place).containsExactly("Oslo", "Oslo", null);
    }

    @Test
    void readsBylineWithTwoNames() {
        assertThat(credits.parse("By Lena Voss and Tom Berg")).containsExactly(
                new Credit("Lena Voss", CreditRole.BYLINE, null), new Credit("Tom Berg", CreditRole.BYLINE, null));
    }

    @Test
    void dropsOutletAndJobFromByline() {
        assertThat(credits.parse("By Lena Voss, Reuters")).containsExactly(new Credit("Lena Voss", CreditRole.BYLINE, null));
        assertThat(credits.parse("By LENA VOSS, Associated Press Writer")).extracting(Credit::name).containsExactly("LENA VOSS");
    }

    @Test
    void sentenceIsNotCredits() {
        assertThat(credits.parse("By the end of the week, ministers had agreed on a plan.")).isEmpty();
        assertThat(credits.parse("Reporting by the agency suggested the talks had stalled.")).isEmpty();
        assertThat(credits.parse("The minister said the plan would be ready by Friday.")).isEmpty();
    }
}
