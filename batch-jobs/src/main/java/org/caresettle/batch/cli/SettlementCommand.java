package org.caresettle.batch.cli;

/** One command of the jar, run inside the Spring context. Returns the exit status. */
public interface SettlementCommand {

    String name();

    int run(Invocation invocation, java.io.PrintStream out) throws Exception;
}
