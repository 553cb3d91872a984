package org.accord.room;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An address of this laptop that phones in the room may reach, with the network it belongs to. Found from the
 * laptop's own network interfaces only: nothing is contacted to learn it (a tool that asks a web site for its
 * address fails offline, and tells that site the meeting is on).
 */
public record RoomAddress(InetAddress address, String network) {

    public String host() {
        return address.getHostAddress();
    }

    /** "192.168.1.23 (Wi-Fi: wlan0)" */
    public String describe() {
        return host() + " (" + network + ")";
    }

    /**
     * The laptop's IPv4 addresses that are up and not loopback, the likeliest first: a private network's address
     * (Wi-Fi, a hotspot, a wired LAN) before a link-local one, and bridges of virtual machines and containers last.
     */
    public static List<RoomAddress> usable() {
        List<RoomAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isAnyLocalAddress()
                            && !a.isMulticastAddress()) {
                        found.add(new RoomAddress(a, nic.getDisplayName()));
                    }
                }
            }
        } catch (SocketException e) {
            return List.of(); // no interfaces to list: the window says so and offers this laptop alone
        }
        found.sort(Comparator.comparingInt(RoomAddress::rank).thenComparing(RoomAddress::host));
        return found;
    }

    /** This laptop alone (127.0.0.1): for trying the page on the laptop itself, and for the tests. */
    public static RoomAddress loopback() {
        return new RoomAddress(InetAddress.getLoopbackAddress(), "this laptop only");
    }

    private int rank() {
        String name = network.toLowerCase(Locale.ROOT);
        boolean virtual = name.startsWith("docker") || name.startsWith("br-") || name.startsWith("veth")
                || name.startsWith("virbr") || name.contains("virtual") || name.contains("vmnet") || name.contains("vbox");
        if (virtual) {
            return 3;
        }
        if (address.isSiteLocalAddress()) {
            return 0;
        }
        return address.isLinkLocalAddress() ? 2 : 1;
    }
}
