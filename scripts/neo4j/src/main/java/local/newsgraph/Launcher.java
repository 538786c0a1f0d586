package local.newsgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts Neo4j Community's own server entry point, and stops it cleanly when the process that
 * started it goes away (NEWSGRAPH_PARENT_PID), so no Java process outlives `npm start` or a
 * test run even when the parent is killed without a chance to clean up.
 *
 * Usage: Launcher --home-dir=DIR --config-dir=DIR
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        String version = System.getProperty("java.specification.version");
        if (!"17".equals(version) && !"21".equals(version)) {
            System.err.println("newsgraph: Neo4j 5.26 needs Java 17 or 21; this is Java " + version);
            System.exit(3);
        }
        watchParent();
        List<String> forwarded = new ArrayList<>(List.of(args));
        org.neo4j.server.CommunityEntryPoint.main(forwarded.toArray(new String[0]));
    }

    private static void watchParent() {
        String pid = System.getenv("NEWSGRAPH_PARENT_PID");
        if (pid == null || pid.isBlank()) return;
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(pid.trim()));
        if (parent.isEmpty()) {
            System.err.println("newsgraph: parent process " + pid + " is gone; not starting");
            System.exit(4);
        }
        Thread watcher = new Thread(() -> {
            parent.get().onExit().join();
            System.err.println("newsgraph: parent process " + pid + " exited; stopping Neo4j");
            // Runs Neo4j's shutdown hook, which closes the store cleanly.
            System.exit(0);
        }, "newsgraph-parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
