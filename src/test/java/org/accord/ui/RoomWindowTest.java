package org.accord.ui;

import java.net.URI;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.accord.room.RoomAddress;
import org.accord.testing.OnFxThread;
import org.accord.ui.workshop.room.RoomPanel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window test that lets the room join on step 1: the room's server on a free port of 127.0.0.1 (two test JVMs run
 * at once, so never the preferred port), started with the facilitator's own button.
 */
abstract class RoomWindowTest extends WindowTest {

    @BeforeAll
    static void anyFreePort() {
        System.setProperty("accord.roomPort", "0");
    }

    @AfterAll
    static void preferredPortAgain() {
        System.clearProperty("accord.roomPort");
    }

    /** Chooses the laptop's loopback address, presses "Let the room join" and waits until the room is open. */
    protected static void startTheRoom(FxRobot robot) throws Exception {
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + RoomPanel.ADDRESS_CHOICE_ID)
                .queryAs(ChoiceBox.class).getItems().size() >= 1);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<RoomAddress> choice = robot.lookup("#" + RoomPanel.ADDRESS_CHOICE_ID).queryAs(ChoiceBox.class);
            choice.setValue(choice.getItems().stream().filter(a -> a.address().isLoopbackAddress()).findFirst().orElseThrow());
        });
        robot.clickOn("#" + RoomPanel.START_ID);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + RoomPanel.STOP_ID).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The address the room shows for phones to open (on the perception check's step). */
    protected static URI roomAddress(FxRobot robot) throws Exception {
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + RoomPanel.ADDRESS_ID).tryQuery().isPresent());
        return URI.create(OnFxThread.call(() -> robot.lookup("#" + RoomPanel.ADDRESS_ID).queryAs(Label.class).getText()));
    }

    /** The join code the room shows, without its "Code" label. */
    protected static String joinCode(FxRobot robot) throws Exception {
        return OnFxThread.call(() -> robot.lookup("#" + RoomPanel.CODE_ID).queryAs(Label.class).getText())
                .replace("Code", "").strip();
    }
}
