package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.accord.domain.Workshop;
import org.accord.domain.guide.StepKind;
import org.accord.domain.guide.ActionItem;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.ui.workshop.guide.AgreementsPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dates typed at step 7 are kept: an ISO due date reaches the action item, a next-review date survives the screen
 * being rebuilt, and a text that is no date is refused at the field, left as typed, with nothing added.
 */
class DateFieldsWindowTest extends WindowTest {
    @Override
    protected boolean openAtStart() {
        return false; // the workshop is saved first, already on step 7, where the dates are typed
    }

    @Test
    void typedDatesAreSavedAndAnythingElseIsRefusedAtTheField(FxRobot robot) throws Exception {
        openSavedWorkshop(robot, "Dates", StepKind.AGREEMENTS);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + AgreementsPane.ACTION_WHAT_ID).tryQuery().isPresent());

        // A due date typed as ISO, then Add: the item has the date.
        robot.clickOn("#" + AgreementsPane.ACTION_WHAT_ID).write("Draft the data charter");
        robot.clickOn("#" + AgreementsPane.ACTION_OWNER_ID).write("Ana Souza");
        robot.clickOn("#" + AgreementsPane.ACTION_DUE_ID).write("2027-01-15");
        robot.clickOn("#" + AgreementsPane.ACTION_ADD_ID);
        TableView<?> items = robot.lookup("#" + AgreementsPane.ACTIONS_ID).queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> items.getItems().size() == 1);
        assertThat(((ActionItem) items.getItems().get(0)).due()).isEqualTo(LocalDate.of(2027, 1, 15));

        // A due date that is no date: refused with the forms it takes, nothing added, the text still there.
        robot.clickOn("#" + AgreementsPane.ACTION_WHAT_ID).write("Book the weekly slot");
        robot.clickOn("#" + AgreementsPane.ACTION_DUE_ID).write("next tuesday");
        robot.clickOn("#" + AgreementsPane.ACTION_ADD_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items.getItems()).hasSize(1);
        DatePicker due = robot.lookup("#" + AgreementsPane.ACTION_DUE_ID).queryAs(DatePicker.class);
        assertThat(due.getEditor().getText()).isEqualTo("next tuesday");
        assertThat(robot.lookup(".field-problem").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Type the date as 2027-01-15 or "));

        // The next review typed as ISO and left with Tab is saved, and still shown after the step is rebuilt.
        robot.clickOn("#" + AgreementsPane.REVIEW_ID).write("2027-03-01").type(KeyCode.TAB);
        awaitSaved(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + AgreementsPane.REVIEW_ID).tryQuery().isPresent());
        assertThat(robot.lookup("#" + AgreementsPane.REVIEW_ID).queryAs(DatePicker.class).getEditor().getText()).isEqualTo("2027-03-01");
        awaitSaved(robot);

        robot.interact(() -> stage.close());
        window.close();
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop saved = store.load(store.list().get(0).id());
            assertThat(saved.guide().working().nextReview()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(saved.guide().actions()).singleElement()
                    .satisfies(a -> assertThat(a.due()).isEqualTo(LocalDate.of(2027, 1, 15)));
        }
    }
}
