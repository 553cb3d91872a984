package org.accord.domain.round;

import java.time.Instant;
import java.util.Objects;

/**
 * One difference between two versions of a workshop, in the facilitator's words.
 *
 * @param subject what changed, as a stable key ("letter:activity-id:role-id"): the history records it with each
 *                saved edit, so the change view can say when the subject last changed
 * @param what    the thing changed as the screen names it ("Campaign briefs · CMO")
 * @param before  its value before, "" when it did not exist or was empty
 * @param after   its value after, "" when it is gone or empty
 * @param when    when it was last saved, if the history knows; null when not asked or not known
 */
public record Change(ChangeKind kind, String subject, String what, String before, String after, Instant when) {
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(what, "what");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    public Change at(Instant moment) {
        return new Change(kind, subject, what, before, after, moment);
    }

    /** "A → R", with "empty" for a value that was not there. */
    public String beforeAfter() {
        return shown(before) + " → " + shown(after);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
