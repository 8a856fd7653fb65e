package org.caresettle.core.pricing;

import java.util.OptionalLong;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.value.Period;

/**
 * The monthly part of an AVAILABILITY arrangement's annual lump sum (SPEC 7.3). The
 * {@code A mod 12} odd cents go to the first months, so the twelve instalments add up to the
 * annual amount exactly and the year-end statement needs no correction line.
 */
public final class AvailabilityInstalment {

    private AvailabilityInstalment() {
    }

    /** {@code floor(A / 12)}, plus one cent for months {@code m ≤ A mod 12}. */
    public static long monthAmount(long annualAmountCents, int month) {
        if (annualAmountCents < 0) {
            // A negative lump sum is a reference error; floor and mod would silently pick a convention.
            throw new IllegalArgumentException("annual amount must not be negative: " + annualAmountCents);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must lie between 1 and 12: " + month);
        }
        return annualAmountCents / 12 + (month <= annualAmountCents % 12 ? 1 : 0);
    }

    /**
     * The arrangement's instalment for a period, or empty when the arrangement is not valid on the
     * period's first day (it then has no availability line that month).
     */
    public static OptionalLong forArrangement(Arrangement arrangement, Period period) {
        if (arrangement.financing() != Financing.AVAILABILITY) {
            throw new IllegalArgumentException("arrangement " + arrangement.arrangementId() + " is "
                    + arrangement.financing() + ", not AVAILABILITY");
        }
        if (arrangement.annualAmountCents() == null) {
            throw new IllegalArgumentException("arrangement " + arrangement.arrangementId() + " has no annual amount");
        }
        if (!arrangement.isValidOn(period.firstDay())) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(monthAmount(arrangement.annualAmountCents(), period.month().getMonthValue()));
    }
}
