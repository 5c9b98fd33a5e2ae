package org.peersupport.portal.shared.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes that may trail the page view that caused them by a moment (read markers, reading time):
 * a page adds them here instead of sending a statement, and the owner writes what has gathered in
 * one statement on each {@link WriteBehindDue} (once a second, and when the instance stops). What
 * an instance holds when it dies unexpectedly is lost, which is acceptable for these and for
 * nothing a person wrote or was promised.
 */
public final class WriteBehind<T> {

    private static final Logger LOG = Logger.getLogger(WriteBehind.class.getName());

    /** While the database is away writes wait here, up to this many; beyond it new ones are dropped. */
    static final int MAX_HELD = 100_000;

    private final ConcurrentLinkedQueue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger held = new AtomicInteger();

    public void add(T write) {
        if (held.incrementAndGet() > MAX_HELD) {
            held.decrementAndGet();
            return;
        }
        pending.add(write);
    }

    /**
     * Hands everything held to the writer (a transactional service method). If it fails the writes
     * are held again for the next try, and the failure is logged, not thrown: the other owners still
     * write theirs.
     */
    public void writeWith(Consumer<List<T>> writer) {
        writeWith(write -> true, writer);
    }

    /** As {@link #writeWith(Consumer)}, for the writes that match only. */
    public void writeWith(Predicate<? super T> which, Consumer<List<T>> writer) {
        List<T> batch = drain(which);
        if (batch.isEmpty()) {
            return;
        }
        try {
            writer.accept(batch);
        } catch (RuntimeException e) {
            batch.forEach(this::add);
            LOG.log(Level.WARNING, e, () -> "Writing " + batch.size() + " deferred writes failed; they are tried again");
        }
    }

    /** Everything added so far, in the order it was added; nothing of it stays behind. */
    public List<T> drain() {
        return drain(write -> true);
    }

    /** The writes that match, in the order they were added; the others stay for the next drain. */
    public List<T> drain(Predicate<? super T> which) {
        List<T> taken = new ArrayList<>();
        for (var it = pending.iterator(); it.hasNext();) {
            T write = it.next();
            if (which.test(write)) {
                it.remove();
                held.decrementAndGet();
                taken.add(write);
            }
        }
        return taken;
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }
}
