package org.caresettle.batch.cli;

/**
 * A check that every command of this configuration must pass before it runs; it throws a
 * {@link RefusedException} (exit 2) naming what is missing. For example: a distributed run needs
 * a shared database.
 */
@FunctionalInterface
public interface CommandPrecondition {

    void check(Invocation invocation);
}
