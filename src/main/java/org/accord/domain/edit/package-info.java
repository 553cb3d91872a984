/**
 * Every change the room can make to a workshop, in one place: each is an {@link org.accord.domain.Edit} with the
 * words the Undo menu shows. The screens only choose which edit to make and hand it to the session; the words and
 * the change stay here, where all of them can be read (and tested) side by side.
 *
 * <p>A value the facilitator typed is made into a domain value inside the change, not before: a refusal (an empty
 * name, a taken label) is then a refused edit, which the session reports, and not an exception in the screen.
 */
package org.accord.domain.edit;
