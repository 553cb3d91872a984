package org.accord.ui.common;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;

/**
 * A label that remembers how tall its text is at a given width, until the text or anything else that decides the
 * height changes. JavaFX measures a wrapping label afresh each time its container asks, and a container asks
 * several times in one layout pass (minimum, preferred, maximum, then placing it); a change anywhere in a page
 * inside a scroll pane has the whole page measured again. During a burst of sixty answers from the room, 90 % of
 * the JavaFX thread's time in a batch's frame went to laying out step 1's page, most of it measuring the same
 * wrapped sentences again and again (a profile, issue 18). The height returned is the one JavaFX computes; only
 * asking again for the same text at the same width is answered from memory.
 */
public class MeasuredLabel extends Label {
    /** A few widths: a pass asks at the width given and at the container's natural one. */
    private static final int WIDTHS_KEPT = 8;
    private final Map<Object, Double> prefHeights = new LinkedHashMap<>();
    private final Map<Object, Double> minHeights = new LinkedHashMap<>();
    private Object[] measuredFor = new Object[0];

    public MeasuredLabel() {
    }

    public MeasuredLabel(String text) {
        super(text);
    }

    @Override
    protected double computePrefHeight(double width) {
        forgetIfChanged();
        Double known = prefHeights.get(width);
        if (known != null) {
            return known;
        }
        double height = super.computePrefHeight(width);
        remember(prefHeights, width, height);
        return height;
    }

    @Override
    protected double computeMinHeight(double width) {
        forgetIfChanged();
        Double known = minHeights.get(width);
        if (known != null) {
            return known;
        }
        double height = super.computeMinHeight(width);
        remember(minHeights, width, height);
        return height;
    }

    private static void remember(Map<Object, Double> heights, double width, double height) {
        if (heights.size() >= WIDTHS_KEPT) {
            heights.remove(heights.keySet().iterator().next());
        }
        heights.put(width, height);
    }

    /**
     * Everything the skin's measurement reads besides the width (LabeledSkinBase): when any of it differs from the
     * last time, the heights remembered are forgotten. Read at each question, so that a change made by a style
     * sheet (a font, a padding) is seen as surely as one made in code.
     */
    private void forgetIfChanged() {
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        Object[] now = {getText(), getFont(), isWrapText(), getGraphic(), getContentDisplay(), getGraphicTextGap(),
            getLabelPadding(), getInsets(), getLineSpacing(), isMnemonicParsing(), getSkin(),
            window == null ? 1.0 : window.getRenderScaleY(), getGraphic() == null ? null : getGraphic().getLayoutBounds()};
        if (!Arrays.equals(now, measuredFor)) {
            measuredFor = now;
            prefHeights.clear();
            minHeights.clear();
        }
    }
}
