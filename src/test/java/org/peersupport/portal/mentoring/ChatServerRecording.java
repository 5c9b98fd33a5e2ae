package org.peersupport.portal.mentoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Flight Recorder recording on the benchmark's server processes (through jcmd) and what it says
 * about each message: the portal's ChatTimings events (nanoTime stamps, one clock with this JVM on
 * Linux) and the collector's pauses.
 */
final class ChatServerRecording {

    private static final String NAME = "chat-bench";

    /** One message on the server: endpoint, after commit, and its live copy's outbox entry, exit and write. */
    static final class Stamps {
        long received;
        long committed;
        long queued;
        long writing;
        long written;
    }

    /** A collector pause, wall clock. */
    record Pause(Instant start, Instant end, String name) {}

    private final List<Long> pids;
    private final Path folder;
    final Map<Long, Stamps> byMessage = new HashMap<>();
    final List<Pause> pauses = new ArrayList<>();

    ChatServerRecording(List<Long> pids, Path folder) {
        this.pids = pids;
        this.folder = folder;
    }

    void start() throws IOException, InterruptedException {
        for (long pid : pids) {
            jcmd(pid, "JFR.start", "name=" + NAME, "settings=default");
        }
    }

    /** Dumps and stops every recording, then reads them. */
    void stopAndRead() throws IOException, InterruptedException {
        for (long pid : pids) {
            Path file = folder.resolve("chat-bench-" + pid + ".jfr").toAbsolutePath();
            jcmd(pid, "JFR.dump", "name=" + NAME, "filename=" + file);
            jcmd(pid, "JFR.stop", "name=" + NAME);
            read(file);
        }
    }

    private void read(Path file) throws IOException {
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            switch (type) {
                case "org.peersupport.portal.chat.MessageHandled" -> {
                    Stamps stamps = byMessage.computeIfAbsent(event.getLong("messageId"), id -> new Stamps());
                    stamps.received = event.getLong("receivedNanos");
                    stamps.committed = event.getLong("committedNanos");
                }
                case "org.peersupport.portal.chat.FrameWritten" -> {
                    if (event.getBoolean("live")) {
                        Stamps stamps = byMessage.computeIfAbsent(event.getLong("messageId"), id -> new Stamps());
                        stamps.queued = event.getLong("queuedNanos");
                        stamps.writing = event.getLong("writingNanos");
                        stamps.written = event.getLong("writtenNanos");
                    }
                }
                // The serial collector stops the world for the whole collection.
                case "jdk.GarbageCollection" -> pauses.add(new Pause(event.getStartTime(), event.getEndTime(), event.getString("name")));
                default -> {
                    // other JDK events: the file stays for a closer look
                }
            }
        }
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".tmp"));
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", line) + " failed: " + out);
        }
    }

    /** Threads of a process, for a stall. */
    static String threadDump(long pid) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid),
                "Thread.print").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }
}
