package org.caresettle.batch.run;

/** The work of one run; returns its exit status, or throws (see {@link RunEnd#of(Throwable)}). */
@FunctionalInterface
public interface RunWork {

    int run() throws Exception;
}
