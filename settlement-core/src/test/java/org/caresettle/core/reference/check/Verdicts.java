package org.caresettle.core.reference.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

/** Assertions on check results: where and which rule, nothing more and nothing less. */
final class Verdicts {

    private Verdicts() {
    }

    static void assertAccepted(ReferenceCheckResult result) {
        assertThat(result.violations()).isEmpty();
        assertThat(result.isAccepted()).isTrue();
    }

    /** Exactly one violation, of this rule, on this file and line; returns its message. */
    static String assertOnly(ReferenceCheckResult result, ReferenceFile file, int line, String rule) {
        assertThat(result.isAccepted()).isFalse();
        assertThat(result.violations())
                .extracting(ReferenceViolation::fileName, ReferenceViolation::lineNumber, ReferenceViolation::rule)
                .containsExactly(tuple(file.fileName(), line, rule));
        return result.violations().get(0).message();
    }

    static List<String> rules(ReferenceCheckResult result) {
        return result.violations().stream().map(ReferenceViolation::rule).toList();
    }
}
