package org.caresettle.core.settlement;

import java.util.Objects;

/**
 * One line of an invoice or payment statement: the CSV columns of SPEC 9 except period and
 * version (the statement's) and {@code amount_eur} (formatting, the shell's).
 *
 * <p>Columns that do not apply are {@code null} in the key and {@code volume} (written empty):
 * <ul>
 * <li>DIRECT: all set; {@code lineCount} accepted lines (credits included), {@code volume} net of
 *     credits, {@code withheldCents} the RESULT part held back, {@code amountCents} the cost now.</li>
 * <li>OUTCOME_RELEASE: financing RESULT, no unit or volume; {@code lineCount} is the number of release
 *     groups (allocation and code) with a non-zero release; withheld 0.</li>
 * <li>AVAILABILITY: provider and the arrangement's law, category and code (empty for a category-wide
 *     arrangement), financing AVAILABILITY; no unit or volume; lineCount 0, withheld 0.</li>
 * <li>POOLING_ADJUSTMENT: no provider; law JW (only youth care is pooled), nothing else; lineCount 0.</li>
 * <li>TOTAL: only the municipality (invoice) or provider (payment); lineCount, withheld and amount
 *     are the sums of the statement's other lines; no volume, units differ.</li>
 * </ul>
 */
public record StatementLine(StatementLineKey key, long lineCount, Long volume, long withheldCents, long amountCents) {

    public StatementLine {
        Objects.requireNonNull(key, "key");
    }

    public LineType type() {
        return key.type();
    }
}
