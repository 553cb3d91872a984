package org.accord.diagnostics;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.accord.ui.common.Frames;
import org.accord.ui.workshop.guide.GuideScreen;

/**
 * {@code --startup-report}: prints the milliseconds from the start of the process to the first frame of the window
 * (the start screen's title) and to the complete start screen, and, when a workshop was named too, from asking for
 * it to the first frame that shows its matrix, then types into it and times the frames; then exits. So start-up and
 * opening can be timed from outside and compared with other programs.
 */
public final class StartupReport {
    /** Milliseconds to wait on the start screen before opening the workshop named at start. */
    static final String CLICK_AFTER_PROPERTY = "accord.startupReport.clickAfterMs";

    private final PrintStream out;
    private final boolean waitForWorkshop;
    /** When the workshop named at start was asked for (System.nanoTime); 0 if not yet. */
    private long openRequestedAt;
    /** The workshop on show, as each edit changes it; null until one shows. */
    private ObservableValue<?> workshop;

    /** @param waitForWorkshop a workshop was named at start: time its opening and typing into it before exiting */
    public StartupReport(PrintStream out, boolean waitForWorkshop) {
        this.out = out;
        this.waitForWorkshop = waitForWorkshop;
    }

    /**
     * Asks for the workshop named at start as a facilitator would, after reading the start screen for a while
     * ({@value #CLICK_AFTER_PROPERTY} milliseconds, none by default), and notes when.
     */
    public void workshopRequested(Runnable ask) {
        Runnable request = () -> {
            openRequestedAt = System.nanoTime();
            ask.run();
        };
        long clickAfter = Long.getLong(CLICK_AFTER_PROPERTY, 0);
        if (clickAfter > 0) {
            PauseTransition reading = new PauseTransition(javafx.util.Duration.millis(clickAfter));
            reading.setOnFinished(e -> request.run());
            reading.play();
        } else {
            request.run();
        }
    }

    /** The workshop on show, to count the edits the typing makes. */
    public void workshopShown(ObservableValue<?> workshop) {
        this.workshop = workshop;
    }

    /** Starts watching the window's scene; call once the window shows it. */
    public void start(Scene scene) {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Frames.afterFrame(scene, s -> true, firstFrame -> {
            out.println("Accord first window painted after " + sinceStart(processStart, firstFrame) + " ms");
            if (waitForWorkshop) {
                scene.rootProperty().addListener((obs, old, root) -> {
                    if (root.getStyleClass().contains("workshop-view")) {
                        Frames.afterFrame(scene, s -> true, shown -> {
                            out.println("Workshop matrix painted " + (shown - openRequestedAt) / 1_000_000
                                    + " ms after it was asked for; heap in use "
                                    + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024) + " MiB");
                            typeAndTimeFrames(scene, workshop, out);
                        });
                        // The agenda list and side panel come a frame after the grid (WorkshopView.complete).
                        Frames.afterFrame(scene, s -> s.lookup("#" + GuideScreen.AGENDA_ID) != null, complete ->
                                out.println("Workshop screen complete " + (complete - openRequestedAt) / 1_000_000
                                        + " ms after it was asked for"));
                    }
                });
            }
            // The first frame shows the start screen's title; the rest follows (StartView.complete).
            Frames.afterFrame(scene, s -> s.lookup("#" + org.accord.ui.start.StartView.LIST_ID) != null, complete -> {
                out.println("Start screen complete after " + sinceStart(processStart, complete) + " ms");
                if (!waitForWorkshop) {
                    exit(out);
                }
            });
        });
    }

    /** Milliseconds from the start of the process to a moment taken with System.nanoTime. */
    private static long sinceStart(Instant processStart, long nanoTime) {
        return Duration.between(processStart, Instant.now()).toMillis() - (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /**
     * Types 300 keys into the matrix, one a frame, as a facilitator would (arrows and letters), and reports the time
     * between frames over the last 200 (the first 100 warm the JVM up). Each letter is the one after the letter its
     * cell shows (R, A, C, I, R …), so every letter typed on an activity's row is a real edit, however often the same
     * workshop is typed into: typing the letter a cell already has changes nothing and would flatter the figures.
     * The report counts the edits made (letters on a group heading's row make none).
     */
    /**
     * Keys typed: 300 for the figures; the test that checks every letter is an edit types fewer
     * ({@code -Daccord.startupReport.keys}), since each frame of a software-rendered window costs it time.
     */
    private static final int KEYS = Math.max(30, Integer.getInteger("accord.startupReport.keys", 300));

    private static void typeAndTimeFrames(Scene scene, javafx.beans.value.ObservableValue<?> workshop, PrintStream out) {
        Node matrix = scene.lookup("#matrix");
        if (matrix == null) {
            out.println("The workshop opened on a step without the matrix; typing was not timed.");
            exit(out);
            return;
        }
        matrix.requestFocus();
        KeyCode letter = KeyCode.UNDEFINED; // stands for "the letter after the focused cell's"
        KeyCode[] keys = {KeyCode.DOWN, KeyCode.RIGHT, letter, KeyCode.RIGHT, letter, KeyCode.RIGHT, letter,
                KeyCode.LEFT, KeyCode.LEFT, KeyCode.LEFT};
        List<Long> gaps = new ArrayList<>();
        int[] edits = {0};
        workshop.addListener((obs, old, now) -> edits[0]++);
        new AnimationTimer() {
            private long last;
            private int typed;
            private int letters;

            @Override
            public void handle(long now) {
                if (last != 0 && typed > KEYS / 3) {
                    gaps.add(now - last);
                }
                last = now;
                if (typed < KEYS) {
                    KeyCode key = keys[typed++ % keys.length];
                    if (key == letter) {
                        key = nextLetter(focusedText((TableView<?>) matrix));
                        letters++;
                    }
                    Event.fireEvent(matrix, new KeyEvent(KeyEvent.KEY_PRESSED, key.getChar(), key.getChar(), key,
                            false, false, false, false));
                    return;
                }
                stop();
                List<Long> sorted = new ArrayList<>(gaps);
                Collections.sort(sorted);
                out.printf(Locale.ROOT, "Typing (last %d of %d keys, %d letters typed, %d edits made): frames every %.1f ms at the median, %.1f ms at p95, %.1f ms at most%n",
                        KEYS - KEYS / 3, KEYS, letters, edits[0], sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                        sorted.get(sorted.size() - 1) / 1e6);
                exit(out);
            }
        }.start();
    }

    /** The text of the grid's focused cell ("" if it shows none). */
    private static String focusedText(TableView<?> matrix) {
        TablePosition<?, ?> focus = matrix.getFocusModel().getFocusedCell();
        for (Node node : matrix.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getIndex() == focus.getRow()
                    && cell.getTableColumn() == focus.getTableColumn() && cell.isVisible()) {
                return cell.getText() == null ? "" : cell.getText();
            }
        }
        return "";
    }

    /** R after nothing, then A, C, I and round again: never the letter a cell already has. */
    static KeyCode nextLetter(String shown) {
        return switch (shown) {
            case "R" -> KeyCode.A;
            case "A" -> KeyCode.C;
            case "C" -> KeyCode.I;
            default -> KeyCode.R;
        };
    }

    private static void exit(PrintStream out) {
        out.flush();
        Platform.exit();
    }
}
