/**
 * {@code settle} (SPEC 6 to 10): the job {@code settleJob} settles one period with the core's
 * {@link org.caresettle.core.settlement.PeriodSettlement}, in parts by region (issue 7) merged by
 * {@link org.caresettle.core.settlement.SettlementMerge}, and publishes a new version of its
 * statements when its inputs changed.
 *
 * <p>The order of the work, so that a crash never shows a half-written version and a rerun
 * finishes the work without a duplicate version:
 * <ol>
 * <li>{@code checkStep}: if the last stored version vL is not visible but
 *     its pending folder {@code .vL.tmp} is, an earlier run stopped between its commit and its rename:
 *     the folder is complete (step 4 below precedes the commit), so it is renamed now. Then every
 *     published version of the period is checked against the hashes stored with it (issue 11; a
 *     difference stops the job, exit 1, with nothing written), and the input fingerprint is compared
 *     with vL's (or one recorded as giving vL's statements); equal means nothing is written and the
 *     job ends here.</li>
 * <li>Otherwise {@code settleRegionsStep} has the regions settled in parts for version N = L + 1, each
 *     {@code settleRegionStep} read-only from a lazy cursor over its regions' accepted lines, and
 *     {@code mergeStep}, one database transaction, merges them and checks the invariants; a refusal
 *     (exit 2) or a broken invariant (exit 1) stops here, with nothing written anywhere.</li>
 * <li>The files are written into the hidden sibling {@code .vN.tmp} (a leftover of a failed run is
 *     removed first), each forced to disk, the manifest last. When its statements equal vL's apart
 *     from the version number, the folder is removed, the fingerprint is recorded as giving vL, and
 *     the job writes nothing (SPEC 10).</li>
 * <li>The version, its statement lines, corrections and reference loads are inserted, and the step's
 *     transaction commits. A failure before the commit rolls the rows back and removes the pending
 *     folder; nothing visible changed.</li>
 * <li>{@code publishStep}: {@code .vN.tmp} is renamed to {@code vN} in one atomic move.</li>
 * </ol>
 * Committing before the rename (rather than after) means the database never lacks a version that a
 * reader can see: a visible folder always has its rows, so the next version's corrections are always
 * against what was published. A crash between 4 and 5 leaves a stored, invisible version, which the
 * next settle (or nightly) of the period makes visible in step 1. The unique (period, version) key
 * stops a second, concurrent settle of the same period from storing the same N twice.
 *
 * <p>Refused, with exit 2, rather than guessed at: a visible {@code vN} that the database does not
 * know (the {@code --out} folder belongs to another database), and a stored version whose folder and
 * pending folder are both missing (the wrong {@code --out} folder).
 */
package org.caresettle.batch.settle;
