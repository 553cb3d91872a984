package org.accord.room;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per key (a phone's address): {@code burst} requests at once, then {@code perSecond}. A phone
 * answering taps a few times a second; a script sending a thousand a second is refused after the burst, cheaply,
 * before its request is read.
 */
final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double perSecond, double burst, int maxKeys, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxKeys = maxKeys;
        this.nanoTime = nanoTime;
    }

    /** True when the key may make one more request now. */
    boolean allow(String key) {
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            buckets.clear(); // a flood of made-up addresses: forget them all rather than grow without bound
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, nanoTime.getAsLong())).take(perSecond, burst, nanoTime.getAsLong());
    }

    /** True when the key has used up its allowance for now; takes nothing. */
    boolean exhausted(String key) {
        Bucket bucket = buckets.get(key);
        return bucket != null && !bucket.hasToken(perSecond, burst, nanoTime.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized boolean hasToken(double perSecond, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - at) / 1e9 * perSecond);
            at = now;
            return tokens >= 1;
        }

        synchronized boolean take(double perSecond, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - at) / 1e9 * perSecond);
            at = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
