package org.accord.store;

import org.accord.domain.AccordException;

/** The workshops could not be read or saved; the message names the file and says what to do. */
public class StoreException extends AccordException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
