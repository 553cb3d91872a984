package org.accord.domain;

import java.time.LocalDate;

/** What the workshop is: its title, for whom, when, who runs it, and free notes. */
public record WorkshopDetails(String title, String organization, LocalDate date, String facilitator, String notes) {
    public WorkshopDetails {
        title = Names.clean(title, "the workshop title");
        organization = Names.cleanText(organization, "the organization");
        facilitator = Names.cleanText(facilitator, "the facilitator");
        notes = Names.cleanText(notes, "the notes");
    }

    public WorkshopDetails withTitle(String newTitle) {
        return new WorkshopDetails(newTitle, organization, date, facilitator, notes);
    }
}
