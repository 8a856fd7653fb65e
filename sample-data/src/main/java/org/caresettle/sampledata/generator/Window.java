package org.caresettle.sampledata.generator;

import java.time.YearMonth;
import org.caresettle.sampledata.generator.Model.Allocation;

/** The declaration periods of the data set and what an allocation may be declared in each. */
final class Window {

    final YearMonth first;
    final int months;
    final int[] monthStart;
    final int[] monthEnd;

    Window(YearMonth first, int months) {
        this.first = first;
        this.months = months;
        this.monthStart = new int[months];
        this.monthEnd = new int[months];
        for (int i = 0; i < months; i++) {
            monthStart[i] = Dates.firstDay(first.plusMonths(i));
            monthEnd[i] = Dates.lastDay(first.plusMonths(i));
        }
    }

    YearMonth period(int index) {
        return first.plusMonths(index);
    }

    int start() {
        return monthStart[0];
    }

    int end() {
        return monthEnd[months - 1];
    }

    /** What may be declared on an allocation in one month; reused to keep the hot loop free of garbage. */
    static final class Slot {
        int from;
        int to;
        /** The cap of SPEC 4.2 9321 (frequency 1, 2, 4) or the month's part of the total (frequency 6). */
        long cap;
        /** Lines the month is declared in. */
        int parts;

        int days() {
            return to - from + 1;
        }
    }

    /** Fills the slot and returns true when the allocation can be declared in month {@code index}. */
    boolean plan(Allocation a, int index, Slot slot) {
        int from = Math.max(a.start, monthStart[index]);
        int to = Math.min(a.end, monthEnd[index]);
        if (from > to) {
            return false;
        }
        long cap;
        switch (a.frequency) {
            case "1" -> cap = a.volume * (to - from + 1);
            case "2" -> cap = a.volume * Dates.weeksTouched(from, to);
            case "4" -> cap = a.volume;
            default -> {
                int active = 0;
                int firstActive = -1;
                for (int i = 0; i < months; i++) {
                    if (Math.max(a.start, monthStart[i]) <= Math.min(a.end, monthEnd[i])) {
                        active++;
                        if (firstActive < 0) {
                            firstActive = i;
                        }
                    }
                }
                if (a.volume >= active) {
                    cap = a.volume / active;
                } else {
                    cap = index == firstActive ? a.volume : 0;
                }
            }
        }
        if (cap <= 0) {
            return false;
        }
        slot.from = from;
        slot.to = to;
        slot.cap = cap;
        slot.parts = (int) Math.min(Math.min(a.split, to - from + 1), Math.max(1, (cap + 1) / 2));
        return true;
    }
}
