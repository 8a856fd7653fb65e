/**
 * The checks of SPEC section 4: {@link org.caresettle.core.check.DeclarationDecider} decides one
 * declaration at a time, in the processing order of SPEC 4, against the reference data and a
 * {@link org.caresettle.core.check.ledger.Ledger} of what came before.
 *
 * <p>Choices where the SPEC is silent or leaves room (keep in step with the project docs):
 * <ul>
 * <li>Technical rule names come in a stable order, each once: the reader's format problems as
 *     given, {@code FIELD:<column>} in column order (header first), {@code FIELD:lines}, then
 *     CS340, CS002, TR358, CS325, TR137, CD060, TR101, TR316. A rule whose inputs could not be
 *     read is skipped (no TR358 when an amount is malformed). Every line of a technically failed
 *     declaration carries the declaration's full list of rule names.</li>
 * <li>A BSN that is not 9 digits is {@code FIELD:bsn}; 9 digits failing the 11-proof is CS002.</li>
 * <li>CS325 also applies to the header total (a zero total must be D), as in the standard.</li>
 * <li>With unit 83 a given tariff is not read at all (even a malformed one passes); with an
 *     unreadable unit a tariff is judged only when one is given.</li>
 * <li>The allocation number is an integer (XSD LDT_Nummer): leading zeros are dropped before the
 *     look-up, so reference data should hold allocation numbers without leading zeros.</li>
 * <li>Without an allocation (9338) only 9319, 9346 and 8021 run, as SPEC 4.2 lists them; 0611 and
 *     9389 are skipped too, as the SPEC defines them through the allocation.</li>
 * <li>9321 and 9322 compare volumes literally even when the unit differs from the allocation's
 *     (9341 is reported beside them).</li>
 * <li>0611 compares financing and tariff only, not the arrangement's unit.</li>
 * <li>A credit gets 9390 and 9346 together when both fail; 8017 alone when no debit qualifies.
 *     Its own arithmetic (volume × tariff) is not checked: it must equal its debit's volume and
 *     amount.</li>
 * <li>"Received means read": a technically failed declaration registers its message id,
 *     declaration number and line references when its provider code is readable; without a
 *     readable provider nothing can be registered. Registration happens after the content
 *     checks, and references after the line checks, so a declaration never trips on itself.</li>
 * <li>Submitted totals and line amounts that cannot be read count as 0 in a verdict.</li>
 * </ul>
 */
package org.caresettle.core.check;
