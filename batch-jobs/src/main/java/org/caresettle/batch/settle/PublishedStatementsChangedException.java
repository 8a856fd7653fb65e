package org.caresettle.batch.settle;

import org.caresettle.core.value.Period;

/**
 * A published version of a period is no longer what was published: a file changed, vanished or
 * was added, or a whole version folder is gone (issue 11). The settle of that period stops with
 * nothing written (exit 1, not 2: no argument or input is wrong, the published record is damaged
 * and someone must restore it); the changed files stay as they are, as evidence.
 */
public class PublishedStatementsChangedException extends RuntimeException {

    private final Period period;

    PublishedStatementsChangedException(Period period, String finding) {
        super("published statements of " + period + " changed on disk: " + finding + "; nothing written for " + period
                + ": restore statements/" + period + " from the back-up and check it with verify (operator guide:"
                + " published versions that changed on disk)");
        this.period = period;
    }

    public Period period() {
        return period;
    }
}
