package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import org.accord.ui.common.ShortcutSheet;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard sheet (F1) once left out F5, Esc, Ctrl+T and Ctrl+Page Up/Down. It is made from the table the window
 * registers its keys from; this reads what the open workshop's window really answers (the scene's accelerators,
 * the menus' among them, and the keys the screen answers anywhere) and finds each on the sheet.
 */
class KeyboardSheetTest extends WindowTest {
    @Test
    void theSheetListsEveryKeyTheWorkshopWindowAnswers(FxRobot robot) throws Exception {
        createWorkshop(robot, "Keys");
        Set<KeyCombination> registered = new LinkedHashSet<>();
        robot.interact(() -> {
            registered.addAll(stage.getScene().getAccelerators().keySet());
            registered.addAll(window.shownWorkshopView().keysAnywhere().keySet());
        });
        // F10 is JavaFX's own: its menu bar answers it (to open the first menu) wherever a menu bar is.
        List<String> registeredKeys = registered.stream().map(KeyCombination::getDisplayText)
                .filter(key -> !key.equals("F10")).toList();
        assertThat(registeredKeys).as("the keys the issue found missing are registered")
                .contains("F1", "F5", "Escape", "Ctrl+T", "Ctrl+Page Up", "Ctrl+Page Down", "Ctrl+Z", "Ctrl+Y");

        robot.type(KeyCode.F1);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + ShortcutSheet.ID).tryQuery().isPresent());
        GridPane sheet = robot.lookup("#" + ShortcutSheet.ID).query();
        List<String> keysOnSheet = sheet.getChildren().stream()
                .filter(node -> GridPane.getColumnIndex(node) == null || GridPane.getColumnIndex(node) == 0)
                .map(node -> ((Label) node).getText())
                .flatMap(keys -> Arrays.stream(keys.split(", ")))
                .toList();
        for (String key : registeredKeys) {
            assertThat(keysOnSheet).as("keys on the sheet").contains(key);
        }
    }
}
