package org.accord.session;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the start screen's list of saved workshops; {@code openBy}: who has it open now on a team's library
 * (read with the list, so as of then; always empty on the local library).
 */
public record SavedWorkshop(long id, String title, String organization, LocalDate date, Instant lastEditedAt,
                            int activities, int roles, java.util.List<org.accord.domain.Presence> openBy) {
    public SavedWorkshop {
        openBy = java.util.List.copyOf(openBy);
    }

    public SavedWorkshop(long id, String title, String organization, LocalDate date, Instant lastEditedAt,
                         int activities, int roles) {
        this(id, title, organization, date, lastEditedAt, activities, roles, java.util.List.of());
    }
}
