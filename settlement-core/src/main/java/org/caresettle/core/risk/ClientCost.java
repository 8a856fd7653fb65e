package org.caresettle.core.risk;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One client's cost to the municipality over the twelve periods P−11 to P (accepted lines priced, credits
 * subtracted), under the pseudonym the shell derives from the BSN with a keyed hash. The core never
 * sees a BSN: a pseudonym that looks like one (nine digits) is refused, so a shell that forgot to hash
 * fails loudly instead of printing citizen numbers in a report.
 */
public record ClientCost(String pseudonym, long twelveMonthCents) {

    private static final Pattern BSN_LIKE = Pattern.compile("\\d{9}");

    public ClientCost {
        Objects.requireNonNull(pseudonym, "pseudonym");
        if (pseudonym.isBlank()) {
            throw new IllegalArgumentException("client pseudonym is blank");
        }
        if (BSN_LIKE.matcher(pseudonym).matches()) {
            throw new IllegalArgumentException("client pseudonym looks like a BSN; the report takes pseudonyms only");
        }
    }
}
