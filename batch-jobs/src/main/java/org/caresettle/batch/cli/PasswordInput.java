package org.caresettle.batch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A new password from standard input: its first line, as typed (spaces count), at least
 * {@value #MIN_LENGTH} characters. Read before Spring starts, so a short one costs no database.
 */
final class PasswordInput {

    static final int MIN_LENGTH = 12;

    private PasswordInput() {
    }

    static String read(InputStream in, CommandLine command) {
        String line;
        try {
            // Not closed: standard input belongs to the process.
            line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null || line.isEmpty()) {
            throw new ParameterException(command, "no password on standard input");
        }
        if (line.codePointCount(0, line.length()) < MIN_LENGTH) {
            throw new ParameterException(command, "the password must have at least " + MIN_LENGTH + " characters");
        }
        return line;
    }
}
