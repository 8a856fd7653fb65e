package org.caresettle.core.check;

import java.util.List;

/** The outcome of the technical checks: a typed declaration, or the rules it broke. */
public sealed interface TechnicalResult {

    record Passed(Declaration declaration) implements TechnicalResult {
    }

    /** {@code ruleNames} in the stable order documented on {@link TechnicalCheck}; never empty. */
    record Failed(List<String> ruleNames) implements TechnicalResult {
        public Failed {
            ruleNames = List.copyOf(ruleNames);
            if (ruleNames.isEmpty()) {
                throw new IllegalArgumentException("a technical failure names at least one rule");
            }
        }
    }
}
