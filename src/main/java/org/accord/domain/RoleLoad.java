package org.accord.domain;

/** How many of each letter one role holds across the matrix. */
public record RoleLoad(Role role, int responsible, int accountable, int consulted, int informed) {
    public int total() {
        return responsible + accountable + consulted + informed;
    }
}
