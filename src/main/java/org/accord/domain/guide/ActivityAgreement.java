package org.accord.domain.guide;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.accord.domain.Names;

/** Who agreed an activity's row, and when. Kept only while the activity's status is "Agreed". */
public record ActivityAgreement(UUID activityId, String agreedBy, Instant agreedAt) {
    public ActivityAgreement {
        Objects.requireNonNull(activityId, "activityId");
        agreedBy = Names.clean(agreedBy, "who agreed");
        Objects.requireNonNull(agreedAt, "agreedAt");
    }
}
