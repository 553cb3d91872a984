package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;
import org.accord.testing.OnFxThread;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.File;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.domain.guide.BlindEntry;
import org.accord.domain.guide.LeadAnswer;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.Participant;
import org.accord.domain.guide.Rating;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.guide.PerceptionPane;
import org.accord.ui.workshop.matrix.BlindEntryPane;
import org.accord.ui.workshop.room.RoomPanel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The room joins in a real browser: Debian's Chromium driven by Selenium against the window's own room server on
 * 127.0.0.1. A participant answers on the phone page and changes the answer; the laptop's chart and the H2 file hold
 * the final one. The CIO and the CMO fill their grids at once in two tabs; neither sees the other's letters, and
 * the laptop shows their progress without a letter. The QR code on screen, decoded, is the address shown.
 * One browser for the class.
 */
class RoomBrowserWindowTest extends RoomWindowTest {
    private static ChromeDriverService service;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void openBrowser() throws Exception {
        profile = Files.createTempDirectory("accord-chromium");
        // The driver's path given outright: Selenium Manager never looks for (or downloads) one.
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=412,915");
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void aParticipantAnswersAndChangesTheAnswerAndTheChartAndTheFileHoldTheLastOne(FxRobot robot) throws Exception {
        createWorkshopOnFirstStep(robot, "Room on phones");
        startTheRoom(robot);

        String shown = robot.lookup("#" + RoomPanel.ADDRESS_ID).queryAs(Label.class).getText();
        String code = joinCode(robot);
        String scanned = decode(robot, "#" + RoomPanel.QR_ID);
        assertThat(scanned).isEqualTo(shown + "#code=" + code);
        assertThat(shown).startsWith("http://127.0.0.1:");

        browser.get(scanned);
        WebDriverWait wait = waitUpTo10s();
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Joined as"));
        OnFxThread.waitUntil(5, () -> "1 joined".equals(
                robot.lookup("#" + RoomPanel.DEVICES_ID).queryAs(Label.class).getText()));
        choose("side", "IT");
        choose("lead", "MARKETING");
        wait.until(d -> d.findElement(By.id("status")).getText().equals("Saved ✓"));
        choose("lead", "IT");
        choose("rating", "VERY_GOOD");
        wait.until(d -> d.findElement(By.id("status")).getText().equals("Saved ✓")
                && "true".equals(d.findElement(By.cssSelector("#rating button[value=VERY_GOOD]")).getAttribute("aria-pressed")));

        // The laptop's chart: one IT participant who says IT leads is 100 % of IT's answers.
        OnFxThread.waitUntil(5, () -> roomBar(robot, 0).doubleValue() == 100.0);
        assertThat(roomBar(robot, 4).doubleValue()).isEqualTo(100.0); // "IT rates Mkt": very good or better

        // The facilitator asks for names: the page says the name is shown on the laptop's screen, and a name typed
        // reaches the laptop without the field being left (it used to wait for a tap elsewhere, while the page
        // still said "Saved" for the answer before).
        assertThat(browser.findElement(By.id("privacy")).getText()).startsWith("Anonymous unless");
        robot.clickOn("#" + RoomPanel.ASK_NAMES_ID);
        wait.until(d -> d.findElement(By.id("name")).isDisplayed());
        assertThat(browser.findElement(By.id("privacy")).getText()).contains("your name is shown with your answers");
        browser.findElement(By.id("name")).sendKeys("Dana Whitfield");
        assertThat(browser.findElement(By.id("status")).getText()).doesNotContain("Saved");
        OnFxThread.waitUntil(10, () -> "Dana Whitfield".equals(
                view().model().workshop().guide().participants().get(0).name()));
        wait.until(d -> d.findElement(By.id("status")).getText().equals("Saved ✓"));

        // The facilitator closes the question: the page says so and takes no more answers.
        robot.clickOn("#" + RoomPanel.CLOSE_QUESTION_ID);
        wait.until(d -> d.findElement(By.id("closed")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector("#lead button[value=NOBODY]")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("privacy")).getText()).doesNotContain("You can change your answers");

        // Leaving the step closes the port; the phone says it has lost the laptop instead of a stale "Saved".
        int port = Integer.parseInt(shown.replaceAll(".*:(\\d+)/", "$1"));
        nextSteps(robot, 1);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> portClosed(port));
        wait.until(d -> d.findElement(By.id("status")).getText().contains("Your last saved answer counts"));

        // Back on step 1 the facilitator lets the room join again (a new code): the phone scans it and is the same
        // participant, its answers on the page, not a second one counted twice on the chart. On the same port, as
        // the room's own port (8790) is each time: a browser keeps a page's notes per address and port.
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.PAGE_UP)
                .release(javafx.scene.input.KeyCode.CONTROL);
        System.setProperty("accord.roomPort", String.valueOf(port));
        try {
            startTheRoom(robot);
        } finally {
            System.setProperty("accord.roomPort", "0");
        }
        String rescanned = decode(robot, "#" + RoomPanel.QR_ID);
        browser.get("about:blank"); // a scan opens the page afresh; the same address with a new #code would not
        browser.get(rescanned);
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Welcome back, Dana Whitfield"));
        assertThat(browser.findElement(By.cssSelector("#lead button[value=IT]")).getAttribute("aria-pressed")).isEqualTo("true");
        choose("rating", "FAIR");
        wait.until(d -> d.findElement(By.id("status")).getText().equals("Saved ✓"));
        assertThat(view().model().workshop().guide().participants()).hasSize(1);
        nextSteps(robot, 1);

