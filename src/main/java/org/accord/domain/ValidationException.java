package org.accord.domain;

/** Input the facilitator typed that Accord refuses, with the reason in words fit for a field's message. */
public final class ValidationException extends AccordException {
    public ValidationException(String message) {
        super(message);
    }
}
