package org.caresettle.core.reference.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caresettle.core.reference.ReferenceData;

/**
 * The outcome of checking the reference files: either the reference data built from all of
 * them, or the violations found (never both, never neither).
 */
public final class ReferenceCheckResult {

    private final ReferenceData data;
    private final List<ReferenceViolation> violations;

    private ReferenceCheckResult(ReferenceData data, List<ReferenceViolation> violations) {
        this.data = data;
        this.violations = violations;
    }

    static ReferenceCheckResult accepted(ReferenceData data) {
        return new ReferenceCheckResult(data, List.of());
    }

    static ReferenceCheckResult refused(List<ReferenceViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one violation");
        }
        return new ReferenceCheckResult(null, List.copyOf(violations));
    }

    public boolean isAccepted() {
        return data != null;
    }

    /** The checked reference data; only when {@link #isAccepted()}. */
    public ReferenceData data() {
        if (data == null) {
            throw new IllegalStateException("the reference files were refused; see violations()");
        }
        return data;
    }

    /** The violations, sorted by file load order, then line; empty when accepted. */
    public List<ReferenceViolation> violations() {
        return violations;
    }

    /** The names of the files with at least one violation, in load order. */
    public Set<String> refusedFiles() {
        Set<String> names = new LinkedHashSet<>();
        violations.forEach(v -> names.add(v.fileName()));
        return names;
    }
}
