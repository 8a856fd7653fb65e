/**
 * {@code explain} (issue 5.3): why a municipality's invoice of a period differs (a) from the latest
 * version of the previous period and (b) from the previous version of the same period. The core's
 * {@link org.caresettle.core.explain.InvoiceExplainer} splits the difference into volume, tariff,
 * releases, availability and pooling (its package documents the rounding convention); this package
 * reads the stored invoice lines of the versions involved and the accepted declaration lines behind
 * the DIRECT lines, and prints the text.
 *
 * <p>Which declaration lines are "behind" a DIRECT line: the accepted lines of the municipality for
 * that provider, product and unit, of the later period and (for (a)) the earlier period, a credit
 * counted with the debit it reverses, the latest first. The database does not record which lines each
 * version saw, so for (b) every line of the period is listed, not only the ones that came in since the
 * previous version; latest first puts those at the top.
 */
package org.caresettle.batch.explain;
