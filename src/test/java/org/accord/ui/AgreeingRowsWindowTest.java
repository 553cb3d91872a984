package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.ui.common.Confirm;
import org.accord.ui.workshop.guide.AgreementsPane;
import org.accord.ui.workshop.guide.GuideScreen;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 7: a row whose letters break a rule is agreed only after a question whose default is Cancel, and the wrap-up
 * says it was agreed with open findings; the rows without findings are agreed in one click, as one undo step.
 */
class AgreeingRowsWindowTest extends WindowTest {
    private Workshop prepared;

    @Override
    protected boolean openAtStart() {
        return false;
    }

    /** Rows 0 and 1 are clean (one A, one R); row 2 has two Accountables; the rest have no letters. */
    private void prepare() {
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop w = store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Agreeing",
                    Instant.parse("2026-12-01T09:00:00Z")));
            var cio = w.roles().get(0).id();
            var cmo = w.roles().get(1).id();
            List<Activity> a = w.activities();
            WorkshopSession session = new WorkshopSession(store, w, Clock.systemUTC());
            session.apply(new Edit("letters", x -> x
                    .withLetter(a.get(0).id(), cio, Raci.A).withLetter(a.get(0).id(), cmo, Raci.R)
                    .withLetter(a.get(1).id(), cmo, Raci.A).withLetter(a.get(1).id(), cio, Raci.R)
                    .withLetter(a.get(2).id(), cio, Raci.A).withLetter(a.get(2).id(), cmo, Raci.A)
                    .withLetter(a.get(2).id(), w.roles().get(2).id(), Raci.R)));
            prepared = session.saveNow();
        }
    }

    @Test
    void aRowWithFindingsIsAgreedOnlyAfterAskingAndCleanRowsAreAgreedInOneClick(FxRobot robot) throws Exception {
        prepare();
        robot.interact(this::openWindow);
        String clean0 = prepared.activities().get(0).name();
        String twoAs = prepared.activities().get(2).name();
        whenShown(robot, "Agreeing");
        robot.doubleClickOn("Agreeing");
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + GuideScreen.AGENDA_ID).tryQuery().isPresent());
        nextSteps(robot, 6);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + AgreementsPane.AGREE_CLEAN_ID).tryQuery().isPresent());

        robot.clickOn("#" + AgreementsPane.AGREE_CLEAN_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(0) == ActivityStatus.AGREED);
        assertThat(status(1)).isEqualTo(ActivityStatus.AGREED);
        assertThat(status(2)).as("two Accountables: not clean").isEqualTo(ActivityStatus.OPEN);
        assertThat(status(3)).as("no letters: not clean").isEqualTo(ActivityStatus.OPEN);

        // Agreeing the row with two Accountables asks; Enter is Cancel.
        whenShown(robot, twoAs);
        robot.clickOn(twoAs).clickOn("#" + AgreementsPane.AGREE_ID);
        OnFxThread.waitUntil(5, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains("still has 2 Accountables (A)");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(2)).isEqualTo(ActivityStatus.OPEN);
        robot.clickOn(twoAs).clickOn("#" + AgreementsPane.AGREE_ID);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + Confirm.YES_ID).tryQuery().isPresent());
        robot.clickOn("#" + Confirm.YES_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(2) == ActivityStatus.AGREED);

        // The wrap-up marks it, and a clean row stays plain.
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        String marked = "⚠ " + twoAs + " (agreed with open findings: 2 Accountables (A)) — ";
        OnFxThread.waitUntil(10, () -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().startsWith(marked)).tryQuery().isPresent());
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("✓ " + clean0 + " — ")).tryQuery()).isPresent();
    }

    /** The row's status as the agreements table on screen holds it (each edit replaces the table's items). */
    private ActivityStatus status(int row) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var rows = (javafx.scene.control.TableView<?>) stage.getScene().lookup("#" + AgreementsPane.ROWS_ID);
            return ((Activity) rows.getItems().get(row)).status();
        }).get(5, TimeUnit.SECONDS);
    }
}
