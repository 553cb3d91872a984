package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.accord.domain.Side;
import org.accord.domain.Workshop;
import org.accord.domain.guide.LeadAnswer;
import org.accord.domain.guide.Participant;
import org.accord.room.RoomAddress;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.ui.workshop.room.RoomPanel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sixty phones (plain HTTP clients) join the window's room server and answer the perception check within the same
 * two seconds: every answer is told "Saved", every one is in the H2 file, none lost, none doubled, and the laptop's
 * chart counts all sixty. How long the chart took after the last answer and the longest gap between frames meanwhile
 * are printed (figures for docs/performance.md), not asserted: speed is the benchmark's to measure.
 */
class RoomLoadWindowTest extends WindowTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PHONES = 60;

    @BeforeAll
    static void anyFreePort() {
        System.setProperty("accord.roomPort", "0");
    }

    @AfterAll
    static void preferredPortAgain() {
        System.clearProperty("accord.roomPort");
    }

    @Test
    void sixtyPhonesAnswerAtOnceAndEveryAnswerIsOnDiskOnceAndOnTheChart(FxRobot robot) throws Exception {
        createWorkshopOnFirstStep(robot, "Sixty phones");
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + RoomPanel.ADDRESS_CHOICE_ID)
                .queryAs(ChoiceBox.class).getItems().size() >= 1);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<RoomAddress> choice = robot.lookup("#" + RoomPanel.ADDRESS_CHOICE_ID).queryAs(ChoiceBox.class);
            choice.setValue(choice.getItems().stream().filter(a -> a.address().isLoopbackAddress()).findFirst().orElseThrow());
        });
        robot.clickOn("#" + RoomPanel.START_ID);
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + RoomPanel.ADDRESS_ID).tryQuery().isPresent());
        java.net.URI address = java.net.URI.create(robot.lookup("#" + RoomPanel.ADDRESS_ID).queryAs(Label.class).getText());
        String code = robot.lookup("#" + RoomPanel.CODE_ID).queryAs(Label.class).getText().replace("Code", "").strip();

        Map<String, LeadAnswer> expected = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        LeadAnswer[] leads = LeadAnswer.values();
        for (int i = 0; i < PHONES; i++) {
            JsonNode joined = JSON.readTree(HTTP.send(HttpRequest.newBuilder(address.resolve("/api/join"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"code\":\"" + code + "\"}")).build(), HttpResponse.BodyHandlers.ofString()).body());
            tokens.add(joined.get("token").stringValue());
            expected.put(joined.get("name").stringValue(), leads[i % leads.length]);
        }

        // The chart counts all sixty: the moment is taken in the pulse that shows it, and the frames are watched.
        AtomicLong chartedAt = new AtomicLong();
        AtomicLong longestFrameGap = new AtomicLong();
        AnimationTimer frames = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    longestFrameGap.accumulateAndGet(now - last, Math::max);
                }
                last = now;
                if (chartedAt.get() == 0 && answered(window.shownWorkshopView().model().workshop()) == PHONES) {
                    chartedAt.set(System.nanoTime());
                }
            }
        };
        robot.interact(frames::start);

        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            sent.add(HTTP.sendAsync(HttpRequest.newBuilder(address.resolve("/api/answer"))
                    .header("Authorization", "Bearer " + tokens.get(i)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"seq\":1,\"side\":\"IT\",\"lead\":\""
                            + leads[i % leads.length].name() + "\",\"rating\":\"GOOD\"}")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        long lastSent = System.nanoTime();
        assertThat(sent).allSatisfy(f -> assertThat(f.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200));
        long allSaved = System.nanoTime();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chartedAt.get() != 0);
        robot.interact(frames::stop);
        System.out.printf("room load: %d answers sent in %.0f ms, all Saved %.0f ms after the first, chart %.0f ms after the"
                        + " last was sent, longest frame gap %.0f ms%n", PHONES, (lastSent - start) / 1e6,
                (allSaved - start) / 1e6, (chartedAt.get() - lastSent) / 1e6, longestFrameGap.get() / 1e6);

        robot.interact(() -> stage.close());
        window.close();
        window = null;
        Workshop onDisk;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            onDisk = store.load(store.list().get(0).id());
        }
        List<Participant> participants = onDisk.guide().participants();
        assertThat(participants).hasSize(PHONES);
        assertThat(participants).extracting(Participant::name).doesNotHaveDuplicates();
        assertThat(participants).allSatisfy(p -> {
            assertThat(p.side()).isEqualTo(Side.IT);
            assertThat(p.lead()).isEqualTo(expected.get(p.name()));
        });
    }

    private static long answered(Workshop workshop) {
        return workshop.guide().participants().stream().filter(p -> p.lead() != null).count();
    }
}
