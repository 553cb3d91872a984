package org.accord.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.accord.domain.ValidationException;
import org.junit.jupiter.api.Test;

/** A date field takes ISO and the locale's short form, and refuses anything else with words to fix it. */
class DateFieldsTest {
    private static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);
    private final DateFields us = new DateFields(Locale.US);
    private final DateFields uk = new DateFields(Locale.UK);

    @Test
    void isoIsTakenEverywhere() {
        assertThat(us.parse("2027-01-15")).hasValue(JAN_15);
        assertThat(uk.parse(" 2027-01-15 ")).hasValue(JAN_15);
    }

    @Test
    void theLocalesShortFormIsTakenWithAFourOrTwoDigitYear() {
        assertThat(us.parse("1/15/2027")).hasValue(JAN_15);
        assertThat(us.parse("1/15/27")).hasValue(JAN_15);
        assertThat(uk.parse("15/01/2027")).hasValue(JAN_15);
        assertThat(uk.parse("15/01/27")).hasValue(JAN_15);
    }

    @Test
    void blankMeansNoDate() {
        assertThat(us.parse("  ")).isEmpty();
        assertThat(us.parse(null)).isEmpty();
    }

    @Test
    void anythingElseIsRefusedWithTheFormsItTakes() {
        for (String typed : new String[] {"next tuesday", "2027-02-30", "15/01/2027", "2027/01/15", "1/15"}) {
            assertThatThrownBy(() -> us.parse(typed)).as(typed).isInstanceOf(ValidationException.class)
                    .hasMessage("Type the date as 2027-01-15 or 1/15/2027, or pick it from the calendar.");
        }
        assertThatThrownBy(() -> uk.parse("1/15/2027")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("15/01/2027");
    }

    @Test
    void datesAreShownAsIso() {
        assertThat(DateFields.SHOWN.format(JAN_15)).isEqualTo("2027-01-15");
    }
}
