package org.caresettle.core.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A settlement period: one calendar month, written {@code YYYY-MM}. */
public record Period(YearMonth month) implements Comparable<Period> {

    // Compiled once: a report parses a period for every row it reads (String.matches compiles per call).
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}");

    public Period {
        if (month == null) {
            throw new ValueFormatException("period is required");
        }
    }

    public static Period of(int year, int month) {
        return new Period(YearMonth.of(year, month));
    }

    public static Period of(LocalDate date) {
        return new Period(YearMonth.from(date));
    }

    /** Parses {@code YYYY-MM} strictly (four-digit year, two-digit month). */
    public static Period parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new ValueFormatException("period must be YYYY-MM: '" + text + "'");
        }
        try {
            return new Period(YearMonth.parse(text));
        } catch (DateTimeException e) {
            throw new ValueFormatException("period must be YYYY-MM: '" + text + "'");
        }
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public int year() {
        return month.getYear();
    }

    public Period previous() {
        return new Period(month.minusMonths(1));
    }

    public Period next() {
        return new Period(month.plusMonths(1));
    }

    public boolean contains(LocalDate date) {
        return YearMonth.from(date).equals(month);
    }

    @Override
    public int compareTo(Period other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
