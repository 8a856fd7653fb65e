/**
 * What the money buys (issue 16 item 1), as pure functions over what the shell aggregates: the payment
 * statements' lines of the periods up to P ({@link org.caresettle.core.results.PaymentLine}), the RESULT
 * trajectories that ended with their outcomes ({@link org.caresettle.core.results.Trajectory}), and the
 * allocations declared per month ({@link org.caresettle.core.results.Declared}).
 * {@link org.caresettle.core.results.ResultsReport#compute} returns the rows of {@code results.csv} and
 * {@code results_quarters.csv}, per region and per municipality. Every amount is taken from the payment
 * statements, so the paid totals equal the statements' lines for the same months to the cent.
 */
package org.caresettle.core.results;
