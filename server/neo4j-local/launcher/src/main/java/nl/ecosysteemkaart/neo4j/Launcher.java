package nl.ecosysteemkaart.neo4j;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Runs Neo4j Community embedded with only a Bolt connector on 127.0.0.1, for local development.
 *
 * <p>Protocol with the parent process (server/neo4j-local/start.ts): exactly one line on stdout,
 * either {@code NEO4J_READY bolt://127.0.0.1:<port>} or {@code NEO4J_ERROR <CODE>: <reason>}.
 * Everything else (ours and Neo4j's) goes to stderr, which the parent sends to a log file.
 * The process stops cleanly on SIGTERM/SIGINT and when stdin reaches EOF, so that it never
 * outlives a parent that died without cleaning up. When running it by hand with stdin closed
 * (e.g. from a script), pass {@code --watch-stdin false}.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";
    private static final String USER = "neo4j";

    private Launcher() {}

    public static void main(String[] args) {
        // Keep a private handle on the real stdout and point System.out at stderr, so that
        // nothing a library prints can corrupt the one machine-readable line.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options options;
        String password;
        try {
            options = Options.parse(args);
            password = readPassword(options.passwordFile);
        } catch (IllegalArgumentException | IOException e) {
            fail(protocol, "BAD_ARGS", e.getMessage(), 2);
            return;
        }

        if (!portIsFree(options.boltPort)) {
            fail(protocol, "PORT_IN_USE", "Bolt port " + HOST + ":" + options.boltPort + " is already in use", 3);
            return;
        }

        AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
        CountDownLatch buildDone = new CountDownLatch(1);
        installShutdownHook(service, buildDone);
        if (options.watchStdin) {
            // Watch from the start: a parent that dies while Neo4j is still starting counts too.
            watchStdin();
        }

        try {
            seedInitialPasswordIfNew(options.dataDir, password);
            service.set(build(options));
        } catch (Throwable t) {
            buildDone.countDown();
            failStart(protocol, t, options.dataDir);
            return;
        }
        buildDone.countDown();

        try {
            setPassword(service.get(), password);
            // The seed file holds a password hash and is only read on the first start; drop it.
            Files.deleteIfExists(initialAuthFile(options.dataDir));
        } catch (Throwable t) {
            fail(protocol, "START_FAILED", "could not set the password of user neo4j: " + oneLine(t), 1);
            return;
        }

        System.err.println("[launcher] Neo4j is ready on bolt://" + HOST + ":" + options.boltPort);
        protocol.println("NEO4J_READY bolt://" + HOST + ":" + options.boltPort);
        // Neo4j's own non-daemon threads keep the JVM alive from here on.
    }

    private static DatabaseManagementService build(Options options) {
        return new DatabaseManagementServiceBuilder(options.dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Any connector we do not configure explicitly must not listen beyond loopback either.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                // No phoning home from a developer machine (and no network for it anyway).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt waits 5 s twice on shutdown by default, even with no clients; a dev server
                // that takes 10 s to stop makes every restart feel broken.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
    }

    /**
     * On the very first start Neo4j creates user neo4j from data/dbms/auth.ini if present (this is
     * what `neo4j-admin dbms set-initial-password` writes). Seeding it means the Bolt port never
     * accepts the well-known default password, not even for the second before ALTER USER runs.
     */
    private static void seedInitialPasswordIfNew(Path home, String password) throws Exception {
        if (Files.exists(home.resolve("data").resolve("databases").resolve("system"))) {
            return;
        }
        Path authFile = initialAuthFile(home);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            if (fs.fileExists(authFile)) {
                fs.deleteFile(authFile);
            }
            FileUserRepository repository =
                    new FileUserRepository(fs, authFile, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            repository.start();
            SystemGraphCredential credential = SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
            repository.create(new User(USER, null, credential, false, false));
            repository.shutdown();
        }
    }

    private static Path initialAuthFile(Path home) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
        return CommunitySecurityModule.getInitialUserRepositoryFile(config);
    }

    /** Makes the password in the file authoritative on every start (the file may have been replaced). */
    private static void setPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        // The first Cypher statement of a JVM costs several seconds of planner warm-up, so skip
        // ALTER USER when the stored credential already matches (the usual case).
        if (passwordAlreadySet(system, password)) {
            return;
        }
        System.err.println("[launcher] setting the password of user neo4j from the password file");
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to its current value; then only clear the flag.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    /** Reads user neo4j's node in the system graph (the layout SecurityGraphHelper uses). */
    private static boolean passwordAlreadySet(GraphDatabaseService system, String password) {
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", USER);
            if (user == null || !Boolean.FALSE.equals(user.getProperty("passwordChangeRequired", null))) {
                return false;
            }
            Object credentials = user.getProperty("credentials", null);
            return credentials instanceof String serialized
                    && SystemGraphCredential.deserialize(serialized, new SecureHasher())
                            .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            // Any surprise here just means we take the slow but certain path.
            System.err.println("[launcher] could not check the stored password: " + oneLine(e));
            return false;
        }
    }

    private static void installShutdownHook(
            AtomicReference<DatabaseManagementService> service, CountDownLatch buildDone) {
        AtomicBoolean stopped = new AtomicBoolean(false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // A signal during startup: let build() finish so the store is closed properly.
                buildDone.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            DatabaseManagementService s = service.get();
            if (s != null && stopped.compareAndSet(false, true)) {
                System.err.println("[launcher] shutting down Neo4j");
                s.shutdown();
                System.err.println("[launcher] Neo4j stopped");
            }
        }, "neo4j-local-shutdown"));
    }

    /** The parent holds our stdin open; EOF means it is gone, so we stop instead of lingering. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try (InputStream in = System.in) {
                while (in.read(buffer) >= 0) {
                    // The parent never writes; ignore anything that arrives.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            System.err.println("[launcher] stdin closed: parent is gone, stopping");
            System.exit(0);
        }, "neo4j-local-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String readPassword(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.length() < 8) {
            throw new IllegalArgumentException("the password in " + file + " must have at least 8 characters");
        }
        return password;
    }

    private static void failStart(PrintStream protocol, Throwable t, Path dataDir) {
        t.printStackTrace(System.err);
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            if (c instanceof BindException || name.equals("PortBindException")) {
                fail(protocol, "PORT_IN_USE", "Bolt port is already in use: " + oneLine(c), 3);
                return;
            }
            if (name.equals("FileLockException")) {
                fail(protocol, "STORE_LOCKED", "another Neo4j process holds the store lock in " + dataDir, 4);
                return;
            }
        }
        fail(protocol, "START_FAILED", oneLine(rootCause(t)), 1);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private static void fail(PrintStream protocol, String code, String reason, int exitCode) {
        System.err.println("[launcher] " + code + ": " + reason);
        protocol.println("NEO4J_ERROR " + code + ": " + reason.replaceAll("\\s+", " ").strip());
        // exit() runs the shutdown hook, which closes a half-started DBMS if there is one.
        System.exit(exitCode);
    }

    /** Command-line options; every option also has a -Dneo4j.local.* system property fallback. */
    static final class Options {
        Path dataDir;
        int boltPort;
        Path passwordFile;
        long pageCacheBytes;
        boolean watchStdin;

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                }
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    values.put(arg.substring(2, eq), arg.substring(eq + 1));
                } else if (i + 1 < args.length) {
                    values.put(arg.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("missing value for " + arg);
                }
            }
            Options o = new Options();
            o.dataDir = Path.of(required(values, "data-dir")).toAbsolutePath();
            o.boltPort = parsePort(required(values, "bolt-port"));
            o.passwordFile = Path.of(required(values, "password-file"));
            o.pageCacheBytes = parseBytes(optional(values, "page-cache", "256m"));
            o.watchStdin = Boolean.parseBoolean(optional(values, "watch-stdin", "true"));
            return o;
        }

        private static String required(Map<String, String> values, String name) {
            String value = optional(values, name, null);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }

        private static String optional(Map<String, String> values, String name, String fallback) {
            String value = values.get(name);
            if (value == null) {
                value = System.getProperty("neo4j.local." + name, fallback);
            }
            return value;
        }

        private static int parsePort(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // Reported below.
            }
            throw new IllegalArgumentException("--bolt-port must be a port number, got " + value);
        }

        /** Parses sizes like 256m, 1g, 512k or a plain byte count. */
        static long parseBytes(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            long factor = 1;
            char unit = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
            switch (unit) {
                case 'k' -> factor = 1L << 10;
                case 'm' -> factor = 1L << 20;
                case 'g' -> factor = 1L << 30;
                default -> factor = 1;
            }
            String digits = factor == 1 ? v : v.substring(0, v.length() - 1);
            try {
                return Long.parseLong(digits) * factor;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--page-cache must be a size like 256m, got " + value);
            }
        }
    }
}
