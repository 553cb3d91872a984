package org.accord.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first rests on its control, not with the control: each tooltip is a popup window
 * of its own, and the grid shows dozens of controls that have one (every row's name, every role's heading). Making
 * them all up front was part of the time from a click to the grid on screen.
 */
public final class HoverTooltip {
    private final Control owner;
    private final Supplier<String> text;
    private Tooltip tooltip;

    private HoverTooltip(Control owner, Supplier<String> text) {
        this.owner = owner;
        this.text = text;
    }

    /** Gives {@code owner} a tooltip showing {@code text} (none while it supplies null), made on the first hover. */
    public static HoverTooltip install(Control owner, Supplier<String> text) {
        HoverTooltip hover = new HoverTooltip(owner, text);
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> hover.update(true));
        return hover;
    }

    /** Takes up a changed text (a grid cell now shows another row); makes no tooltip that was not made yet. */
    public void refresh() {
        update(false);
    }

    private void update(boolean make) {
        String now = text.get();
        if (now == null) {
            owner.setTooltip(null);
            return;
        }
        if (tooltip == null && !make) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        tooltip.setText(now);
        owner.setTooltip(tooltip);
    }
}
