package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.accord.ui.common.Frames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Work that follows a frame runs once that frame is on the screen. Without a GPU JavaFX copies a drawn frame to the
 * window in a task on the JavaFX thread; work queued before that copy kept the first frame (the start screen's
 * title) off the screen while the rest of the screen was built.
 */
@ExtendWith(ApplicationExtension.class)
class FramesTest {

    @AfterEach
    void closeStages() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void workAfterTheFirstFrameFindsThatFrameOnTheScreen(FxRobot robot) throws Exception {
        CompletableFuture<Color> onScreenWhenTheWorkRan = new CompletableFuture<>();
        robot.interact(() -> {
            Stage stage = new Stage(StageStyle.UNDECORATED);
            stage.setX(100);
            stage.setY(100);
            Scene scene = new Scene(new StackPane(new Rectangle(200, 200, Color.RED)), 200, 200, Color.WHITE);
            stage.setScene(scene);
            Frames.afterNextFrame(scene, () ->
                    onScreenWhenTheWorkRan.complete(new Robot().getPixelColor(200, 200)));
            stage.show();
        });
        assertThat(onScreenWhenTheWorkRan.get(10, TimeUnit.SECONDS)).isEqualTo(Color.RED);
    }
}