        Participant onDisk = closeAndLoad(robot).guide().participants().get(0);
        assertThat(onDisk.name()).isEqualTo("Dana Whitfield");
        assertThat(onDisk.lead()).isEqualTo(LeadAnswer.IT);
        assertThat(onDisk.otherSideUnderstanding()).isEqualTo(Rating.FAIR);
    }

    @Test
    void theTwoLeadersFillTheirGridsAtOnceAndNeitherSeesTheOthersLetters(FxRobot robot) throws Exception {
        createWorkshopOnFirstStep(robot, "Blind on devices");
        nextSteps(robot, 3); // step 4, "Who does what, and why"
        OnFxThread.waitUntil(10, () -> robot.lookup("#" + WorkshopView.BLIND_MODE_ID)
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#" + WorkshopView.BLIND_MODE_ID);
        startTheRoom(robot);

        robot.clickOn("#" + RoomPanel.SHOW_CIO_LINK_ID);
        String cioLink = leaderLink(robot);
        assertThat(decode(robot, "#" + RoomPanel.LEADER_QR_ID)).isEqualTo(cioLink);
        // The link is typed as often as scanned: all of it in view, its key in the join code's alphabet.
        TextField linkField = robot.lookup("#" + RoomPanel.LEADER_LINK_ID + " .text-field").queryAs(TextField.class);
        double linkWidth = OnFxThread.call(() -> {
            javafx.scene.text.Text text = new javafx.scene.text.Text(linkField.getText());
            text.setFont(linkField.getFont());
            return text.getLayoutBounds().getWidth();
        });
        assertThat(linkField.getWidth() - linkField.getPadding().getLeft() - linkField.getPadding().getRight())
                .as("room in the field for the whole link").isGreaterThanOrEqualTo(linkWidth);
        assertThat(java.net.URI.create(cioLink).getFragment()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{20}");
        robot.clickOn("#" + RoomPanel.SHOW_CMO_LINK_ID);
        String cmoLink = leaderLink(robot);
        assertThat(cmoLink).isNotEqualTo(cioLink);
        assertThat(robot.lookup("#" + RoomPanel.LEADER_QR_ID).queryAll()).hasSize(1); // one link at a time

        // Presenting, the room sees the progress and Stop: not a link, nor its buttons, nor the laptop's addresses
        // (hidden and laid out without them: Stop stood alone mid-row before).
        robot.type(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, stage::isFullScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + RoomPanel.LEADER_QR_ID).tryQuery()).isEmpty();
        for (String laptopOnly : List.of(RoomPanel.SHOW_CIO_LINK_ID, RoomPanel.SHOW_CMO_LINK_ID, RoomPanel.HINT_ID)) {
            javafx.scene.Node node = robot.lookup("#" + laptopOnly).query();
            assertThat(node.isVisible() || node.isManaged()).as("#%s presenting", laptopOnly).isFalse();
        }
        assertThat(robot.lookup("#" + RoomPanel.STOP_ID).query().isVisible()).isTrue();
        robot.type(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.isFullScreen());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + RoomPanel.SHOW_CIO_LINK_ID).query().isManaged()).isTrue();

        Workshop workshop = view().model().workshop();
        String firstRow = workshop.activities().get(0).id().toString();
        String secondRow = workshop.activities().get(1).id().toString();
        String cio = workshop.roles().get(0).id().toString();
        String cmo = workshop.roles().get(1).id().toString();
        browser.get(cioLink);
        String cioTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(cmoLink);
        String cmoTab = browser.getWindowHandle();
        WebDriverWait wait = waitUpTo10s();
        // Taking turns, tap by tap, as two people at once would.
        tap(cioTab, firstRow, cio, "A");
        tap(cmoTab, firstRow, cio, "R");
        tap(cioTab, firstRow, cmo, "C");
        tap(cmoTab, secondRow, cmo, "A");
        tap(cioTab, secondRow, cio, "I");
        for (String tab : List.of(cioTab, cmoTab)) {
            browser.switchTo().window(tab);
            wait.until(d -> d.findElement(By.id("status")).getText().equals("Saved ✓"));
        }
        browser.switchTo().window(cioTab);
        assertThat(pressed(firstRow, cio)).isEqualTo("A");
        assertThat(pressed(firstRow, cmo)).isEqualTo("C");
        assertThat(pressed(secondRow, cio)).isEqualTo("I");
        assertThat(pressed(secondRow, cmo)).isEmpty(); // the CMO's A there is not shown to the CIO
        browser.navigate().refresh(); // and not after a reload either: the page holds what the laptop sends it
        wait.until(d -> d.findElements(By.id("cell-" + firstRow + "-" + cio)).size() == 1);
        assertThat(pressed(secondRow, cmo)).isEmpty();
        assertThat(pressed(firstRow, cio)).isEqualTo("A");
        assertThat(browser.findElement(By.id("progress")).getText()).isEqualTo("2 of 16 rows have a letter.");

        browser.switchTo().window(cmoTab);
        assertThat(pressed(firstRow, cio)).isEqualTo("R");
        assertThat(pressed(firstRow, cmo)).isEmpty();
        assertThat(pressed(secondRow, cio)).isEmpty();
        assertThat(pressed(secondRow, cmo)).isEqualTo("A");
        // On a phone each role of an activity is a line of its own; on a laptop (1280 wide) they sit side by side,
        // at most three lines for the seven roles, and the progress line stays in view while scrolling.
        assertThat(linesOfRoles(firstRow)).as("lines of roles on a phone").isEqualTo(workshop.roles().size());
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
        wait.until(d -> linesOfRoles(firstRow) <= 3);
        for (WebElement cell : browser.findElements(By.cssSelector("[id^='cell-" + firstRow + "-']"))) {
            assertThat(cell.findElements(By.tagName("button")).stream().map(b -> b.getRect().getY()).distinct().count())
                    .as("lines of R, A, C, I in one role's cell").isEqualTo(1);
        }
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        Number progressTop = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.getElementById('progress').getBoundingClientRect().top");
        assertThat(progressTop.doubleValue()).as("the progress line's top, scrolled to the end").isBetween(-1.0, 1.0);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));

        // The laptop: progress, no letters, no grid.
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + RoomPanel.PROGRESS_ID).queryAs(Label.class)
                .getText().equals("CIO 2 of 16 rows, CMO 2 of 16"));
        assertThat(robot.lookup("#" + BlindEntryPane.GRID_ID).tryQuery().filter(n -> n.getScene() != null)).isEmpty();
        BlindEntry blind = view().model().workshop().guide().blindEntry();
        assertThat(blind.letter(Leader.CIO, workshop.activities().get(0).id(), workshop.roles().get(0).id())).contains(Raci.A);
        assertThat(blind.letter(Leader.CMO, workshop.activities().get(0).id(), workshop.roles().get(0).id())).contains(Raci.R);
        // The facilitator's Undo takes back the last letter that reached the laptop. The Edit menu's words name no
        // letter (the projector may show them before the reveal), and that leader's page loses the letter too, at
        // once: before, it kept showing it until reloaded.
        String undoText = OnFxThread.call(() -> view().model().undoTextProperty().get());
        assertThat(undoText).matches("Set a letter in the (CIO|CMO)'s view"); // "Undo " + this, in the Edit menu
        BlindEntry beforeUndo = view().model().workshop().guide().blindEntry();
        robot.interact(() -> view().model().undo());
        BlindEntry afterUndo = view().model().workshop().guide().blindEntry();
        Leader undone = undoText.contains("CIO") ? Leader.CIO : Leader.CMO;
        String[] cell = null;
        for (Activity a : workshop.activities()) {
            for (Role r : workshop.roles()) {
                if (!beforeUndo.letter(undone, a.id(), r.id()).equals(afterUndo.letter(undone, a.id(), r.id()))) {
                    cell = new String[] {a.id().toString(), r.id().toString()};
                }
            }
        }
        assertThat(cell).as("the letter the Undo took back").isNotNull();
        String[] undoneCell = cell;
        browser.switchTo().window(undone == Leader.CIO ? cioTab : cmoTab);
        wait.until(d -> pressed(undoneCell[0], undoneCell[1]).isEmpty());
        assertThat(browser.findElement(By.id("progress")).getText()).isEqualTo("1 of 16 rows have a letter.");
        robot.interact(() -> view().model().redo()); // and Redo gives it back, on the page too
        wait.until(d -> !pressed(undoneCell[0], undoneCell[1]).isEmpty());
        browser.switchTo().window(cmoTab);

        // The reveal stays the facilitator's; once revealed, the leaders' pages take no more letters.
        robot.clickOn("#" + BlindEntryPane.REVEAL_ID);
        wait.until(d -> d.findElement(By.id("closed")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector("#cell-" + firstRow + "-" + cmo + " button[value=R]")).isEnabled()).isFalse();
        browser.close();
        browser.switchTo().window(cioTab);
        // The facilitator stops the room: the leader's page says the laptop is gone, not a "Saved" that looks current.
        robot.interact(() -> view().model().room().stop());
        wait.until(d -> d.findElement(By.id("status")).getText().contains("Your saved letters are kept"));
    }

    // ---- helpers ----

    private WorkshopView view() {
        return window.shownWorkshopView();
    }

    private static String leaderLink(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + RoomPanel.LEADER_LINK_ID + " .text-field").queryAs(TextField.class).getText();
    }

    /** Polled every 50 ms (Selenium's default is 500 ms, a second lost on every other wait). */
    private static WebDriverWait waitUpTo10s() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    private static void choose(String question, String value) {
        WebElement button = browser.findElement(By.cssSelector("#" + question + " button[value=" + value + "]"));
        // Scrolled to the middle, as a thumb does: at the screen's foot the status line lies over the buttons.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private static void tap(String tab, String activity, String role, String letter) {
        browser.switchTo().window(tab);
        waitUpTo10s().until(d -> !d.findElements(By.id("cell-" + activity + "-" + role)).isEmpty());
        WebElement button = browser.findElement(By.cssSelector("#cell-" + activity + "-" + role + " button[value=" + letter + "]"));
        // Scrolled to the middle, as a thumb does: at the screen's foot the status line lies over the buttons.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** On how many lines (distinct tops) an activity's role cells lie, on the page shown. */
    private static long linesOfRoles(String activity) {
        return browser.findElements(By.cssSelector("[id^='cell-" + activity + "-']")).stream()
                .map(cell -> cell.getRect().getY()).distinct().count();
    }

    /** The letter pressed in a cell of the page shown, or "" for none. */
    private static String pressed(String activity, String role) {
        return browser.findElements(By.cssSelector("#cell-" + activity + "-" + role + " button")).stream()
                .filter(b -> "true".equals(b.getAttribute("aria-pressed"))).map(WebElement::getText).findFirst().orElse("");
    }

    private static Number roomBar(FxRobot robot, int index) {
        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = robot.lookup("#" + PerceptionPane.CHART_ID).queryAs(BarChart.class);
        XYChart.Series<String, Number> room = chart.getData().get(0);
        return room.getData().get(index).getYValue();
    }

    private static boolean portClosed(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The QR code as drawn on screen, read back by ZXing. */
    private static String decode(FxRobot robot, String query) throws Exception {
        Canvas canvas = robot.lookup(query).queryAs(Canvas.class);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }

    private Workshop closeAndLoad(FxRobot robot) {
        robot.interact(() -> stage.close());
        window.close();
        window = null;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            return store.load(store.list().get(0).id());
        }
    }
}
