package org.accord.architecture.bad.session;

/** A session class, for the domain to reach up to. */
public class Desk {
}
