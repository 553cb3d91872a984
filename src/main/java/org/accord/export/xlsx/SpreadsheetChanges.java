package org.accord.export.xlsx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.domain.Cell;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.edit.MatrixEdits;

/**
 * What a spreadsheet sent back would change in the workshop, cell by cell, before anything is changed: read by
 * {@link SpreadsheetReader}, shown to the facilitator, and applied ({@link #apply}) as one edit that Ctrl+Z takes back.
 *
 * @param fileName      the file's name, for the preview's heading
 * @param exportedFrom  the title of the workshop the file was exported from, as the file says
 * @param sameWorkshop  false when the file came from another workshop: then no change can be applied
 * @param changes       in the order of the file, row by row
 */
public record SpreadsheetChanges(String fileName, String exportedFrom, boolean sameWorkshop,
                                 List<ProposedChange> changes) {
    public SpreadsheetChanges {
        changes = List.copyOf(changes);
    }

    public List<ProposedChange> applicable() {
        return changes.stream().filter(ProposedChange::applicable).toList();
    }

    /**
     * The accepted changes as one edit (one undo step). Changes that cannot be applied are left out, whoever passes
     * them; the edit is refused as a whole if a row or role it names was removed since the file was read.
     */
    public static Edit apply(List<ProposedChange> accepted) {
        Map<Cell, Raci> letters = new LinkedHashMap<>();
        for (ProposedChange change : accepted) {
            if (change.applicable()) {
                letters.put(new Cell(change.activityId(), change.roleId()), change.letter());
            }
        }
        return MatrixEdits.setLetters("Apply " + letters.size() + (letters.size() == 1 ? " change" : " changes")
                + " from a spreadsheet", letters);
    }
}
