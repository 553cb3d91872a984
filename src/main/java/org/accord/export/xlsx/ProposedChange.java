package org.accord.export.xlsx;

import java.util.Optional;
import java.util.UUID;
import org.accord.domain.Raci;

/**
 * One cell a spreadsheet would change: where it is in the file, the activity and role it names, the letter the
 * workshop holds now and the one in the file. A change that cannot be applied says why ({@link #problem()}); the
 * others may also carry a note for the facilitator (the cell was changed in Accord too since the export).
 *
 * @param cell       the cell's address in the matrix sheet, as a spreadsheet names it ("D7")
 * @param activityId the row in the workshop; null when the file names an activity the workshop does not have
 * @param roleId     the column in the workshop; null when the file names a role the workshop does not have
 * @param before     the workshop's letter now, "" for an empty cell
 * @param after      the cell's text in the file, "" for an empty cell (not always a letter: see {@link #problem()})
 * @param letter     the letter to set, or null to clear the cell; meaningful only when {@link #applicable()}
 * @param problem    why it cannot be applied, in the facilitator's words; null when it can
 * @param note       something the facilitator should know before accepting it; null when there is none
 */
public record ProposedChange(String cell, String activity, String role, UUID activityId, UUID roleId, String before,
                             String after, Raci letter, String problem, String note) {

    public boolean applicable() {
        return problem == null;
    }

    public Optional<String> noteIfAny() {
        return Optional.ofNullable(note);
    }

    /** "A → R", "(empty) → C", as the preview shows the change. */
    public String beforeAfter() {
        return shown(before) + " → " + shown(after);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(empty)" : value;
    }
}
