/**
 * The settlement of a period (SPEC 6 to 10) as a pure function:
 * {@link org.caresettle.core.settlement.PeriodSettlement#settle(SettlementRequest)} takes the accepted
 * lines (streamed), the reference data in force and the previous version's invoice lines, and returns
 * invoices, payment statements, releases, pools and corrections, writing nothing. The shell reads the
 * inputs, decides the version number and whether inputs changed (fingerprint), writes the CSV files and
 * maps {@link org.caresettle.core.settlement.SettlementRefusedException} to exit status 2 and
 * {@link org.caresettle.core.settlement.SettlementInvariantException} to exit status 1.
 *
 * <p>Choices where the rules (docs/rules.md) are silent, written down here so the statements can be read by them:
 * <ul>
 * <li>Lines: a credit arrives carrying its debit's municipality, provider, product, allocation and
 *     product start, and is priced as minus its debit's price (same arrangement, symmetric rounding).
 *     Lines of periods before P feed only the RESULT release groups; lines of later periods are used
 *     only where SPEC 7.2 asks for "all the group's debits" (a credit declared before its debit) and,
 *     when the shell does not stream them, the credit's carried debit data stands in. A later line that
 *     cannot be priced is ignored; a line of P or before that cannot be priced (no region, no arrangement
 *     or an AVAILABILITY one on its product start, e.g. after a reference change) refuses the settlement
 *     naming the line ({@link org.caresettle.core.settlement.UnpriceableLineException}).</li>
 * <li>Release groups are (municipality, allocation, provider, product); the provider only splits a group
 *     if an allocation changed provider, so withheld money goes back to whom it was withheld from. Only
 *     RESULT-priced lines join a group: other financings withhold nothing and have no release percentage.</li>
 * <li>DIRECT lines are per provider and product, and also per financing and unit, so that a tariff
 *     change of financing or allocations in different units within a period never add unlike things.
 *     Volume is net of credits. OUTCOME_RELEASE lines appear only for non-zero releases; their line_count
 *     is the number of release groups released. AVAILABILITY lines appear for arrangements valid on the 1st
 *     with a non-zero month amount, one per municipality of the key (0 for a 0 share), line_count 0.
 *     Every invoice has exactly one POOLING_ADJUSTMENT line (law JW, else empty; 0 when the region was not
 *     pooled). TOTAL sums line_count, withheld_cents and amount_cents; its volume is empty.</li>
 * <li>An invoice exists for a municipality with a line of its own in P or in a region whose key was applied.
 *     A key is needed only where it moves money: some non-zero pooled(m), or a non-zero availability amount;
 *     without it the settlement is refused naming the region ({@link org.caresettle.core.settlement.MissingPoolingKeyException}).</li>
 * <li>Payment statements hold a provider's DIRECT, OUTCOME_RELEASE and AVAILABILITY lines, ordered by type,
 *     municipality, law, category, code; the TOTAL has the provider and no municipality.</li>
 * <li>Corrections compare invoice lines by their key (type, municipality, provider, law, category, code,
 *     financing, unit) on amount_cents and list only lines that changed, appeared or vanished (TOTALs
 *     included), in invoice order.</li>
 * </ul>
 */
package org.caresettle.core.settlement;
