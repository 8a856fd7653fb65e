package org.caresettle.batch.cli;

import java.util.List;

/**
 * A command the jar offers: its name, the options it requires and allows, and one line of
 * help. Only commands that work are listed (see {@link Commands}). A command with a
 * {@code standalone} implementation needs no database and runs without starting Spring
 * (for example {@code verify}, which must work from the CSV files alone).
 */
public record CommandSpec(String name, String synopsis, String summary, List<String> required, List<String> optional,
        StandaloneCommand standalone) {

    /** A command that runs inside the Spring context, with the database. */
    public CommandSpec(String name, String synopsis, String summary, List<String> required, List<String> optional) {
        this(name, synopsis, summary, required, optional, null);
    }

    public boolean isStandalone() {
        return standalone != null;
    }

    public boolean allows(String option) {
        return required.contains(option) || optional.contains(option);
    }
}
