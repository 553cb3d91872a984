package org.accord.export;

import org.accord.domain.Raci;

/**
 * The colours every hand-out shares, so the PDF and the spreadsheet paint a letter alike. Letter fills are light and of
 * clearly different lightness (R lightest blue … A darkest), with dark letters on top, so the matrix reads in colour,
 * in greyscale print and for colour-blind readers.
 */
public enum HandoutColours {
    TEXT(0.10f, 0.12f, 0.15f),
    MUTED(0.38f, 0.42f, 0.47f),
    RULE(0.75f, 0.78f, 0.81f),
    HEADER_FILL(0.92f, 0.93f, 0.95f),
    GROUP_FILL(0.85f, 0.89f, 0.95f),
    R_FILL(0.83f, 0.90f, 1.00f),
    A_FILL(0.98f, 0.72f, 0.64f),
    C_FILL(1.00f, 0.93f, 0.66f),
    I_FILL(0.93f, 0.94f, 0.95f),
    DISPUTED(0.70f, 0.10f, 0.05f),
    AGREED(0.05f, 0.45f, 0.20f);

    private final float red;
    private final float green;
    private final float blue;

    HandoutColours(float red, float green, float blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public float red() {
        return red;
    }

    public float green() {
        return green;
    }

    public float blue() {
        return blue;
    }

    /** Red, green and blue from 0 to 255, as a spreadsheet stores a colour. */
    public byte[] rgbBytes() {
        return new byte[] {toByte(red), toByte(green), toByte(blue)};
    }

    private static byte toByte(float channel) {
        return (byte) Math.round(channel * 255);
    }

    public static HandoutColours fillOf(Raci letter) {
        return switch (letter) {
            case R -> R_FILL;
            case A -> A_FILL;
            case C -> C_FILL;
            case I -> I_FILL;
        };
    }
}
