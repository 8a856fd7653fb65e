package org.caresettle.sampledata.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** UTF-8 text files written through a large buffer. */
final class TextFiles {

    private static final int BUFFER = 1 << 16;

    private TextFiles() {
    }

    static Writer open(Path path) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), BUFFER);
    }
}
