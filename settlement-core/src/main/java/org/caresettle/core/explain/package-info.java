/**
 * Why an invoice differs between two settled versions (the {@code explain} command): a pure
 * decomposition of the difference of a municipality's invoice into components, each invoice line
 * on its own, so that finance staff can say "Hoorn pays more this month because provider X declared
 * more hours" rather than only "the total went up".
 *
 * <p>The conventions, so that the numbers can be checked by hand:
 * <ul>
 * <li>Invoice lines are matched by their {@link org.caresettle.core.settlement.StatementLineKey} (as
 *     corrections are); a line missing on one side counts as volume 0 and amount 0 there.</li>
 * <li>A DIRECT line splits into a <em>volume</em> and a <em>tariff</em> effect. With V the net volume,
 *     A the amount (cost now) and T = A / V the average tariff as an exact fraction, 0 the earlier and
 *     1 the later side: volume = (V1 − V0) × T0 and tariff = V1 × (T1 − T0), which add up to A1 − A0
 *     exactly. The volume effect is rounded half up to cents (SPEC 2); the tariff effect is
 *     A1 − A0 − volume, so it carries the rounding remainder (less than one cent from its exact value)
 *     and the two always add up to the line's difference to the cent.</li>
 * <li>Without an earlier volume (V0 = 0: a new line, or credits and debits netting to 0) there is no
 *     earlier tariff; T1 stands in for T0, so a new line is all volume. When V1 = 0 as well there is
 *     no volume effect and the whole difference is tariff (lines that net to nothing in volume but
 *     not in money, e.g. a credit of a debit priced at an old tariff beside a new debit).</li>
 * <li>OUTCOME_RELEASE, AVAILABILITY and POOLING_ADJUSTMENT lines are components of their own: their
 *     whole difference is release, availability or pooling.</li>
 * <li>The total difference is taken from the TOTAL lines, not from the components, so that the
 *     check "components add up to the total" is a real check of the invoices.</li>
 * <li>Lines are listed largest first by the absolute value of their difference, then by the
 *     absolute size of their components (a volume and tariff effect that cancel still show), then in
 *     invoice order; unchanged lines are left out.</li>
 * </ul>
 */
package org.caresettle.core.explain;
