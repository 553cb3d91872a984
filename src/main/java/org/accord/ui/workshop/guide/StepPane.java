package org.accord.ui.workshop.guide;

import javafx.scene.Parent;
import org.accord.domain.Workshop;

/** The content of one kind of step. Refreshed only while it is on screen, so typing in the grid stays fast. */
interface StepPane {
    Parent root();

    void refresh(Workshop workshop);
}
