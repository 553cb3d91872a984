package org.accord.architecture.bad.store;

import org.accord.architecture.bad.domain.ReachesUp;

/** A store class; that it keeps a domain class is allowed, and with {@link ReachesUp} makes a cycle. */
public class Shelf {
    ReachesUp kept;
}
