package org.caresettle.batch.run;

/**
 * A check that every run of this configuration must pass before its work starts; it throws a
 * {@link org.caresettle.batch.exit.RefusedException} (exit 2) naming what is missing. For example:
 * a distributed run needs a shared database.
 */
@FunctionalInterface
public interface RunPrecondition {

    void check(RunRequest request);
}
