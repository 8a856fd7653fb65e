/**
 * {@code inquiry} (issue 13): the console's read models over what the runs stored: the periods and
 * their versions with per-municipality totals and corrections, a municipality's invoice with the
 * names of the reference tables beside its codes, the declaration lines behind an invoice line (the
 * client as a pseudonym, the BSN never leaves this package), and a version's statement files as its
 * manifest lists them. Nothing here settles, prices or writes; who may see what is the entry point's
 * business ({@code console.Viewer}), so every method returns the whole truth and the caller filters.
 */
package org.caresettle.batch.inquiry;
