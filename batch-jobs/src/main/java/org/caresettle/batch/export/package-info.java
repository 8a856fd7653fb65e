/**
 * {@code export} (issue 15): Excel workbooks beside a published version's statements, for the finance
 * staff who read them every month. {@code OUT/exports/<period>/v<N>/invoice_<municipality>.xlsx} holds the
 * invoice with names beside the codes, the detail lines (clients by pseudonym) and, from version 2 on,
 * the corrections; {@code manifest.csv} lists the workbooks with their size and SHA-256.
 *
 * <p>The workbooks are derived from the version's statement files alone (checked against their manifest
 * first) and the names of the reference data in force: the CSV statements stay what SPEC 9 fixes and what
 * {@code verify} covers. They are written into the hidden sibling {@code .v<N>.tmp/} and moved into view
 * in one atomic rename, so a version's workbooks appear whole or not at all. Equal inputs give equal
 * bytes (no timestamp in a workbook), so a second export of the same version is recognised as the same;
 * an existing export that differs (say, a provider was renamed since) is refused, never overwritten.
 *
 * <p>Written after the version is published and its reports refreshed ({@link ExportOnPublication}),
 * never before: the statements are never held back by the workbooks (see {@code bench/RESULTS.md}).
 */
package org.caresettle.batch.export;
