package org.accord.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MomentsTest {
    private static final Instant AFTERNOON = Instant.parse("2026-12-02T14:05:09Z");

    @Test
    void aMomentReadsAsDayMonthYearAndTimeInTheZoneGiven() {
        assertThat(Moments.toTheMinute(ZoneId.of("UTC")).format(AFTERNOON)).isEqualTo("2 Dec 2026, 14:05");
        assertThat(Moments.toTheMinute(ZoneId.of("Europe/Berlin")).format(AFTERNOON)).isEqualTo("2 Dec 2026, 15:05");
        assertThat(Moments.toTheSecond(ZoneId.of("UTC")).format(AFTERNOON)).isEqualTo("2 Dec 2026, 14:05:09");
    }

    @Test
    void theMonthIsInEnglishWhateverTheSystemsLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Moments.toTheMinute(ZoneId.of("UTC")).format(Instant.parse("2026-03-02T09:00:00Z")))
                    .isEqualTo("2 Mar 2026, 09:00");
        } finally {
            Locale.setDefault(before);
        }
    }
}
