package org.caresettle.batch.rerun;

import java.time.LocalDateTime;

/**
 * One rerun request as {@code rerun_request} keeps it: the period, why and by whom, its preview (the
 * version it settled, the folder relative to {@code --out}, the input fingerprint it was computed
 * from) and the decision: by whom, when, why, and the version published.
 */
public record Rerun(long id, String period, String reason, String requestedBy, LocalDateTime requestedAt,
        RerunState state, int previewVersion, String previewFolder, String inputSha256, String previewSummary, String decidedBy,
        LocalDateTime decidedAt, String decisionReason, Integer publishedVersion) {
}
