package org.accord.domain.edit;

import org.accord.domain.Edit;
import org.accord.domain.WorkshopDetails;

/** The edits of the workshop itself, outside its matrix and its guide. */
public final class WorkshopEdits {
    private WorkshopEdits() {
    }

    /** Title, organization, date, facilitator, notes and the limit of Consulted roles, from the details dialog. */
    public static Edit changeDetails(WorkshopDetails details, int consultedLimit) {
        return new Edit("Edit workshop details", w -> w.withDetails(details).withConsultedLimit(consultedLimit));
    }
}
