/**
 * The risk report of SPEC 11 as pure functions: {@link org.caresettle.core.risk.RiskReport#compute} takes a
 * {@link org.caresettle.core.risk.RiskInput} of sums and counts that the shell aggregates (in SQL) and the
 * configured {@link org.caresettle.core.risk.RiskThresholds}, and returns the rows of
 * {@code risk_<municipality>.csv} (columns {@code indicator, value, threshold, level, detail}) in a fixed order.
 * Each indicator is its own class with one static function, testable alone.
 *
 * <p>Choices where SPEC 11 is silent:
 * <ul>
 * <li>Levels are decided on exact fractions ({@link org.caresettle.core.risk.Ratio}); printed percentages are
 *     rounded half up to 0.01 %, so a value printed {@code 105.00%} may be ALERT (it was 105.004 %).</li>
 * <li>Every threshold pair reads like SPEC 11's budget rule: WATCH <em>from</em> the first (inclusive),
 *     ALERT <em>above</em> the second (exclusive) ({@link org.caresettle.core.risk.Band}).</li>
 * <li>Rows: budget forecast and cost per client change are one row per law (JW, WMO), always both, also
 *     without data. Indicators about many providers, clients or allocations are one row each: the value is
 *     the count at WATCH or worse, the level the worst, the detail lists them (at most
 *     {@value org.caresettle.core.risk.RiskFormat#DETAIL_LIST_LIMIT}, then "and N more"), worst first,
 *     ties by key. A report has always the same ten rows.</li>
 * <li>Budget forecast: months elapsed = P's month number; spend = invoice amounts of the law (POOLING_ADJUSTMENT
 *     counts as JW). No budget row: empty value, WATCH if money was spent, OK if not; budget 0 with spend: ALERT.</li>
 * <li>Pooling exposure: two rows (period, year to date); the value is the adjustment in euros, the level is
 *     decided on the adjustment annualised (× 12 / months) as a share of the year's JW budget (default WATCH
 *     from 5 %, ALERT above 10 %). Money received from the pool is OK. Without a JW budget, paying in is WATCH.</li>
 * <li>High-cost clients: 12-month cost = P−11 to P, strictly above the threshold (default 100 000.00 EUR);
 *     the value is the count, the level is decided on their share of all client cost (25 % / 50 %). Clients
 *     appear only by pseudonym; a nine-digit "pseudonym" (a BSN that was not hashed) is refused.</li>
 * <li>Allocations nearly used up: volume only for frequency 6 (a total; other frequencies renew every period);
 *     budget for any frequency; exactly 100 % is WATCH, ALERT only above (used beyond what it now allows).</li>
 * <li>Rejection rate: all lines received for the municipality in P's declarations, debit and credit, rejected
 *     whole or by line checks; providers under a configurable minimum of lines (default 1) are not rated.</li>
 * <li>Cost per client change: per law, P against P − 12 months, client lines only (no releases,
 *     availability or pooling); only a rise is a risk; no comparison (no clients, no earlier cost) is OK.</li>
 * <li>Cost above median: median over the region's providers of the product (unweighted, even count takes the
 *     mean of the middle two), each provider measured by its cost per client in this municipality.</li>
 * </ul>
 */
package org.caresettle.core.risk;
