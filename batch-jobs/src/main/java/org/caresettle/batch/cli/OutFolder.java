package org.caresettle.batch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: where answers, statements, reports and run records go; created when missing. */
final class OutFolder {

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The output folder (created when missing); it belongs to one database.")
    Path path;
}
