package org.accord.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The width a text takes in a font, for sizing a column so that nothing a room reads is cut to "…" (the grid's
 * names and role labels, table titles, words that cannot wrap). Called on the JavaFX thread, which sizes the columns.
 */
public final class TextWidth {
    private static final Text PROBE = new Text();

    private TextWidth() {
    }

    public static double of(String text, Font font) {
        PROBE.setFont(font);
        PROBE.setText(text);
        return PROBE.getLayoutBounds().getWidth();
    }
}
