package org.accord.ui.common;

/** CSS style classes shared across screens, named once (see accord.css). */
public final class Styles {
    public static final String FIELD_MESSAGE = "field-message";
    public static final String ERROR_BANNER = "error-banner";
    public static final String SCREEN_TITLE = "screen-title";
    public static final String MUTED = "muted";

    private Styles() {
    }

    /**
     * Gives the node the style class, or takes it away, changing the list only when it must: every change has the
     * node's style (and its children's) worked out again at the next frame, and views refreshed on each edit did
     * that by removing a class and adding it straight back.
     */
    public static void setStyleClass(javafx.scene.Node node, String styleClass, boolean on) {
        var classes = node.getStyleClass();
        if (on && !classes.contains(styleClass)) {
            classes.add(styleClass);
        } else if (!on) {
            classes.remove(styleClass);
        }
    }

    /** The stylesheet every scene loads, on top of the AtlantaFX theme. */
    public static String appStylesheet() {
        return Styles.class.getResource("/org/accord/ui/common/accord.css").toExternalForm();
    }
}
