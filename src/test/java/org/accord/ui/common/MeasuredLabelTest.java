package org.accord.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A wrapped label's text is measured once per width, however often a layout pass asks (the room's burst of answers
 * spent most of a frame measuring the same sentences again, issue 18), and its height is always the one a plain
 * label of the same text, font and width has: a new text, font or padding is measured anew.
 */
@ExtendWith(ApplicationExtension.class)
class MeasuredLabelTest {
    private static final String SENTENCE = "If phones cannot reach this laptop, the guest Wi-Fi may keep devices apart:"
            + " start the laptop's own hotspot and have the room join it.";

    @AfterEach
    void closeStages() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Counts how often the skin measures the text. */
    private static final class CountingSkin extends LabelSkin {
        final AtomicInteger measured = new AtomicInteger();

        CountingSkin(Label label) {
            super(label);
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            measured.incrementAndGet();
            return super.computePrefHeight(width, top, right, bottom, left);
        }
    }

    @Test
    void theSameTextAtTheSameWidthIsMeasuredOnceAndNewTextAgainWithThePlainLabelsHeight(FxRobot robot) {
        robot.interact(() -> {
            MeasuredLabel measured = new MeasuredLabel(SENTENCE);
            Label plain = new Label(SENTENCE);
            for (Label label : new Label[] {measured, plain}) {
                label.setWrapText(true);
                label.setFont(Font.font(18));
            }
            CountingSkin skin = new CountingSkin(measured);
            measured.setSkin(skin);
            Stage stage = new Stage();
            stage.setScene(new Scene(new VBox(measured, plain), 300, 400));
            stage.show();

            double first = measured.prefHeight(200);
            int afterFirst = skin.measured.get();
            for (int i = 0; i < 5; i++) {
                assertThat(measured.prefHeight(200)).isEqualTo(first);
                assertThat(measured.maxHeight(200)).isEqualTo(first);
            }
            assertThat(skin.measured.get()).as("measurements of the same text at the same width").isEqualTo(afterFirst);
            assertThat(first).isEqualTo(plain.prefHeight(200)).isGreaterThan(measured.prefHeight(2000));

            measured.setText(SENTENCE + " " + SENTENCE);
            plain.setText(SENTENCE + " " + SENTENCE);
            assertThat(measured.prefHeight(200)).isEqualTo(plain.prefHeight(200)).isGreaterThan(first);
            measured.setFont(Font.font(30));
            plain.setFont(Font.font(30));
            assertThat(measured.prefHeight(200)).isEqualTo(plain.prefHeight(200));
            measured.setPadding(new Insets(20));
            plain.setPadding(new Insets(20));
            assertThat(measured.prefHeight(200)).isEqualTo(plain.prefHeight(200));
            assertThat(measured.minHeight(200)).isEqualTo(plain.minHeight(200));

            // More widths than it keeps, asked twice over: every answer is still the plain label's.
            for (int round = 0; round < 2; round++) {
                for (int width = 120; width <= 420; width += 20) {
                    assertThat(measured.prefHeight(width)).as("height at %d px", width)
                            .isEqualTo(plain.prefHeight(width));
                    assertThat(measured.minHeight(width)).as("minimum height at %d px", width)
                            .isEqualTo(plain.minHeight(width));
                }
            }
        });
    }
}
