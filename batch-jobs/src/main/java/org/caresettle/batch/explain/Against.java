package org.caresettle.batch.explain;

import java.util.Optional;
import java.util.OptionalInt;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.ValueFormatException;

/**
 * What an explanation compares the invoice with, besides the defaults: a version of the same period
 * (instead of the previous version) or another period's latest version (instead of the period
 * before). {@link #DEFAULTS} keeps both defaults.
 */
public record Against(OptionalInt version, Optional<Period> period) {

    public static final Against DEFAULTS = new Against(OptionalInt.empty(), Optional.empty());

    public static Against version(int number) {
        return new Against(OptionalInt.of(number), Optional.empty());
    }

    /**
     * {@code explain --against}: a version number ({@code 2} or {@code v2}) or a period ({@code 2026-02}).
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static Against parse(String text) {
        String trimmed = text.trim();
        String digits = trimmed.startsWith("v") ? trimmed.substring(1) : trimmed;
        if (digits.matches("[1-9][0-9]{0,8}")) {
            return version(Integer.parseInt(digits));
        }
        try {
            return new Against(OptionalInt.empty(), Optional.of(Period.parse(trimmed)));
        } catch (ValueFormatException e) {
            throw new IllegalArgumentException("must be a version (2 or v2) or a period (YYYY-MM): '" + text + "'");
        }
    }
}
