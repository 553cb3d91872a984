package org.accord.architecture.bad.ui;

import org.accord.architecture.bad.store.Shelf;

/** A view model that holds the store, as StartViewModel once did. */
public class Screen {
    Shelf store;
}
