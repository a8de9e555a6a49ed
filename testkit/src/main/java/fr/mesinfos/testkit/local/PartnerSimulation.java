package fr.mesinfos.testkit.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.mesinfos.testkit.Jdks;

/**
 * Fills the local platform with the partner simulators (module simulators) for N persons over D days, once: a marker
 * in the data folder remembers what was pushed, so a second run does not push it again.
 */
final class PartnerSimulation {
    private final Path root;
    private final Path data;

    PartnerSimulation(Path root, Path data) {
        this.root = root;
        this.data = data;
    }

    /**
     * Runs the simulators as a child JVM with their progress on this console; returns when every push is done.
     * {@code endpoints} are the runner's options naming where Keycloak and the connectors listen.
     */
    void fill(int persons, int days, long seed, List<String> endpoints) throws InterruptedException {
        Path marker = data.resolve("simulated-" + persons + "-persons-" + days + "-days-seed-" + seed);
        if (Files.exists(marker)) {
            System.out.println("[mesinfos] Partner data already pushed for " + persons + " persons over " + days
                    + " days (./mesinfos run --reset starts afresh).");
            return;
        }
        if (persons == 0) {
            return;
        }
        Path classpath = root.resolve("simulators/target/simulators.classpath");
        try {
            List<String> command = new ArrayList<>(List.of(Jdks.java().toString(), "-Xmx512m", "-cp",
                    root.resolve("simulators/target/classes") + ":" + Files.readString(classpath).trim(),
                    "fr.mesinfos.simulators.SimulatorRunner",
                    "--persons", Integer.toString(persons), "--days", Integer.toString(days), "--seed", Long.toString(seed)));
            command.addAll(endpoints);
            System.out.println("[mesinfos] Partner simulators: " + persons + " persons over " + days + " days...");
            int exit = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the partner simulators failed (exit " + exit + "); the platform stays up");
            }
            Files.writeString(marker, "pushed\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the partner simulators (is " + classpath + " built?)", e);
        }
    }
}
