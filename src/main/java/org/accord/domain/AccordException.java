package org.accord.domain;

/**
 * The one application exception: its message is written for the facilitator, in plain words, and says what to do.
 * It is logged once where it is caught; the window shows only {@link #getMessage()}, never a stack trace.
 */
public class AccordException extends RuntimeException {
    public AccordException(String message) {
        super(message);
    }

    public AccordException(String message, Throwable cause) {
        super(message, cause);
    }
}
