package fr.mesinfos.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.logging.Logger;

import fr.mesinfos.testkit.Workspace;

/** Where a benchmark's report goes: the log, and a Markdown file under benchmarks/target to copy into docs/benchmarks.md. */
final class Reports {
    private static final Logger LOG = Logger.getLogger(Reports.class);

    private Reports() {
    }

    static void write(String fileName, String markdown) throws IOException {
        Path file = Workspace.root().resolve("benchmarks/target").resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        LOG.info("\n" + markdown + "Written to " + file);
    }
}
