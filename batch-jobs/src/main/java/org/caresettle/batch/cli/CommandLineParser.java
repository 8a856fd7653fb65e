package org.caresettle.batch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.partition.PartitionModes;

/**
 * Reads {@code COMMAND [--option value | --option=value ...]}. Options with a dot in their name
 * ({@code --spring.datasource.url=...}, {@code --logging.level.root=...}) are Spring Boot
 * properties and are passed on; {@code --production} marks a production run and {@code --distributed}
 * (ingest, settle, nightly) a distributed one; every other option
 * must belong to the command.
 */
public final class CommandLineParser {

    /** An option without a value, for every command: marks a production run (see PseudonymKeyGuard). */
    public static final String PRODUCTION = "production";

    private CommandLineParser() {
    }

    public static Invocation parse(String[] args) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        CommandSpec spec = Commands.byName(args[0])
                .orElseThrow(() -> new UsageException("unknown command '" + args[0] + "'"));
        Map<String, String> options = new LinkedHashMap<>();
        List<String> springArguments = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            if (name.equals(PRODUCTION)) {
                // A flag, for every command: production refuses the example pseudonym key.
                springArguments.add("--settlement.production=true");
                continue;
            }
            if (name.equals(Commands.DISTRIBUTED)) {
                // A flag of the partitioned commands: their partitions run on worker processes.
                if (!spec.allows(name)) {
                    throw new UsageException("command " + spec.name() + " has no option --" + name);
                }
                springArguments.add("--" + PartitionModes.PROPERTY + "=" + PartitionModes.REMOTE);
                continue;
            }
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new UsageException("option --" + name + " needs a value");
            }
            if (name.contains(".")) {
                springArguments.add("--" + name + "=" + value);
            } else if (!spec.allows(name)) {
                throw new UsageException("command " + spec.name() + " has no option --" + name);
            } else if (options.put(name, value) != null) {
                throw new UsageException("option --" + name + " given twice");
            }
        }
        for (String required : spec.required()) {
            if (!options.containsKey(required) || options.get(required).isBlank()) {
                throw new UsageException("command " + spec.name() + " needs --" + required);
            }
        }
        return new Invocation(spec, Map.copyOf(options), List.copyOf(springArguments));
    }
}
