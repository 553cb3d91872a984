package org.accord.room;

import io.nayuki.qrcodegen.QrCode.Ecc;

/**
 * The join link as a QR code's modules, for the window to draw (Nayuki's qrcodegen: one small class, no
 * dependencies). Medium error correction: a code on a projector, photographed from the back of the room at an
 * angle, is read even with some of it washed out.
 */
public final class QrCode {
    private final boolean[][] modules;

    private QrCode(boolean[][] modules) {
        this.modules = modules;
    }

    public static QrCode of(String text) {
        io.nayuki.qrcodegen.QrCode code = io.nayuki.qrcodegen.QrCode.encodeText(text, Ecc.MEDIUM);
        boolean[][] dark = new boolean[code.size][code.size];
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                dark[y][x] = code.getModule(x, y);
            }
        }
        return new QrCode(dark);
    }

    /** Modules per side, without the quiet zone. */
    public int size() {
        return modules.length;
    }

    public boolean dark(int x, int y) {
        return modules[y][x];
    }
}
