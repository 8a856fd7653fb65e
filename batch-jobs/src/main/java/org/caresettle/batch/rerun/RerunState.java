package org.caresettle.batch.rerun;

/**
 * Where a rerun request stands (issue 14 item 2): asked for with its preview; being published by its
 * approver; published as a version; rejected; or stale, when the inputs changed after the preview
 * (a new request previews them again).
 */
public enum RerunState {
    REQUESTED,
    APPROVED,
    PUBLISHED,
    REJECTED,
    STALE
}
