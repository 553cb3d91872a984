package org.accord.room;

/** What the room joins for: one at a time, as the step on screen asks. */
public enum RoomMode {
    /** Step 1: every phone answers the two questions of the perception check. */
    PERCEPTION,
    /** Step 4: the CIO and the CMO fill their own blind grids, each through a link of their own. */
    BLIND_ENTRY
}
