package org.caresettle.batch.rerun;

import org.caresettle.batch.settle.ApprovedPublication;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * Marks an approved rerun request PUBLISHED in the transaction that stores its version (issue 14): the
 * request and the version commit together or not at all. A request that is not APPROVED for exactly this
 * period, version and inputs stops the publication, so a version is never published twice for it.
 */
@Component
class RerunPublication implements ApprovedPublication {

    private final RerunStore store;

    RerunPublication(RerunStore store) {
        this.store = store;
    }

    @Override
    public void storing(long approvalId, Period period, int version, String inputSha256) {
        if (!store.published(approvalId, period.toString(), version, inputSha256)) {
            throw new IllegalStateException("rerun request " + approvalId + " is not approved for v" + version + " of "
                    + period + " from these inputs; nothing published");
        }
    }
}
