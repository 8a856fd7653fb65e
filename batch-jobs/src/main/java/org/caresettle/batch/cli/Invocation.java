package org.caresettle.batch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.ValueFormatException;

/**
 * A parsed command line: the command, its options, and the {@code --spring.*}-style arguments
 * that are handed on to Spring Boot unchanged.
 */
public record Invocation(CommandSpec command, Map<String, String> options, List<String> springArguments) {

    public String option(String name) {
        return options.get(name);
    }

    /** An existing folder named by a required option. */
    public Path existingDirectory(String name) {
        Path path = Path.of(options.get(name));
        if (!Files.isDirectory(path)) {
            throw new UsageException("--" + name + " " + path + ": no such folder");
        }
        return path;
    }

    /** A folder for output; created when missing. */
    public Path outputDirectory(String name) {
        return Path.of(options.get(name));
    }

    /** The business date: {@code --as-of} or today. */
    public LocalDate businessDate(LocalDate today) {
        String text = options.get(Commands.AS_OF);
        if (text == null) {
            return today;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be a date YYYY-MM-DD: '" + text + "'");
        }
    }

    /** The month of {@code --period YYYY-MM}. */
    public Period period() {
        String text = options.get(Commands.PERIOD);
        try {
            return Period.parse(text);
        } catch (ValueFormatException e) {
            throw new UsageException("--period must be a month YYYY-MM: '" + text + "'");
        }
    }
}
