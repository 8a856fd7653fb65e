package org.caresettle.batch.settle;

/**
 * What a run of the settle job does with the version it settles (issue 14). Every mode runs the
 * same steps, so a preview or what-if is settled exactly as a settle would settle it; they differ
 * only in where the result goes:
 * <ul>
 * <li>{@link #PUBLISH}: {@code settle}, the version is stored and published under {@code statements/};</li>
 * <li>{@link #PREVIEW}: {@code settle --preview}, the would-be version's files go to
 *     {@code OUT/previews/<period>/<id>/}; nothing is stored, published or remembered;</li>
 * <li>{@link #WHATIF}: {@code whatif}, the published version's inputs settled under a proposed pooling
 *     key, compared per municipality in {@code OUT/whatif/<period>/<id>/comparison.csv}; nothing is
 *     stored, published or remembered.</li>
 * </ul>
 */
enum SettleMode {
    PUBLISH, PREVIEW, WHATIF
}
