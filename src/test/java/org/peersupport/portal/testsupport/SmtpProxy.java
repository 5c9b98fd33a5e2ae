package org.peersupport.portal.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A relay in front of the test SMTP server (GreenMail) that counts the connections made through it
 * and can hang up, once, in the middle of a mail: when the client ends the data of the k-th mail
 * (the lone "." line), both sides are closed instead, so GreenMail never takes that mail and the
 * client sees its connection lost without a reply. Runs on daemon threads until {@link #close()}.
 */
public final class SmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int upstreamPort;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger mails = new AtomicInteger();
    private volatile int hangUpOnMail = -1;

    public SmtpProxy(int upstreamPort) {
        this.upstreamPort = upstreamPort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("smtp-proxy-accept", this::acceptLoop);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Connections clients opened through the relay so far. */
    public int connections() {
        return connections.get();
    }

    /** Hangs up on the {@code k}-th mail from now on (1 = the next one), once. */
    public void hangUpOnMail(int k) {
        hangUpOnMail = mails.get() + k;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                daemon("smtp-proxy-down", () -> copy(server, client));
                daemon("smtp-proxy-up", () -> relayClient(client, server));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Client to server line by line, watching for the end of each mail's data. */
    private void relayClient(Socket client, Socket server) {
        try (client; server) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = server.getOutputStream();
            boolean inData = false;
            for (byte[] line = readLine(in); line != null; line = readLine(in)) {
                String text = new String(line, StandardCharsets.US_ASCII).trim();
                if (!inData && text.equalsIgnoreCase("DATA")) {
                    inData = true;
                } else if (inData && text.equals(".") && line.length <= 3) {
                    inData = false;
                    if (mails.incrementAndGet() == hangUpOnMail) {
                        hangUpOnMail = -1;
                        return; // closes both sides: the mail is never accepted
                    }
                }
                out.write(line);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side went away; closing both is all there is to do
        }
    }

    private static void copy(Socket from, Socket to) {
        try (from; to) {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException ignored) {
            // closed by the other direction
        }
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
