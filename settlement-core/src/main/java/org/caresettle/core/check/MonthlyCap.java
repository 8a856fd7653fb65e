package org.caresettle.core.check;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.value.Frequency;

/**
 * The volume an allocation allows in one calendar month (SPEC 4.2, 9321), computed literally
 * from month ∩ allocation even when the declared product start lies outside the allocation:
 * no overlap gives 0 for frequencies 1 and 2; frequency 4 always allows its volume.
 */
public final class MonthlyCap {

    private MonthlyCap() {
    }

    /** The cap for frequencies 1, 2 and 4; frequency 6 has no monthly cap (9322 instead). */
    public static long of(Allocation allocation, YearMonth month) {
        Frequency frequency = allocation.frequency();
        if (frequency == Frequency.PER_MONTH) {
            return allocation.volume();
        }
        if (frequency != Frequency.PER_DAY && frequency != Frequency.PER_WEEK) {
            throw new IllegalArgumentException("no monthly cap for frequency " + frequency.code());
        }
        LocalDate from = max(month.atDay(1), allocation.startDate());
        LocalDate to = allocation.endDate() == null ? month.atEndOfMonth() : min(month.atEndOfMonth(), allocation.endDate());
        if (to.isBefore(from)) {
            return 0;
        }
        long units = frequency == Frequency.PER_DAY ? ChronoUnit.DAYS.between(from, to) + 1 : weeksTouching(from, to);
        return Math.multiplyExact(allocation.volume(), units);
    }

    /** Monday-to-Sunday weeks that have at least one day in [from, to]. */
    static long weeksTouching(LocalDate from, LocalDate to) {
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.WEEKS.between(firstMonday, lastMonday) + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
