package org.peersupport.portal.mentoring.chat;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * Where a chat message's time goes on the server, as Flight Recorder events (free unless a
 * recording runs): when its frame reached the endpoint, when it was stored and published, and when
 * each copy was handed to a socket's outbox and written. The times are {@link System#nanoTime()},
 * which on Linux is one clock for every process, so bench/chat.sh's client can line them up with
 * its own write and arrival times.
 */
final class ChatTimings {

    private ChatTimings() {}

    @Name("org.peersupport.portal.chat.MessageHandled")
    @Label("Chat message handled")
    @Category({"Peer Support Portal", "Chat"})
    @Description("A member's message from the endpoint to after its commit (screen, insert, commit, publish)")
    @StackTrace(false)
    static final class Handled extends Event {
        @Label("Message id")
        long messageId;
        @Label("Received (nanoTime)")
        long receivedNanos;
        @Label("Committed and published (nanoTime)")
        long committedNanos;
    }

    @Name("org.peersupport.portal.chat.FrameWritten")
    @Label("Chat frame written")
    @Category({"Peer Support Portal", "Chat"})
    @Description("One copy of a message written to a socket: when it entered the outbox, left it, and was written")
    @StackTrace(false)
    static final class Written extends Event {
        @Label("Message id")
        long messageId;
        @Label("Live (the other side's copy, through the relay)")
        boolean live;
        @Label("Queued (nanoTime)")
        long queuedNanos;
        @Label("Writing from (nanoTime)")
        long writingNanos;
        @Label("Written (nanoTime)")
        long writtenNanos;
    }

    static void handled(long messageId, long receivedNanos) {
        Handled event = new Handled();
        if (event.isEnabled()) {
            event.messageId = messageId;
            event.receivedNanos = receivedNanos;
            event.committedNanos = System.nanoTime();
            event.commit();
        }
    }

    static void written(long messageId, boolean live, long queuedNanos, long writingNanos) {
        Written event = new Written();
        if (event.isEnabled()) {
            event.messageId = messageId;
            event.live = live;
            event.queuedNanos = queuedNanos;
            event.writingNanos = writingNanos;
            event.writtenNanos = System.nanoTime();
            event.commit();
        }
    }
}
