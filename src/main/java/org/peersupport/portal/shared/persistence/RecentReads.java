package org.peersupport.portal.shared.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Values read from the database and trusted for a short while, for checks a hot path makes on
 * every request or message. Another instance's change is seen within {@code trusted}; the owner
 * {@link #forget}s a key when this instance changes it, so a change made here is seen at once.
 */
public final class RecentReads<K, V> {

    private record Read<V>(V value, long readAtNanos) {}

    private final long trustedNanos;
    private final int maxRemembered;
    private final Map<K, Read<V>> reads = new ConcurrentHashMap<>();

    public RecentReads(Duration trusted, int maxRemembered) {
        this.trustedNanos = trusted.toNanos();
        this.maxRemembered = maxRemembered;
    }

    /** The value read at most {@code trusted} ago, else {@code read}'s answer; a null answer is not remembered. */
    public V get(K key, Function<? super K, ? extends V> read) {
        long now = System.nanoTime();
        Read<V> recent = reads.get(key);
        if (recent != null && now - recent.readAtNanos() < trustedNanos) {
            return recent.value();
        }
        V value = read.apply(key);
        if (value == null) {
            reads.remove(key);
            return null;
        }
        if (reads.size() >= maxRemembered) {
            reads.clear(); // crude, but bounded: the next reads fill it again
        }
        reads.put(key, new Read<>(value, now));
        return value;
    }

    public void forget(K key) {
        reads.remove(key);
    }

    public void forgetIf(Predicate<? super K> which) {
        reads.keySet().removeIf(which);
    }
}
