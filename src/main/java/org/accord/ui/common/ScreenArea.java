package org.accord.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The part of a screen windows may use, for sizing a dialog to the screen the workshop is shown on: a 1280×720
 * projector and a 1920×1080 one get dialogs of their own size, not one fixed size that is cramped on the first and
 * small on the second.
 */
public final class ScreenArea {
    private ScreenArea() {
    }

    /** The visual bounds of the screen {@code owner} is on; the primary screen's without an owner. */
    public static Rectangle2D of(Window owner) {
        if (owner == null || owner.getWidth() <= 0) {
            return Screen.getPrimary().getVisualBounds();
        }
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}
