package org.caresettle.batch.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A command the {@link RunSupervisor} is asked to run, as the run log keeps it: its name, the
 * command's own options (never the Spring properties, which may carry a password), the business
 * date it was given ({@code --as-of}; null means today), the period it works on (or null), and
 * the {@code --data} and {@code --out} folders (or null) that preconditions and the run record need.
 */
public record RunRequest(String command, Map<String, String> options, LocalDate asOf, String period, Path data,
        Path out) {

    private static final int MAX_ARGUMENTS = 2000;

    public RunRequest {
        options = Map.copyOf(options);
    }

    /** The command and its own options in a fixed order, for the run log. */
    public String arguments() {
        StringBuilder text = new StringBuilder(command);
        new TreeMap<>(options).forEach((name, value) -> text.append(" --").append(name).append(' ').append(value));
        return text.length() > MAX_ARGUMENTS ? text.substring(0, MAX_ARGUMENTS) : text.toString();
    }
}
