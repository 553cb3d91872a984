package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.accord.domain.guide.ActionItem;
import org.accord.domain.guide.Initiative;
import org.accord.domain.guide.Portfolio;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.accord.ui.workshop.guide.PortfolioPane;
import org.accord.ui.workshop.guide.PerceptionPane;
import org.accord.ui.workshop.guide.GuideItemDialogs;
import org.accord.ui.workshop.guide.AgreementsPane;

/**
 * Action items and initiatives can be changed after they were added (before, only removed and added again), and
 * an action item's owner is picked from the participants or typed.
 */
class GuideItemsWindowTest extends WindowTest {

    @Override
    protected boolean openAtStart() {
        return false; // the workshop is saved first, then opened on its first step
    }

    @Test
    void anInitiativeAndAnActionItemAreEditedInPlace(FxRobot robot) throws Exception {
        openSavedWorkshopOnFirstStep(robot, "Editing");
        robot.clickOn("#" + PerceptionPane.ADD_ID).write("Ana Souza").type(KeyCode.ENTER);
        OnFxThread.waitUntil(5, () -> robot.lookup("Ana Souza").tryQuery().isPresent());

        // 6 Portfolio: add, then change name, portfolio and state; the row keeps its place.
        nextSteps(robot, 5);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + PortfolioPane.NAME_ID).tryQuery().isPresent());
        robot.clickOn("#" + PortfolioPane.NAME_ID).write("CRM upgrad").type(KeyCode.ENTER);
        TableView<?> initiatives = robot.lookup("#" + PortfolioPane.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> initiatives.getItems().size() == 1);
        whenShown(robot, "CRM upgrad");
        robot.doubleClickOn("CRM upgrad");
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + GuideItemDialogs.INITIATIVE_NAME_ID).tryQuery().isPresent());
        robot.doubleClickOn("#" + GuideItemDialogs.INITIATIVE_NAME_ID).eraseText(10).write("CRM upgrade");
        robot.interact(() -> robot.lookup("#" + GuideItemDialogs.INITIATIVE_PORTFOLIO_ID).queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(Portfolio.MARKETING)); // a ChoiceBox's pop-up cannot be clicked headless
        robot.clickOn("#" + GuideItemDialogs.INITIATIVE_ONGOING_ID);
        robot.clickOn(okButton(robot));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ((Initiative) initiatives.getItems().get(0)).name().equals("CRM upgrade"));
        Initiative edited = (Initiative) initiatives.getItems().get(0);
        assertThat(edited.portfolio()).isEqualTo(Portfolio.MARKETING);
        assertThat(edited.ongoing()).isTrue();

        // 7 Agreements: the owner comes from the participants; then every field is edited.
        nextSteps(robot, 1);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + AgreementsPane.ACTION_WHAT_ID).tryQuery().isPresent());
        ComboBox<?> owner = robot.lookup("#" + AgreementsPane.ACTION_OWNER_ID).queryAs(ComboBox.class);
        java.util.List<Object> ownerChoices = java.util.List.copyOf(owner.getItems());
        assertThat(ownerChoices).containsExactly("Ana Souza");
        robot.clickOn("#" + AgreementsPane.ACTION_WHAT_ID).write("Draft the charter");
        robot.clickOn("#" + AgreementsPane.ACTION_OWNER_ID).write("Ana Souza").type(KeyCode.ENTER);
        TableView<?> actions = robot.lookup("#" + AgreementsPane.ACTIONS_ID).queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> actions.getItems().size() == 1);
        // The row is clicked once it is drawn, and again if the click came before the table's layout settled (a
        // loaded CI machine: the Edit button stayed disabled and its dialog never came).
        whenShown(robot, "Draft the charter");
        robot.clickOn("Draft the charter");
        if (!OnFxThread.holdsWithin(5, () -> actions.getSelectionModel().getSelectedItem() != null)) {
            robot.clickOn("Draft the charter");
        }
        OnFxThread.waitUntil(10, () -> actions.getSelectionModel().getSelectedItem() != null);
        robot.clickOn("#" + AgreementsPane.ACTION_EDIT_ID);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + GuideItemDialogs.ACTION_WHAT_ID).tryQuery().isPresent());
        robot.doubleClickOn("#" + GuideItemDialogs.ACTION_WHAT_ID).eraseText(20).write("Draft the data charter");
        robot.clickOn("#" + GuideItemDialogs.ACTION_DUE_ID).write("2027-01-15");
        robot.clickOn("#" + GuideItemDialogs.ACTION_DONE_ID);
        robot.clickOn(okButton(robot));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ((ActionItem) actions.getItems().get(0)).done());
        ActionItem item = (ActionItem) actions.getItems().get(0);
        assertThat(item.what()).isEqualTo("Draft the data charter");
        assertThat(item.owner()).isEqualTo("Ana Souza");
        assertThat(item.due()).isEqualTo(LocalDate.of(2027, 1, 15));
        awaitSaved(robot);
    }

    private static javafx.scene.control.Button okButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((javafx.scene.control.Button) n).getText()))
                .queryButton();
    }
}
