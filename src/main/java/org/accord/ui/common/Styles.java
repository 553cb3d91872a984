package org.accord.ui.common;

/** CSS style classes shared across screens, named once (see accord.css). */
public final class Styles {
    public static final String FIELD_MESSAGE = "field-message";
    public static final String ERROR_BANNER = "error-banner";
    public static final String SCREEN_TITLE = "screen-title";
    public static final String MUTED = "muted";

    private Styles() {
    }

    /** The stylesheet every scene loads, on top of the AtlantaFX theme. */
    public static String appStylesheet() {
        return Styles.class.getResource("/org/accord/ui/common/accord.css").toExternalForm();
    }
}
