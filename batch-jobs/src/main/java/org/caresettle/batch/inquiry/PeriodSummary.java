package org.caresettle.batch.inquiry;

import java.util.List;
import org.caresettle.core.value.Period;

/** A settled period with its versions, oldest first (never empty). */
public record PeriodSummary(Period period, List<VersionSummary> versions) {

    public PeriodSummary {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a settled period has at least one version");
        }
    }

    public VersionSummary latest() {
        return versions.get(versions.size() - 1);
    }
}
