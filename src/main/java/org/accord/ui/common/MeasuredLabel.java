package org.accord.ui.common;

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
    private final Heights prefHeights = new Heights();
    private final Heights minHeights = new Heights();

    public MeasuredLabel() {
    }

    public MeasuredLabel(String text) {
        super(text);
    }

    @Override
    protected double computePrefHeight(double width) {
        forgetIfChanged();
        double known = prefHeights.at(width);
        if (!Double.isNaN(known)) {
            return known;
        }
        double height = super.computePrefHeight(width);
        prefHeights.remember(width, height);
        return height;
    }

    @Override
    protected double computeMinHeight(double width) {
        forgetIfChanged();
        double known = minHeights.at(width);
        if (!Double.isNaN(known)) {
            return known;
        }
        double height = super.computeMinHeight(width);
        minHeights.remember(width, height);
        return height;
    }

    /** Heights by width, the oldest forgotten first; plain arrays, so that asking allocates nothing. */
    private static final class Heights {
        private final double[] widths = new double[WIDTHS_KEPT];
        private final double[] heights = new double[WIDTHS_KEPT];
        private int count;
        private int oldest;

        /** The height remembered for this width, or NaN. */
        double at(double width) {
            for (int i = 0; i < count; i++) {
                if (Double.compare(widths[i], width) == 0) {
                    return heights[i];
                }
            }
            return Double.NaN;
        }

        void remember(double width, double height) {
            int slot;
            if (count < WIDTHS_KEPT) {
                slot = count++;
            } else {
                slot = oldest;
                oldest = (oldest + 1) % WIDTHS_KEPT;
            }
            widths[slot] = width;
            heights[slot] = height;
        }

        void clear() {
            count = 0;
            oldest = 0;
        }
    }

    /**
     * Everything the skin's measurement reads besides the width (LabeledSkinBase): when any of it differs from the
     * last time, the heights remembered are forgotten. Read at each question, so that a change made by a style
     * sheet (a font, a padding) is seen as surely as one made in code. Compared field by field, allocating nothing:
     * a layout pass asks a label deep in step 1's page for its heights tens of thousands of times, and an array
     * made per question was 94 MB of garbage in five bursts of the room's answers (a flight recording, issue 18).
     */
    private void forgetIfChanged() {
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        double renderScale = window == null ? 1.0 : window.getRenderScaleY();
        javafx.geometry.Bounds graphicBounds = getGraphic() == null ? null : getGraphic().getLayoutBounds();
        boolean same = measured
                && java.util.Objects.equals(getText(), text) && java.util.Objects.equals(getFont(), font)
                && isWrapText() == wrapText
                && getGraphic() == graphic && getContentDisplay() == contentDisplay
                && getGraphicTextGap() == graphicTextGap && java.util.Objects.equals(getLabelPadding(), labelPadding)
                && java.util.Objects.equals(getInsets(), insets) && getLineSpacing() == lineSpacing
                && isMnemonicParsing() == mnemonicParsing && getSkin() == skin && renderScale == this.renderScale
                && java.util.Objects.equals(graphicBounds, this.graphicBounds);
        if (same) {
            return;
        }
        measured = true;
        text = getText();
        font = getFont();
        wrapText = isWrapText();
        graphic = getGraphic();
        contentDisplay = getContentDisplay();
        graphicTextGap = getGraphicTextGap();
        labelPadding = getLabelPadding();
        insets = getInsets();
        lineSpacing = getLineSpacing();
        mnemonicParsing = isMnemonicParsing();
        skin = getSkin();
        this.renderScale = renderScale;
        this.graphicBounds = graphicBounds;
        prefHeights.clear();
        minHeights.clear();
    }

    // What the heights remembered were measured for (forgetIfChanged).
    private boolean measured;
    private String text;
    private javafx.scene.text.Font font;
    private boolean wrapText;
    private javafx.scene.Node graphic;
    private javafx.scene.control.ContentDisplay contentDisplay;
    private double graphicTextGap;
    private javafx.geometry.Insets labelPadding;
    private javafx.geometry.Insets insets;
    private double lineSpacing;
    private boolean mnemonicParsing;
    private javafx.scene.control.Skin<?> skin;
    private double renderScale;
    private javafx.geometry.Bounds graphicBounds;
}
