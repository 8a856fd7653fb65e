package org.caresettle.core.risk;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;
import org.caresettle.core.value.Frequency;

/**
 * How much of an ACTIVE allocation of the municipality (valid in P) has been used: the net accepted
 * volume and declared amount (debits minus credits) over the whole allocation, of every period received
 * so far. {@code volume} and {@code frequency} are the allocation's; {@code budgetCents} is {@code null}
 * when it has none.
 */
public record AllocationUse(String allocationNumber, Frequency frequency, long volume, long usedVolume,
        Long budgetCents, long usedBudgetCents) {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * Numeric order of allocation numbers (they are integers in iJw, so {@code 0999 < 1001}); the text
     * breaks ties between spellings of one number and orders any non-numeric number after the numeric.
     */
    static final Comparator<String> NUMBER_ORDER = Comparator
            .comparing((String n) -> !DIGITS.matcher(n).matches())
            .thenComparingInt(n -> stripZeros(n).length())
            .thenComparing(AllocationUse::stripZeros)
            .thenComparing(Comparator.naturalOrder());

    public AllocationUse {
        Objects.requireNonNull(allocationNumber, "allocationNumber");
        Objects.requireNonNull(frequency, "frequency");
    }

    private static String stripZeros(String number) {
        int i = 0;
        while (i < number.length() - 1 && number.charAt(i) == '0') {
            i++;
        }
        return number.substring(i);
    }
}
