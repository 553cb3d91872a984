/**
 * Deliberately wrong classes for {@code ArchitectureTest}: the same layer rules the program is held to are evaluated
 * over these, which must fail, so the rules are shown to catch what they are for. Nothing else uses them.
 */
package org.accord.architecture.bad;
