package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Action items and initiatives can be changed after they were added (before, only removed and added again), and
 * an action item's owner is picked from the participants or typed.
 */
class GuideItemsWindowTest extends WindowTest {

    @Test
    void anInitiativeAndAnActionItemAreEditedInPlace(FxRobot robot) throws Exception {
        createWorkshopOnFirstStep(robot, "Editing");
        robot.clickOn("#participantName").write("Ana Souza").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Ana Souza").tryQuery().isPresent());

        // 6 Portfolio: add, then change name, portfolio and state; the row keeps its place.
        nextSteps(robot, 5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#initiativeName").tryQuery().isPresent());
        robot.clickOn("#initiativeName").write("CRM upgrad").type(KeyCode.ENTER);
        TableView<?> initiatives = robot.lookup("#initiatives").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> initiatives.getItems().size() == 1);
        whenShown(robot, "CRM upgrad");
        robot.doubleClickOn("CRM upgrad");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editInitiativeName").tryQuery().isPresent());
        robot.doubleClickOn("#editInitiativeName").eraseText(10).write("CRM upgrade");
        robot.interact(() -> robot.lookup("#editInitiativePortfolio").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(Portfolio.MARKETING)); // a ChoiceBox's pop-up cannot be clicked headless
        robot.clickOn("#editInitiativeOngoing");
        robot.clickOn(okButton(robot));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Initiative) initiatives.getItems().get(0)).name().equals("CRM upgrade"));
        Initiative edited = (Initiative) initiatives.getItems().get(0);
        assertThat(edited.portfolio()).isEqualTo(Portfolio.MARKETING);
        assertThat(edited.ongoing()).isTrue();

        // 7 Agreements: the owner comes from the participants; then every field is edited.
        nextSteps(robot, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actionWhat").tryQuery().isPresent());
        ComboBox<?> owner = robot.lookup("#actionOwner").queryAs(ComboBox.class);
        java.util.List<Object> ownerChoices = java.util.List.copyOf(owner.getItems());
        assertThat(ownerChoices).containsExactly("Ana Souza");
        robot.clickOn("#actionWhat").write("Draft the charter");
        robot.clickOn("#actionOwner").write("Ana Souza").type(KeyCode.ENTER);
        TableView<?> actions = robot.lookup("#actionItems").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> actions.getItems().size() == 1);
        robot.clickOn("Draft the charter").clickOn("#actionEdit");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editActionWhat").tryQuery().isPresent());
        robot.doubleClickOn("#editActionWhat").eraseText(20).write("Draft the data charter");
        robot.clickOn("#editActionDue").write("2027-01-15");
        robot.clickOn("#editActionDone");
        robot.clickOn(okButton(robot));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((ActionItem) actions.getItems().get(0)).done());
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
