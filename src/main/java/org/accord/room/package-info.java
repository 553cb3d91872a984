/**
 * The room server (issue 18): while the facilitator lets the room join, phones answer the perception check and the
 * CIO and CMO fill their blind grids on their own devices. A small Jetty server on one chosen address of the
 * laptop, a static page served from the jar, and every answer handed to a {@link org.accord.room.RoomDesk} as an
 * {@link org.accord.domain.Edit}: the window applies it on its own thread through the one edit path, and the phone
 * hears "Saved" only once the edit is on disk. This package knows the domain and the session, never the window.
 * The threat model is in docs/decisions/0015.
 */
package org.accord.room;
