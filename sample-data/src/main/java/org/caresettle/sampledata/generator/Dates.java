package org.caresettle.sampledata.generator;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates as epoch days (int) in the hot loops, with their ISO text cached, so writing a date costs
 * an array look-up instead of a formatter.
 */
final class Dates {

    static final int OPEN = Integer.MAX_VALUE;
    private static final int FIRST = (int) LocalDate.of(2020, 1, 1).toEpochDay();
    private static final int LAST = (int) LocalDate.of(2031, 12, 31).toEpochDay();
    private static final String[] TEXT = new String[LAST - FIRST + 1];

    static {
        for (int day = FIRST; day <= LAST; day++) {
            TEXT[day - FIRST] = LocalDate.ofEpochDay(day).toString();
        }
    }

    private Dates() {
    }

    static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    static int firstDay(YearMonth month) {
        return (int) month.atDay(1).toEpochDay();
    }

    static int lastDay(YearMonth month) {
        return (int) month.atEndOfMonth().toEpochDay();
    }

    static String text(int epochDay) {
        if (epochDay < FIRST || epochDay > LAST) {
            return LocalDate.ofEpochDay(epochDay).toString();
        }
        return TEXT[epochDay - FIRST];
    }

    /** Empty for an open end. */
    static String textOrEmpty(int epochDay) {
        return epochDay == OPEN ? "" : text(epochDay);
    }

    /** Monday-to-Sunday week number; epoch day 0 (1970-01-01) was a Thursday. */
    static int week(int epochDay) {
        return Math.floorDiv(epochDay + 3, 7);
    }

    /** Weeks (Monday to Sunday) that touch [from, to]. */
    static int weeksTouched(int from, int to) {
        return week(to) - week(from) + 1;
    }
}
