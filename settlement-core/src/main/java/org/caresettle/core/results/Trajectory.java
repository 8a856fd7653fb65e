package org.caresettle.core.results;

import java.time.LocalDate;

/**
 * A RESULT-financed allocation (a trajectory) of P's year: ended by its end date or by a reported outcome.
 * {@code outcome} is ACHIEVED, PARTIAL or NOT_ACHIEVED, or null when none was reported on or before P's
 * last day.
 */
public record Trajectory(String municipality, String allocationNumber, ProductKey product, LocalDate endDate,
        String outcome) {

    public static final String ACHIEVED = "ACHIEVED";
    public static final String PARTIAL = "PARTIAL";
    public static final String NOT_ACHIEVED = "NOT_ACHIEVED";
}
