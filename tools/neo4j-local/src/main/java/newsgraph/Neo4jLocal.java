package newsgraph;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Embedded Neo4j Community with a Bolt connector on 127.0.0.1, auth disabled.
 *
 * <pre>
 * java --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
 *      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -cp target/classes:$(cat target/classpath.txt) \
 *      newsgraph.Neo4jLocal [--port N] [--data-dir PATH]
 * </pre>
 *
 * Prints exactly one stdout line, {@code NEO4J_READY bolt://127.0.0.1:<port>}, once the default
 * database is available. Stops cleanly on SIGTERM/SIGINT and when stdin reaches EOF (parent died), so
 * run by hand keep stdin open (a terminal, or {@code sleep infinity | java ...}), not {@code </dev/null}.
 * Without --data-dir it uses a fresh temp dir that is deleted on exit (as is --data-dir with --delete-on-exit).
 */
public final class Neo4jLocal {
    private static volatile DatabaseManagementService dbms;
    private static Path deleteOnExit;

    public static void main(String[] args) throws Exception {
        int port = 0;
        Path home = null;
        boolean delete = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-dir" -> home = Path.of(args[++i]).toAbsolutePath();
                case "--delete-on-exit" -> delete = true; // the caller made a temp dir for us
                default -> {
                    System.err.println("usage: Neo4jLocal [--port N] [--data-dir PATH [--delete-on-exit]]");
                    System.exit(2);
                }
            }
        }
        if (home == null) {
            home = Files.createTempDirectory("neo4j-local-");
            delete = true;
        }
        Files.createDirectories(home);
        if (delete) deleteOnExit = home;

        // stdout carries only the READY line; anything else (library noise) goes to stderr.
        PrintStream ready = System.out;
        System.setOut(System.err);

        Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLocal::stop, "neo4j-local-stop"));
        watchStdin();

        try {
            dbms = new DatabaseManagementServiceBuilder(home) // home = data/, logs/ (debug.log) live here
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    // Bolt otherwise waits 5s + 5s (+2s Netty quiet period) on shutdown even with no clients;
                    // tests stop/restart often.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    // Small footprint by default (2-core machine shared with the test suite); the
                    // benchmark gives large graphs more with -Dnewsgraph.pagecache.mb=N.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, Long.getLong("newsgraph.pagecache.mb", 128L) << 20)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .build();
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(120_000)) throw new IllegalStateException("default database not available after 120s");
            // Port 0 means "any free port": ask the connector which one it bound.
            int bound = ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT)
                    .getPort();
            System.err.println("neo4j-local: home " + home + (delete ? " (deleted on exit)" : ""));
            ready.println("NEO4J_READY bolt://127.0.0.1:" + bound);
            ready.flush();
        } catch (Throwable t) {
            // The cause chain names the real problem (e.g. "Address already in use"); full traces are in logs/debug.log.
            System.err.println("neo4j-local: failed to start: " + t);
            for (Throwable c = t.getCause(); c != null; c = c.getCause()) System.err.println("  caused by: " + c);
            if (!delete) System.err.println("neo4j-local: see " + home.resolve("logs/debug.log"));
            System.exit(1); // runs the shutdown hook, which cleans up
        }
        Thread.currentThread().join(); // Neo4j's own threads do the work; exit only via stop paths
    }

    /** A parent that dies closes our stdin: treat EOF as a stop request so no orphan JVM is left. */
    private static void watchStdin() {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[256];
            try {
                while (System.in.read(buf) != -1) { /* ignore input */ }
            } catch (IOException ignored) {
                // closed or broken: same as EOF
            }
            System.err.println("neo4j-local: stdin closed, stopping");
            System.exit(0);
        }, "neo4j-local-stdin");
        t.setDaemon(true);
        t.start();
    }

    /** Shutdown hook (SIGTERM, SIGINT, System.exit): flush and close the stores so a restart needs no recovery. */
    private static synchronized void stop() {
        DatabaseManagementService s = dbms;
        dbms = null;
        if (s != null) {
            try {
                s.shutdown();
                System.err.println("neo4j-local: stopped");
            } catch (Throwable t) {
                System.err.println("neo4j-local: shutdown failed: " + t);
            }
        }
        if (deleteOnExit != null) deleteTree(deleteOnExit);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: it is a temp dir
        }
    }
}
