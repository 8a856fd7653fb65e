package org.caresettle.batch.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into the command's own arguments and the Spring Boot properties
 * ({@code --spring.datasource.url=...}, {@code --logging.level.root DEBUG}): any option whose name
 * has a dot. The properties go to Spring unchanged, always in the {@code --name=value} form.
 */
record SpringArguments(List<String> commandArguments, List<String> springArguments) {

    static SpringArguments split(String[] args) {
        List<String> command = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
            if (!name.contains(".")) {
                command.add(arg);
            } else if (arg.contains("=")) {
                spring.add(arg);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                spring.add(arg + "=" + args[++i]);
            } else {
                // Left to the command line, which says that the option needs a value.
                command.add(arg);
            }
        }
        return new SpringArguments(List.copyOf(command), List.copyOf(spring));
    }
}
