package org.accord.architecture.bad.domain;

import org.accord.architecture.bad.session.Desk;
import org.accord.architecture.bad.store.Shelf;
import org.accord.architecture.bad.ui.Screen;

/** The example: a domain class that imports the store, the session and the ui. */
public class ReachesUp {
    Shelf shelf;
    Desk desk;
    Screen screen;
}
