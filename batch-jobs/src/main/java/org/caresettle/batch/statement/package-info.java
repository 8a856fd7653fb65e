/**
 * The statement files of SPEC 9 as files: where a version's folder lives, the columns of every
 * file and how a core {@link org.caresettle.core.settlement.StatementLine} becomes a row and back.
 * {@code settle} writes with these classes and {@code verify} reads with them, so the two can never
 * disagree about a column.
 *
 * <p>Layout of {@code OUT/statements/<period>/v<N>/}:
 * <ul>
 * <li>{@code invoice_<municipality>.csv}: {@link org.caresettle.batch.statement.StatementKind#INVOICE} columns.</li>
 * <li>{@code payment_<provider>.csv}: the same columns with owner and counterpart swapped:
 *     {@code provider_agb, period, version, line_type, municipality_code, law, ...}. The lines are the
 *     provider's DIRECT, OUTCOME_RELEASE and AVAILABILITY lines per municipality and product, then TOTAL.</li>
 * <li>{@code corrections.csv} (version 2 on): {@link org.caresettle.batch.statement.CorrectionCsv}.</li>
 * <li>{@code detail_<municipality>.csv}: {@link org.caresettle.batch.statement.DetailCsv}.</li>
 * <li>{@code manifest.csv}: {@link org.caresettle.batch.statement.Manifest}.</li>
 * </ul>
 * All files are UTF-8 without BOM, comma-separated, {@code \n} line ends, quoted only where needed,
 * every cell through {@link org.caresettle.batch.csv.CsvCells#guard}.
 */
package org.caresettle.batch.statement;
