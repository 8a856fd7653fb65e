package org.caresettle.batch.cli;

import java.util.List;

/**
 * A command the jar offers: its name, the options it requires and allows, and one line of
 * help. Only commands that work are listed (see {@link Commands}).
 */
public record CommandSpec(String name, String synopsis, String summary, List<String> required, List<String> optional) {

    public boolean allows(String option) {
        return required.contains(option) || optional.contains(option);
    }
}
