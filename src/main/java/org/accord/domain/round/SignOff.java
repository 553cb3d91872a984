package org.accord.domain.round;

import java.time.LocalDate;
import java.util.Objects;
import org.accord.domain.Names;

/** One leader's signature under a round: who signed, in which role, on which day. */
public record SignOff(String name, String role, LocalDate signedOn) {
    public SignOff {
        name = Names.clean(name, "the name of who signs");
        role = Names.clean(role, "the role of who signs");
        Objects.requireNonNull(signedOn, "signedOn");
    }
}
