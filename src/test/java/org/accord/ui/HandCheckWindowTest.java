package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.accord.testing.OnFxThread;
import org.accord.ui.common.TextWidth;
import org.accord.ui.start.StartView;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.guide.AgendaPanel;
import org.accord.ui.workshop.guide.AgreementsPane;
import org.accord.ui.workshop.guide.ChangesView;
import org.accord.ui.workshop.guide.GuideScreen;
import org.accord.ui.workshop.guide.WrapUpPane;
import org.accord.ui.workshop.matrix.MatrixTable;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a hand check of the whole method found on screen: at 1280×720 with the agenda unfolded, long activity names
 * read whole (not "Technology …") with every role in view, and the planned minutes whole ("1" of "10" before); a row
 * agreed before a round and changed since reads "Changed since Round 1", not "Agreed"; "What changed" is in the
 * menu (Ctrl+H) once a round exists and fills most of the screen; the grid's changed marks grow with the type.
 */
class HandCheckWindowTest extends WindowTest {
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass(MatrixTable.CHANGED_STATE_NAME);

    @Override
    protected boolean openAtStart() {
        return false;
    }

    @Test
    void atAProjectorsSizeWithTheAgendaUnfoldedNamesAndPlannedMinutesReadWhole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            openWindow();
            // What the window takes of a 1280×720 projector's screen (95% by 92%, AccordWindow).
            stage.setWidth(1216);
            stage.setHeight(663);
        });
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + StartView.SAMPLE_ID).tryQuery()
                .filter(button -> !button.isDisabled() && button.isVisible()).isPresent());
        robot.interact(robot.lookup("#" + StartView.SAMPLE_ID).queryButton()::fire);
        // At 1280×720 the agenda list starts folded to a strip; the facilitator unfolds it.
        OnFxThread.waitUntil(30, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent()
                && agendaStrip() != null && agendaStrip().getParent().getParent().isVisible());
        robot.interact(() -> agendaStrip().fire());
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + GuideScreen.AGENDA_ID).query().isVisible());
        TableView<?> grid = robot.lookup("#" + MatrixTable.ID).queryTableView();
        waitOrShow(10, () -> cutNames(robot, grid).isEmpty() && !shownNames(robot, grid).isEmpty(),
                () -> shownNames(robot, grid));
        assertThat(OnFxThread.call(() -> cutNames(robot, grid))).as("activity names ending in …").isEmpty();
        assertThat(OnFxThread.call(() -> RoomLayoutWindowTest.rolesOutOfView(robot, grid))).isEmpty();

        // Step 7's long title squeezed the header: the planned minutes showed one digit of two, or none.
        nextSteps(robot, 3);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + AgreementsPane.ROWS_ID).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<?> minutes = robot.lookup("#" + AgendaPanel.MINUTES_ID).queryAs(Spinner.class);
        assertThat(OnFxThread.call(() -> minutes.getEditor().getText())).isEqualTo("10");
        double room = OnFxThread.call(() -> minutes.getEditor().getWidth() - minutes.getEditor().snappedLeftInset()
                - minutes.getEditor().snappedRightInset());
        double needed = OnFxThread.call(() -> TextWidth.of("100", minutes.getEditor().getFont()));
        assertThat(room).as("room for three digits").isGreaterThanOrEqualTo(needed);

        // Step 7's action item fields, beside the unfolded agenda: "What will be done" and the owner box read whole
        // (side by side they were cut to "What will be" and one letter).
        TextField what = robot.lookup("#" + AgreementsPane.ACTION_WHAT_ID).queryAs(TextField.class);
        double whatRoom = OnFxThread.call(() -> what.getWidth() - what.snappedLeftInset() - what.snappedRightInset());
        assertThat(whatRoom).as("the action's field, for its prompt")
                .isGreaterThanOrEqualTo(OnFxThread.call(() -> TextWidth.of(what.getPromptText(), what.getFont())));
        ComboBox<?> owner = robot.lookup("#" + AgreementsPane.ACTION_OWNER_ID).queryAs(ComboBox.class);
        assertThat(OnFxThread.call(owner::getWidth)).as("the owner box").isGreaterThanOrEqualTo(149);
    }

    /** The activity names on screen, as the grid's name cells draw them. */
    private static List<String> shownNames(FxRobot robot, TableView<?> grid) {
        return robot.from(grid).lookup("." + "name-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getText() != null && !cell.getText().isEmpty())
                .flatMap(cell -> cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                        .map(t -> ((Text) t).getText()))
                .toList();
    }

    private static List<String> cutNames(FxRobot robot, TableView<?> grid) {
        return shownNames(robot, grid).stream().filter(text -> text.contains("…") || text.contains("...")).toList();
    }

    @Test
    void aRowChangedSinceTheRoundItWasAgreedInSaysSoAndWhatChangedIsInTheMenu(FxRobot robot) throws Exception {
        robot.interact(this::openWindow);
        createWorkshop(robot, "Changed since");
        assertThat(OnFxThread.call(() -> whatChanged()).isDisable()).as("no round yet").isTrue();
        // The first activity: CIO A, CMO R, a row without findings; step 7 agrees it.
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.A).type(KeyCode.RIGHT).type(KeyCode.R);
        awaitSaved(robot);
        nextSteps(robot, 3);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + AgreementsPane.ROWS_ID).tryQuery().isPresent());
        TableView<?> agreements = robot.lookup("#" + AgreementsPane.ROWS_ID).queryTableView();
        String first = OnFxThread.call(() -> ((org.accord.domain.Activity) agreements.getItems().get(0)).name());
        whenShown(robot, first);
        robot.clickOn(first).clickOn("#" + AgreementsPane.AGREE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#" + org.accord.ui.common.Confirm.YES_ID).tryQuery().isPresent()) {
            robot.clickOn("#" + org.accord.ui.common.Confirm.YES_ID); // agreed with open findings: fine here
        }
        waitOrShow(10, () -> statuses(robot).contains("Agreed"), () -> statuses(robot));
        awaitSaved(robot);

        // Round 1 closes at the wrap-up.
        nextSteps(robot, 1);
        robot.clickOn("#" + WrapUpPane.CLOSE_ROUND_ID);
        OnFxThread.waitUntil(5, () -> okButton(robot).isPresent());
        robot.clickOn(okButton(robot).orElseThrow());
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + WrapUpPane.ROUND_STATUS_ID).queryAs(Label.class).getText()
                .startsWith("Round 1, agreed "));

        // From the menu's keys, Ctrl+H: the change view, about 70% of the screen, its table filling it.
        OnFxThread.waitUntil(5, () -> !whatChanged().isDisable()
                && whatChanged().getText().equals("What changed since Round 1…"));
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + ChangesView.TITLE_ID).tryQuery().isPresent());
        DialogPane changes = robot.lookup(".dialog-pane").match(n -> n.lookup("#" + ChangesView.TITLE_ID) != null)
                .queryAs(DialogPane.class);
        var screen = OnFxThread.call(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
        try {
            OnFxThread.waitUntil(5, () -> changes.getWidth() >= screen.getWidth() * 0.65
                    && changes.getHeight() >= screen.getHeight() * 0.65);
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(changes.getWidth() + "×" + changes.getHeight()).as("the change view on " + screen).isEmpty();
        }
        TableView<?> table = robot.lookup("#" + ChangesView.TABLE_ID).queryTableView();
        assertThat(OnFxThread.call(() -> table.getWidth())).isGreaterThan(screen.getWidth() * 0.6);
        assertThat(OnFxThread.call(() -> table.getColumns().get(1).getWidth())).as("\"What\" widened")
                .isGreaterThan(300);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Close".equals(((Button) n).getText())).queryButton());

        // Back in the grid, the agreed row's CMO letter changes: its cell is marked, the mark as large as the type.
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).type(KeyCode.PAGE_UP).type(KeyCode.PAGE_UP)
                .type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + MatrixTable.ID).tryQuery().isPresent());
        TableView<?> grid = robot.lookup("#" + MatrixTable.ID).queryTableView();
        // The first activity (row 1, under its group's heading), the CMO's cell (column 2).
        TableCell<?, ?> cmo = robot.from(grid).lookup(".letter-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getIndex() == 1 && c.getTableColumn() == grid.getColumns().get(2)).query();
        robot.clickOn(cmo).type(KeyCode.C);
        OnFxThread.waitUntil(5, () -> marked(robot, grid).size() == 1);
        double laptopMark = OnFxThread.call(() -> markSize(marked(robot, grid).get(0)));
        double laptopType = OnFxThread.call(() -> marked(robot, grid).get(0).getFont().getSize());
        assertThat(laptopMark).as("mark on the laptop").isGreaterThanOrEqualTo(laptopType * 0.7);
        robot.type(KeyCode.F5);
        OnFxThread.waitUntil(5, () -> stage.isFullScreen() && !marked(robot, grid).isEmpty()
                && marked(robot, grid).get(0).getFont().getSize() > laptopType);
        OnFxThread.waitUntil(5, () -> markSize(marked(robot, grid).get(0)) >= laptopMark * 1.4);
        robot.type(KeyCode.F5);
        OnFxThread.waitUntil(5, () -> !stage.isFullScreen());
        awaitSaved(robot);

        // The row no longer reads "Agreed": what was agreed is not what it says now.
        nextSteps(robot, 3);
        waitOrShow(10, () -> statuses(robot).contains("Changed since Round 1"), () -> statuses(robot));
        assertThat(OnFxThread.call(() -> statuses(robot))).doesNotContain("Agreed");
        nextSteps(robot, 1);
        OnFxThread.waitUntil(10, () -> robot.lookup(n -> n instanceof Label l
                && "Changed since Round 1, to agree again (1)".equals(l.getText())).tryQuery().isPresent());
        assertThat(robot.lookup(n -> n instanceof Label l && "Agreed (0 of 16 rows)".equals(l.getText())).tryQuery())
                .isPresent();
    }

    /** Waits for a condition; when it does not come, fails showing what was there instead. */
    private static void waitOrShow(long seconds, java.util.concurrent.Callable<Boolean> condition,
                                   java.util.concurrent.Callable<Object> shown) throws Exception {
        try {
            OnFxThread.waitUntil(seconds, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(OnFxThread.call(shown)).as("not as expected after " + seconds + " s").isNull();
        }
    }

    private Button agendaStrip() {
        return (Button) stage.getScene().lookup("#" + WorkshopView.AGENDA_STRIP_ID);
    }

    private MenuItem whatChanged() {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && i.getText().startsWith("What changed since")).findFirst().orElseThrow();
    }

    private static Optional<Button> okButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((Button) n).getText())).tryQuery();
    }

    /** The statuses the agreements table shows, in its wrapped cells. */
    private static List<String> statuses(FxRobot robot) {
        TableView<?> rows = robot.lookup("#" + AgreementsPane.ROWS_ID).queryTableView();
        return robot.from(rows).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == rows.getColumns().get(1) && c.isVisible())
                .map(c -> c.getGraphic() instanceof Text t ? t.getText() : "").toList();
    }

    private static List<TableCell<?, ?>> marked(FxRobot robot, TableView<?> grid) {
        return robot.from(grid).lookup(".letter-cell").match(n -> n.getPseudoClassStates().contains(CHANGED)
                && n.isVisible()).<TableCell<?, ?>>queryAll().stream().toList();
    }

    /** The corner mark's width as drawn: the cell's background image's size. */
    private static double markSize(TableCell<?, ?> cell) {
        var background = cell.getBackground();
        if (background == null || background.getImages().isEmpty()) {
            return 0;
        }
        var size = background.getImages().get(0).getSize();
        return size.isWidthAsPercentage() ? 0 : size.getWidth();
    }
}
