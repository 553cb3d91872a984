package org.accord.room;

/** A request the room server refuses: the HTTP status and the sentence the phone shows. */
public final class Refusal extends RuntimeException {
    private final int status;

    public Refusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** An edit the workshop refused (a closed question, a revealed blind entry): 409, in the workshop's words. */
    public static Refusal conflict(String message) {
        return new Refusal(409, message);
    }

    public int status() {
        return status;
    }
}
