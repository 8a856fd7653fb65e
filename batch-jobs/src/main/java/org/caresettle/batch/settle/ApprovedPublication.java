package org.caresettle.batch.settle;

import org.caresettle.core.value.Period;

/**
 * What a settle that publishes an approved rerun (issue 14) does with the approval, inside the one
 * database transaction that stores the version: the version counts as published exactly when that
 * transaction commits, so the approval is marked published in it too, and a crash leaves either both
 * or neither. Throwing rolls the version back (nothing is stored, its pending folder is removed).
 * Implemented by the use case that keeps the approvals ({@code rerun}); settle only calls it.
 */
public interface ApprovedPublication {

    /**
     * Version {@code version} of {@code period}, settled from the inputs {@code inputSha256}, has just
     * been stored for approval {@code approvalId}; its transaction has not committed yet.
     */
    void storing(long approvalId, Period period, int version, String inputSha256);
}
