package org.accord.session;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the start screen's list of saved workshops. */
public record SavedWorkshop(long id, String title, String organization, LocalDate date, Instant lastEditedAt,
                            int activities, int roles) {
}
