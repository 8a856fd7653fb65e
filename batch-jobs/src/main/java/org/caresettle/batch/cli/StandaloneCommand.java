package org.caresettle.batch.cli;

import java.io.PrintStream;

/** A command that runs without the Spring context and the database. Returns the exit status. */
@FunctionalInterface
public interface StandaloneCommand {

    int run(Invocation invocation, PrintStream out) throws Exception;
}
