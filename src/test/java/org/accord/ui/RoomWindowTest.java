package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.accord.room.RoomAddress;
import org.accord.testing.OnFxThread;
import org.accord.ui.workshop.room.RoomPanel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A window test that lets the room join on step 1: the room's server on a free port of 127.0.0.1 (two test JVMs run
 * at once, so never the preferred port), started with the facilitator's own button.
 */
abstract class RoomWindowTest extends WindowTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /** A phone joins with the code shown: its token for the answers it sends. */
    protected static String joinPhone(URI address, String code) throws Exception {
        return JSON.readTree(post(address, "/api/join", null, "{\"code\":\"" + code + "\"}")).get("token").stringValue();
    }

    /** Posts JSON as a phone does (with its token, when it has one) and expects 200: the reply's body. */
    protected static String post(URI address, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address.resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> reply = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as("%s: %s", path, reply.body()).isEqualTo(200);
        return reply.body();
    }
}
