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
 *
 * <p>For the auditor (issue 14): {@code requestedBy}, who asked for the run ({@code cli:<OS user>}
 * for the command line, {@code schedule} for serve's nightly; the console passes its signed-in user),
 * and {@code reason}, the {@code --reason} given (or null). The reason is not one of the options: it
 * goes into the run record's own field only, never into {@link #arguments()}.
 */
public record RunRequest(String command, Map<String, String> options, LocalDate asOf, String period, Path data,
        Path out, String requestedBy, String reason) {

    /** The longest reason a run keeps (the run_log column). */
    public static final int MAX_REASON = 500;
    /** Who asks for serve's scheduled nightly. */
    public static final String SCHEDULE = "schedule";

    private static final int MAX_ARGUMENTS = 2000;
    private static final int MAX_REQUESTED_BY = 200;

    public RunRequest {
        options = Map.copyOf(options);
        if (reason != null && reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a reason has at most " + MAX_REASON + " characters");
        }
        if (requestedBy != null && requestedBy.length() > MAX_REQUESTED_BY) {
            requestedBy = requestedBy.substring(0, MAX_REQUESTED_BY);
        }
    }

    /** A run whose requester and reason are not (yet) known. */
    public RunRequest(String command, Map<String, String> options, LocalDate asOf, String period, Path data,
            Path out) {
        this(command, options, asOf, period, data, out, null, null);
    }

    /** The same run, asked for by {@code who} for {@code why} (null: no reason given). */
    public RunRequest by(String who, String why) {
        return new RunRequest(command, options, asOf, period, data, out, who, why);
    }

    /** Who runs the command line: {@code cli:} and the OS user. */
    public static String commandLineUser() {
        String user = System.getProperty("user.name");
        return "cli:" + (user == null || user.isBlank() ? "unknown" : user);
    }

    /** The command and its own options in a fixed order, for the run log. */
    public String arguments() {
        StringBuilder text = new StringBuilder(command);
        new TreeMap<>(options).forEach((name, value) -> text.append(" --").append(name).append(' ').append(value));
        return text.length() > MAX_ARGUMENTS ? text.substring(0, MAX_ARGUMENTS) : text.toString();
    }
}
