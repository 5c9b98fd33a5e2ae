package org.peersupport.portal.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The portal's WAR on Payara Micro in a process of its own: started by the run profile and once
 * for all browser tests. Ready when the readiness check (which includes the database) says UP.
 */
public final class PayaraMicroServer implements AutoCloseable {

    /** Where {@link #freePort} looks next in its ranges: a port handed out is not handed out again soon. */
    private static final AtomicInteger NEXT_PORT = new AtomicInteger();

    private final Process process;
    private final int port;

    private PayaraMicroServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static PayaraMicroServer start(Path payaraMicroJar, Path war, int port, String heap, Path rootDir,
            Map<String, String> systemProperties, Path logFile) throws IOException {
        // Hazelcast starts anyway; keep it off 6900
        return start(payaraMicroJar, war, port, heap, rootDir, systemProperties, logFile,
                List.of("--nocluster", "--startport", Integer.toString(freePort())));
    }

    /**
     * As one member of a Hazelcast cluster on loopback, e.g. {@code --clustermode tcpip:127.0.0.1:P1,127.0.0.1:P2
     * --startport P1 --clustername NAME --interfaces 127.0.0.1} (never multicast).
     */
    public static PayaraMicroServer start(Path payaraMicroJar, Path war, int port, String heap, Path rootDir,
            Map<String, String> systemProperties, Path logFile, List<String> clusterOptions) throws IOException {
        // The root directory is a cache, and Payara redeploys the applications it finds there before
        // the --deploy one: an old build would start first (and load demo data with old code).
        clearDirectory(rootDir);
        Files.createDirectories(rootDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmOptions());
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", payaraMicroJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--disablephonehome",
                "--rootdir", rootDir.toString()));
        command.addAll(List.of("--prebootcommandfile", payaraCommands("pre-boot").toString()));
        command.addAll(clusterOptions);
        ProcessBuilder builder = new ProcessBuilder(command);
        // glibc gives each busy thread its own malloc arena (up to 8 per core); Payara's hundred
        // threads left most of the resident memory above the heap in them.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        if (logFile == null) {
            builder.inheritIO();
        } else {
            Files.createDirectories(logFile.getParent());
            builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
        }
        return new PayaraMicroServer(builder.start(), port);
    }

    /**
     * The JVM settings for two cores and a small heap: the serial collector (no collector threads
     * competing with start-up and requests, and less memory of its own than G1), then any options
     * in {@code -Dportal.payaraJvmOptions="..."} (a profiler, or another collector to compare: one
     * named there replaces the serial collector, as the JVM refuses to start with two).
     */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        String extra = System.getProperty("portal.payaraJvmOptions", "").strip();
        List<String> extras = extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
        if (extras.stream().noneMatch(option -> option.matches("-XX:\\+Use\\w+GC"))) {
            options.add("-XX:+UseSerialGC");
        }
        options.addAll(extras);
        return options;
    }

    /**
     * Waits until GET /health/ready answers 200 with the portal's own database check in it (Payara
     * answers UP before the WAR is deployed), or fails if the process dies or time runs out.
     */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        // HTTP/1.1 as browsers speak it over plain HTTP: a client's h2c upgrade sent while Payara was
        // still starting once left the readiness probe waiting for an answer that never came.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        // The health check is a CDI bean and may answer before the pages are served.
        HttpRequest landing = HttpRequest.newBuilder(URI.create(baseUrl())).timeout(Duration.ofSeconds(10)).build();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up (exit " + process.exitValue() + ")");
            }
            try {
                HttpResponse<String> answer = client.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"database\"")
                        && client.send(landing, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(start, Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Payara Micro was not ready within " + timeout);
    }

    /**
     * The portal's Payara settings (no server banner, no /openapi), as the Docker image applies them:
     * src/main/payara/pre-boot-commands.asadmin of the checkout Maven runs in, or the folder
     * -Dportal.payaraCommands=DIR.
     */
    static Path payaraCommands(String stage) {
        Path file = Path.of(System.getProperty("portal.payaraCommands", "src/main/payara"), stage + "-commands.asadmin")
                .toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Payara " + stage + " commands not found at " + file);
        }
        return file;
    }

    private static void clearDirectory(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Blocks until the server process ends. */
    public int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A port nobody listens on: any the system offers, or, with {@code -Dportal.freePorts=8400-8409,5900-5909},
     * the next free one of those ranges (for several people's servers on one machine, each in their own ports).
     */
    public static int freePort() throws IOException {
        String ranges = System.getProperty("portal.freePorts", "").strip();
        if (ranges.isEmpty()) {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
        List<Integer> ports = new ArrayList<>();
        for (String range : ranges.split(",")) {
            String[] ends = range.strip().split("-");
            for (int p = Integer.parseInt(ends[0]); p <= Integer.parseInt(ends[ends.length - 1]); p++) {
                ports.add(p);
            }
        }
        for (int tries = 0; tries < ports.size(); tries++) {
            int port = ports.get(Math.floorMod(NEXT_PORT.getAndIncrement(), ports.size()));
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // the next one
            }
        }
        throw new IOException("No free port in " + ranges);
    }
}
