package org.accord.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.AccordException;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.junit.jupiter.api.Test;

/**
 * The edit journal's file gives back the very workshops written, ids and times included: the merge that puts the
 * edits back goes cell by cell, by id, and a field lost on the way would count as an edit of the facilitator's.
 */
class EditJournalFileTest {
    private final TemplateCatalog catalog = new TemplateCatalog();

    @Test
    void aJournalGivesBackItsBaseAndItsEditsExactlyAndIsAWorkshopFileImportCanOpen() throws Exception {
        Workshop base = catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Journal 王芳", Instant.parse("2026-12-02T09:00:00.123456Z"))
                .withId(42);
        var first = base.activities().get(0);
        Workshop mine = base.withLetter(first.id(), base.roles().get(0).id(), Raci.A)
                .withLetter(base.activities().get(1).id(), base.roles().get(1).id(), Raci.C)
                .withActivityChanged(first.id(), a -> a.withRationale("IT owns it").withStatus(ActivityStatus.DISPUTED))
                .withConsultedLimit(2)
                .withGuide(base.guide().withStep(base.guide().steps().get(0).id(), s -> s.withNotes("Start at ten"))
                        .withActionAdded(ActionItem.create("Send the matrix", "Ana", null)))
                .withLastEditedAt(Instant.parse("2026-12-02T10:15:00.654321Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EditJournalFile.write(new EditJournalFile.Pending("the team's library at db:5432/accord", base, mine, 3,
                Instant.parse("2026-12-02T10:15:01Z")), out);

        EditJournalFile.Pending read = EditJournalFile.read(out.toByteArray());
        assertThat(read.base()).isEqualTo(base);
        assertThat(read.mine()).isEqualTo(mine);
        assertThat(read.edits()).isEqualTo(3);
        assertThat(read.library()).isEqualTo("the team's library at db:5432/accord");

        Workshop imported = WorkshopFile.read(out.toByteArray(), Instant.now());
        assertThat(imported.title()).isEqualTo("Journal 王芳");
        assertThat(imported.letters()).hasSize(2);
        assertThat(imported.activities().get(0).id()).as("an import gets ids of its own").isNotEqualTo(first.id());
    }

    @Test
    void aWorkshopFileIsNoJournal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkshopFile.write(catalog.newWorkshop(TemplateCatalog.BLANK, "Plain", Instant.now()), out);
        assertThatThrownBy(() -> EditJournalFile.read(out.toByteArray())).isInstanceOf(AccordException.class)
                .hasMessageContaining("not an Accord edit journal");
        assertThatThrownBy(() -> EditJournalFile.read("{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccordException.class);
    }
}
