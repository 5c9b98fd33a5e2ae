package org.peersupport.portal.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat socket opened as the page opens it (session cookie, Origin), with the JDK's WebSocket
 * client: for the access test, the cluster test and the benchmark. The server's JSON is read with
 * {@link #field}, so no JSON library is needed outside the server.
 */
public final class ChatSocketClient implements AutoCloseable {

    /** The server answered the handshake over plain HTTP, with this status, instead of upgrading. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status) {
            super("handshake refused with HTTP " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final WebSocket socket;
    private final BlockingQueue<String> received;
    private volatile int closeCode = -1;

    private ChatSocketClient(WebSocket socket, BlockingQueue<String> received) {
        this.socket = socket;
        this.received = received;
    }

    /** Opens the chat socket of a mentorship on {@code baseUrl} ("http://127.0.0.1:port/") as that page would. */
    public static ChatSocketClient open(HttpClient http, String baseUrl, long mentorshipId, String sessionCookie, String origin)
            throws Refused {
        return open(http, baseUrl, mentorshipId, sessionCookie, origin, null);
    }

    /** As above; {@code onMessage} also sees every message as it arrives (the benchmark times them there). */
    public static ChatSocketClient open(HttpClient http, String baseUrl, long mentorshipId, String sessionCookie, String origin,
            Consumer<String> onMessage) throws Refused {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        ChatSocketClient[] self = new ChatSocketClient[1];
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    if (onMessage != null) {
                        onMessage.accept(message);
                    } else {
                        received.add(message);
                    }
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                if (self[0] != null) {
                    self[0].closeCode = statusCode;
                }
                received.add("{\"type\":\"closed\",\"code\":" + statusCode + "}");
                return null;
            }
        };
        String ws = baseUrl.replaceFirst("^http", "ws") + "mentoring/chat-socket/" + mentorshipId;
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (sessionCookie != null) {
            builder.header("Cookie", sessionCookie);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        try {
            self[0] = new ChatSocketClient(builder.buildAsync(URI.create(ws), listener).join(), received);
            return self[0];
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new Refused(refused.getResponse().statusCode());
            }
            throw e;
        }
    }

    public void sendText(String text) {
        sendTextAsync(text).join();
    }

    /** Sends without waiting for the write: done when the frame is written, failed if the socket is gone. */
    public CompletableFuture<WebSocket> sendTextAsync(String text) {
        return socket.sendText("{\"type\":\"send\",\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"ref\":\"t\"}",
                true);
    }

    public void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The next message that matches, skipping others; fails after the timeout. */
    public String await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String message = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("No matching chat message within " + timeout);
            }
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    /** Whether the server closed the socket (with any code) within the timeout. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        try {
            await(m -> m.startsWith("{\"type\":\"closed\""), timeout);
            return true;
        } catch (AssertionError notClosed) {
            return closeCode >= 0;
        }
    }

    public int closeCode() {
        return closeCode;
    }

    /** A string or number field of a flat JSON object from the server (null when absent or null). */
    public static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9a-z.]+)").matcher(json);
        if (!matcher.find() || "null".equals(matcher.group(1))) {
            return null;
        }
        return matcher.group(2) != null ? matcher.group(2).replace("\\\"", "\"").replace("\\\\", "\\") : matcher.group(1);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }
}
