package org.caresettle.batch.rerun;

/**
 * A what-if that was not run, and why, in the words of the command line: a proposed key that breaks
 * a rule (file, line, rule), a period whose inputs changed since its version, another run holding
 * the lock, an upload that is empty or too large.
 */
public class WhatIfRefused extends RuntimeException {

    public WhatIfRefused(String message) {
        super(message);
    }
}
