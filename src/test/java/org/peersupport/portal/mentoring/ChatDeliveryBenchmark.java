package org.peersupport.portal.mentoring;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.peersupport.portal.testsupport.ChatSocketClient;
import org.peersupport.portal.testsupport.LoopbackHttp;

/**
 * Chat delivery latency on a running portal (bench/chat.sh starts one): N mentorships (2N members)
 * are written straight into its database, every member signs in and opens their chat socket, and
 * messages are sent at a steady rate; each is timed from the sender's socket write to its arrival
 * on the other member's socket, in this one JVM. Prints p50/p95/p99 after a warm-up.
 */
public final class ChatDeliveryBenchmark {

    private static final String PREFIX = "bench message ";

    private ChatDeliveryBenchmark() {}

    public static void main(String[] args) throws Exception {
        String baseUrl = System.getProperty("bench.baseUrl", "http://127.0.0.1:8183/");
        String dbUrl = System.getProperty("bench.dbUrl");
        int pairs = Integer.getInteger("bench.pairs", 250);
        int rate = Integer.getInteger("bench.rate", 50);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = Integer.getInteger("bench.warmup", 15);
        String run = UUID.randomUUID().toString().substring(0, 6);

        long[] mentorships = createMentorships(dbUrl, run, pairs);
        System.out.printf("%d mentorships (%d members) created%n", pairs, pairs * 2);

        long start = System.nanoTime();
        ExecutorService signIns = Executors.newFixedThreadPool(8);
        List<Future<String>> cookies = new ArrayList<>();
        for (int i = 0; i < pairs * 2; i++) {
            String email = email(run, i);
            cookies.add(signIns.submit(() -> {
                LoopbackHttp browser = new LoopbackHttp(baseUrl, "127.0.0.1");
                if (browser.signIn(email, "member-demo-pass").status() != 302) {
                    throw new IllegalStateException("Sign-in refused for " + email);
                }
                return browser.sessionCookie();
            }));
        }
        List<String> sessions = new ArrayList<>();
        for (Future<String> cookie : cookies) {
            sessions.add(cookie.get());
        }
        signIns.shutdown();
        System.out.printf("%d members signed in in %.1f s%n", sessions.size(), (System.nanoTime() - start) / 1e9);

        AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger received = new AtomicInteger();
        AtomicInteger notDelivered = new AtomicInteger();
        AtomicLongArray sentAt = new AtomicLongArray(rate * (warmup + seconds + 10));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String origin = baseUrl.substring(0, baseUrl.length() - 1);
        List<ChatSocketClient> sockets = new ArrayList<>();
        start = System.nanoTime();
        for (int i = 0; i < pairs * 2; i++) {
            sockets.add(ChatSocketClient.open(http, baseUrl, mentorships[i / 2], sessions.get(i), origin, message -> {
                long now = System.nanoTime();
                String type = ChatSocketClient.field(message, "type");
                if ("refused".equals(type) || "held".equals(type)) {
                    if (notDelivered.getAndIncrement() == 0) {
                        System.out.println("not delivered: " + message);
                    }
                } else if ("message".equals(type) && "false".equals(ChatSocketClient.field(message, "mine"))) {
                    String body = ChatSocketClient.field(message, "body");
                    if (body != null && body.startsWith(PREFIX)) {
                        long sent = sentAt.get(sequence(body.substring(PREFIX.length())));
                        received.incrementAndGet();
                        if (sent >= measureFrom.get()) {
                            latencies.add(now - sent);
                        }
                    }
                }
            }));
        }
        System.out.printf("%d sockets open in %.1f s%n", sockets.size(), (System.nanoTime() - start) / 1e9);

        AtomicInteger sent = new AtomicInteger();
        AtomicInteger measuredSent = new AtomicInteger();
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        long period = 1_000_000_000L / rate;
        sender.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            // Round robin over the members: each socket sends once per 2N ticks, never two writes at once.
            ChatSocketClient from = sockets.get((n * 2 + (n / pairs) % 2) % sockets.size());
            if (n >= sentAt.length()) {
                return;
            }
            long now = System.nanoTime();
            if (now >= measureFrom.get()) {
                measuredSent.incrementAndGet();
            }
            sentAt.set(n, now);
            from.sendText(PREFIX + letters(n));
        }, 0, period, TimeUnit.NANOSECONDS);
        Thread.sleep(warmup * 1000L);
        measureFrom.set(System.nanoTime());
        Thread.sleep(seconds * 1000L);
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
        Thread.sleep(5000); // the last messages arrive

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "sockets: %d, rate: %d messages/s, measured: %d s after %d s warm-up%n",
                sockets.size(), rate, seconds, warmup);
        System.out.printf(Locale.ROOT, "sent: %d (measured %d), arrived: %d (measured %d), refused or held: %d%n", sent.get(),
                measuredSent.get(), received.get(), sorted.length, notDelivered.get());
        System.out.printf(Locale.ROOT, "send->receive latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        sockets.forEach(ChatSocketClient::close);
        System.exit(sorted.length > 0 && sorted.length >= measuredSent.get() * 0.99 ? 0 : 1);
    }

    /**
     * The message's number in letters: a run of digits in a chat message reads as a phone number
     * to the safety screen, which holds it.
     */
    private static String letters(int n) {
        StringBuilder word = new StringBuilder();
        int rest = n;
        do {
            word.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return word.toString();
    }

    private static int sequence(String letters) {
        int n = 0;
        for (int i = letters.length() - 1; i >= 0; i--) {
            n = n * 26 + (letters.charAt(i) - 'a');
        }
        return n;
    }

    /** Nearest rank, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    private static String email(String run, int i) {
        return "bench-" + run + "-" + i + "@example.org";
    }

    /** Members share the demo member's password hash (password "member-demo-pass"); pair i is members 2i and 2i+1. */
    private static long[] createMentorships(String dbUrl, String run, int pairs) throws Exception {
        try (Connection db = DriverManager.getConnection(dbUrl, "root", "")) {
            db.setAutoCommit(false);
            long[] ids = new long[pairs * 2];
            try (PreparedStatement account = db.prepareStatement("INSERT INTO account (email, password_hash, display_name, time_zone,"
                    + " language, guidelines_version, guidelines_accepted_at, privacy_version, privacy_accepted_at, created_at)"
                    + " SELECT ?, password_hash, ?, 'Europe/London', 'en', guidelines_version, UTC_TIMESTAMP(3), privacy_version,"
                    + " UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) FROM account WHERE email = 'member@demo.test'", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'MEMBER')")) {
                for (int i = 0; i < ids.length; i++) {
                    account.setString(1, email(run, i));
                    account.setString(2, "Bench " + run + " " + i);
                    account.executeUpdate();
                    try (var keys = account.getGeneratedKeys()) {
                        keys.next();
                        ids[i] = keys.getLong(1);
                    }
                    role.setLong(1, ids[i]);
                    role.executeUpdate();
                }
            }
            long[] mentorships = new long[pairs];
            try (PreparedStatement mentorship = db.prepareStatement("INSERT INTO mentorship (mentor_id, mentee_id, status, started_at)"
                    + " VALUES (?, ?, 'ACTIVE', UTC_TIMESTAMP(3))", Statement.RETURN_GENERATED_KEYS)) {
                for (int p = 0; p < pairs; p++) {
                    mentorship.setLong(1, ids[p * 2]);
                    mentorship.setLong(2, ids[p * 2 + 1]);
                    mentorship.executeUpdate();
                    try (var keys = mentorship.getGeneratedKeys()) {
                        keys.next();
                        mentorships[p] = keys.getLong(1);
                    }
                }
            }
            db.commit();
            return mentorships;
        }
    }
}
