package org.caresettle.batch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the folder with {@code reference/} and {@code inbox/} (SPEC 13). */
final class DataFolder {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The data folder: reference/ and inbox/. Must exist.")
    Path path;
}
