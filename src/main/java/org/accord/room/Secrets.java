package org.accord.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The room's secrets, all from {@link SecureRandom}: the join code people type, and the tokens nobody types (a
 * phone's own, a leader's link). Compared in constant time, so timing tells nothing about a near miss.
 */
final class Secrets {
    /** No 0/O, 1/I/L: a code read off a projector from the back of the room is typed right the first time. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** Six characters of 31: about 887 million codes, against a few tries a second that the server lets through. */
    static String joinCode() {
        return fromAlphabet(CODE_LENGTH);
    }

    /** A leader's key is 20 characters of the code's alphabet: about 99 random bits, and typeable (issue 18). */
    static final int LEADER_KEY_LENGTH = 20;

    /**
     * A leader's key, the secret part of that leader's link. A link is typed on a laptop as often as it is scanned,
     * so it is made of the join code's alphabet (no 0/O, 1/I/L) and kept short: 43 characters of base64 with look-alikes
     * ("J0WT0JolH") were cut off in the laptop's field and mistyped. 99 bits against a few guesses a second.
     */
    static String leaderKey() {
        return fromAlphabet(LEADER_KEY_LENGTH);
    }

    private static String fromAlphabet(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return text.toString();
    }

    /** 256 random bits, URL-safe: a phone's token, which nobody types. */
    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A code as typed: case, spaces and dashes forgiven. */
    static String normaliseCode(String typed) {
        return typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }

    static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
