package org.peersupport.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The batching rules: one connection per batch, and what a failure half-way leaves sent, failed or due. */
class OutboxBatchTest {

    private static final RenderedMail MAIL = new RenderedMail("Subject", "Text", "<p>Text</p>");
    private static final Instant T = Instant.parse("2026-12-06T01:00:00Z");

    /** A mail server on a script: which mail (by position) it refuses, after which it hangs up. */
    private static final class ScriptedServer implements MailTransport {
        final List<String> accepted = new ArrayList<>();
        int opened;
        int closed;
        int refuse = -1;
        int hangUpAt = -1;
        boolean down;
        boolean open;

        @Override
        public void send(String to, RenderedMail mail) {
            throw new AssertionError("the outbox sends over a connection");
        }

        @Override
        public Connection open() throws MailTransportException {
            if (down) {
                throw new MailTransportException("connection refused", null);
            }
            opened++;
            open = true;
            return new Connection() {
                @Override
                public void send(String to, RenderedMail mail, String messageId) throws MailTransportException {
                    int position = accepted.size();
                    if (position == hangUpAt) {
                        open = false;
                        hangUpAt = -1;
                        throw new MailTransportException("connection lost", null);
                    }
                    if (position == refuse) {
                        refuse = -1;
                        throw new MailTransportException("550 mailbox unavailable", null);
                    }
                    accepted.add(messageId);
                }

                @Override
                public boolean isOpen() {
                    return open;
                }

                @Override
                public void close() {
                    closed++;
                    open = false;
                }
            };
        }
    }

    private static OutboxBatch batchOf(int size) {
        return new OutboxBatch(LongStream.rangeClosed(1, size)
                .mapToObj(id -> new OutboxBatch.Item(id, "m" + id + "@example.org", MAIL, OutboxMessage.messageIdOf(id)))
                .toList());
    }

    private static Supplier<Instant> ticking() {
        long[] seconds = {0};
        return () -> T.plusSeconds(seconds[0]++);
    }

    @Test
    void aWholeBatchGoesOverOneConnectionAndEachMailKeepsTheMomentItWasAccepted() {
        ScriptedServer server = new ScriptedServer();
        OutboxBatch batch = batchOf(5);

        batch.sendOver(server, ticking());

        assertThat(server.opened).isEqualTo(1);
        assertThat(server.closed).isEqualTo(1);
        assertThat(server.accepted).containsExactly("<outbox-1@peersupport.portal>", "<outbox-2@peersupport.portal>",
                "<outbox-3@peersupport.portal>", "<outbox-4@peersupport.portal>", "<outbox-5@peersupport.portal>");
        assertThat(batch.accepted()).containsOnlyKeys(1L, 2L, 3L, 4L, 5L).containsEntry(1L, T).containsEntry(5L, T.plusSeconds(4));
        assertThat(batch.failed()).isEmpty();
        assertThat(batch.handedBack()).isEmpty();
    }

    @Test
    void aMailTheServerRefusesFailsAloneAndTheRestGoOverTheSameConnection() {
        ScriptedServer server = new ScriptedServer();
        server.refuse = 2;
        OutboxBatch batch = batchOf(5);

        batch.sendOver(server, ticking());

        assertThat(server.opened).isEqualTo(1);
        assertThat(batch.failed()).containsOnlyKeys(3L);
        assertThat(batch.accepted()).containsOnlyKeys(1L, 2L, 4L, 5L);
        assertThat(batch.handedBack()).isEmpty();
    }

    @Test
    void whenTheConnectionBreaksTheAcceptedStaySentTheMailInFlightFailsAndTheRestAreHandedBack() {
        ScriptedServer server = new ScriptedServer();
        server.hangUpAt = 3;
        OutboxBatch batch = batchOf(6);

        batch.sendOver(server, ticking());

        assertThat(batch.accepted()).containsOnlyKeys(1L, 2L, 3L);
        assertThat(batch.failed()).containsOnlyKeys(4L).containsValue("connection lost");
        assertThat(batch.handedBack()).containsExactly(5L, 6L);
        assertThat(server.opened).as("no second connection within a batch").isEqualTo(1);
        assertThat(server.closed).isEqualTo(1);
    }

    @Test
    void whenNoConnectionOpensEveryMailOfTheBatchFailedAndBacksOff() {
        ScriptedServer server = new ScriptedServer();
        server.down = true;
        OutboxBatch batch = batchOf(3);

        batch.sendOver(server, ticking());

        assertThat(batch.failed()).containsOnlyKeys(1L, 2L, 3L).containsValue("connection refused");
        assertThat(batch.accepted()).isEmpty();
        assertThat(batch.handedBack()).isEmpty();
    }

    @Test
    void anUnexpectedErrorKeepsWhatWasAcceptedAndHandsBackTheRest() {
        ScriptedServer server = new ScriptedServer();
        OutboxBatch batch = batchOf(4);
        int[] calls = {0};
        Supplier<Instant> clockThatBreaks = () -> {
            if (++calls[0] == 3) {
                throw new IllegalStateException("boom");
            }
            return T;
        };

        assertThatThrownBy(() -> batch.sendOver(server, clockThatBreaks)).hasMessage("boom");

        assertThat(batch.accepted()).containsOnlyKeys(1L, 2L);
        assertThat(batch.handedBack()).as("the third was accepted by the server but not recorded: the known window")
                .containsExactly(3L, 4L);
        assertThat(server.closed).isEqualTo(1);
    }

    @Test
    void aTransportWithNothingToKeepOpenSendsEachMailOnItsOwn() throws Exception {
        List<String> sent = new ArrayList<>();
        MailTransport folder = (to, mail) -> sent.add(to);
        OutboxBatch batch = batchOf(3);

        batch.sendOver(folder, ticking());

        assertThat(sent).containsExactly("m1@example.org", "m2@example.org", "m3@example.org");
        assertThat(batch.accepted()).hasSize(3);
    }
}
