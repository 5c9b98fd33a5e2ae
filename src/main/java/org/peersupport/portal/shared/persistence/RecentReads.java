package org.peersupport.portal.shared.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Values read from the database that this instance may trust for a short while: reads asked on
 * nearly every request (an account's stamps, a member's unread count) then cost one statement per
 * window, not one per request. A change made on this instance is seen at once when its service
 * calls {@link #forget}; a change made on another instance of a cluster within the window. Bounded:
 * when full it starts over rather than grow.
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

    /** The value read within the window, if any. */
    public Optional<V> recent(K key) {
        Read<V> read = reads.get(key);
        return read != null && System.nanoTime() - read.readAtNanos() < trustedNanos ? Optional.of(read.value()) : Optional.empty();
    }

    /** The value read within the window, else read now (and kept, unless the read gave null). */
    public V get(K key, Function<? super K, ? extends V> reader) {
        Optional<V> recent = recent(key);
        if (recent.isPresent()) {
            return recent.get();
        }
        V value = reader.apply(key);
        if (value == null) {
            reads.remove(key);
        } else {
            remember(key, value);
        }
        return value;
    }

    public void remember(K key, V value) {
        if (reads.size() >= maxRemembered) {
            reads.clear();
        }
        reads.put(key, new Read<>(value, System.nanoTime()));
    }

    public void forget(K key) {
        reads.remove(key);
    }

    /** Forgets every key the test holds for, say every clearance of one account. */
    public void forgetIf(Predicate<? super K> which) {
        reads.keySet().removeIf(which);
    }

    public void forgetAll() {
        reads.clear();
    }
}
