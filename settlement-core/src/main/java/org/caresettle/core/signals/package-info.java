/**
 * Fraud signals per provider (issue 16 item 3): the indicators a controller checks first, each a pure
 * function of what the shell aggregates for period P, each with its thresholds from configuration
 * ({@link org.caresettle.core.signals.SignalThresholds}) and a level OK, WATCH or ALERT. Shares are decided on
 * exact fractions ({@link org.caresettle.core.risk.Ratio}) with {@link org.caresettle.core.risk.Band}'s
 * reading: WATCH from the first threshold, ALERT above the second. Details name lines by provider
 * reference or allocation number, never a client.
 */
package org.caresettle.core.signals;
