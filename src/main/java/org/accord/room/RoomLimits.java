package org.accord.room;

/**
 * What one client may ask of the room server. The defaults fit a room of up to 120 people behind one Wi-Fi, each
 * phone with its own address: a page load and a few answers a second each, while a script's thousand requests a
 * second are refused after the first burst.
 *
 * @param requestsPerSecond  sustained requests per client address
 * @param burst              requests a client address may make at once
 * @param wrongCodesPerMinute wrong join codes per client address before it must wait
 * @param maxBodyBytes       the largest request body read; an answer is under 300 bytes
 * @param maxDevices         phones that may join one session
 * @param maxEventStreams    live-update connections open at once
 */
public record RoomLimits(double requestsPerSecond, double burst, int wrongCodesPerMinute, int maxBodyBytes,
                         int maxDevices, int maxEventStreams) {
    public static final RoomLimits DEFAULT = new RoomLimits(40, 200, 10, 2048, 300, 400);
}
