package org.accord.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * Presentation mode, for the projector: full screen, large type on a high-contrast light theme, the editing chrome
 * (menus, toolbar, agenda list, side panel) hidden; the step, its timer and the content stay, and letters and step
 * keys still work. Leaving full screen by the window's own means leaves presentation mode too.
 */
final class PresentationMode {
    static final String STYLE = "presentation";
    /**
     * Presentation mode's grid type (24 px, letters 27 px) against the laptop's (16 px): large enough for the back of
     * the room, small enough that a 1280×720 projector shows eight rows and more.
     */
    static final double TYPE_SCALE = 1.5;

    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(false);
    private final Parent root;
    private final List<Node> chrome = new ArrayList<>();
    private final Consumer<Boolean> screenParts;
    private final Runnable afterwards;

    /**
     * @param screenParts switches the screen's own parts (the step header, the grids' type, the side panel)
     * @param afterwards  run after every switch (the keyboard goes back to the grid)
     */
    PresentationMode(Parent root, Consumer<Boolean> screenParts, Runnable afterwards) {
        this.root = root;
        this.screenParts = screenParts;
        this.afterwards = afterwards;
    }

    /** The editing chrome: hidden while presenting. */
    void hideWhilePresenting(Node... parts) {
        chrome.addAll(List.of(parts));
    }

    ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }

    boolean isOn() {
        return on.get();
    }

    /** The grids' type scale: larger while presenting. */
    double typeScale() {
        return isOn() ? TYPE_SCALE : 1;
    }

    void toggle() {
        set(!isOn());
    }

    void set(boolean presenting) {
        on.set(presenting);
        for (Node part : chrome) {
            part.setVisible(!presenting);
            part.setManaged(!presenting);
        }
        root.getStyleClass().remove(STYLE);
        screenParts.accept(presenting);
        if (presenting) {
            root.getStyleClass().add(STYLE);
        }
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage
                && stage.isFullScreen() != presenting) {
            stage.setFullScreenExitHint("Esc or F5 leaves presentation mode");
            stage.setFullScreen(presenting);
            if (presenting) {
                stage.fullScreenProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                        if (!is) {
                            stage.fullScreenProperty().removeListener(this);
                            if (isOn()) {
                                set(false);
                            }
                        }
                    }
                });
            }
        }
        afterwards.run();
    }
}
