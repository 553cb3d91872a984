package org.accord.domain.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.accord.domain.Fixtures;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.junit.jupiter.api.Test;

/** A row agreed before a round and changed since reads "Changed since Round N", until the room agrees it again. */
class AgreedRowChangedTest {
    private static final Instant AGREED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-11-02T11:00:00Z");
    private static final Round ROUND_2 = new Round(2, "Round 2", CLOSED, List.of());

    private final Workshop kept = agree(Fixtures.set(Fixtures.workshop("Campaign briefs", "Web analytics"),
            "Campaign briefs", "CIO", Raci.A), "Campaign briefs", AGREED);

    private static Workshop agree(Workshop workshop, String activity, Instant when) {
        return workshop.withActivityAgreed(Fixtures.activity(workshop, activity).id(), "CIO and CMO", when);
    }

    private static UUID row(Workshop workshop, String name) {
        return Fixtures.activity(workshop, name).id();
    }

    private RoundComparison since(Workshop now) {
        return RoundComparison.of(ROUND_2, Optional.empty(), kept, now, Map.of());
    }

    @Test
    void anAgreedRowWhoseLettersChangedSinceTheRoundNoLongerReadsAgreed() {
        Workshop now = Fixtures.set(kept, "Campaign briefs", "CMO", Raci.R);
        assertThat(since(now).agreedRowChanged(now, row(now, "Campaign briefs"))).isTrue();
        assertThat(since(now).changedSinceLabel()).isEqualTo("Changed since Round 2");
        // A letter cleared is a change too.
        Workshop cleared = Fixtures.set(kept, "Campaign briefs", "CIO", null);
        assertThat(since(cleared).agreedRowChanged(cleared, row(cleared, "Campaign briefs"))).isTrue();
    }

    @Test
    void anUnchangedAgreedRowAndARowNotAgreedAreNotChangedSince() {
        assertThat(since(kept).agreedRowChanged(kept, row(kept, "Campaign briefs"))).isFalse();
        // Open rows say "Open" already, whatever their letters.
        Workshop open = Fixtures.set(kept, "Web analytics", "CMO", Raci.R);
        assertThat(since(open).agreedRowChanged(open, row(open, "Web analytics"))).isFalse();
    }

    @Test
    void agreedAgainAfterTheRoundClosedItReadsAgreedAgain() {
        Workshop changed = Fixtures.set(kept, "Campaign briefs", "CMO", Raci.R);
        Workshop againLater = agree(changed, "Campaign briefs", CLOSED.plusSeconds(600));
        assertThat(since(againLater).agreedRowChanged(againLater, row(againLater, "Campaign briefs"))).isFalse();
    }
}
