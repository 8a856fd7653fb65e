package org.caresettle.core.settlement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corrections between two versions of a period's invoices (SPEC 10): every invoice line whose
 * amount differs, that appeared or that vanished, in invoice order. Unchanged lines are left out:
 * the file is meant to show what a rerun moved, and its differences add up to the change of the
 * TOTAL lines, which are compared like any other line.
 */
public final class Corrections {

    private Corrections() {
    }

    public static List<Correction> between(List<StatementLine> previous, List<StatementLine> current) {
        Map<StatementLineKey, Long> before = amounts(previous, "previous");
        Map<StatementLineKey, Long> now = amounts(current, "new");
        TreeMap<StatementLineKey, Correction> corrections = new TreeMap<>(StatementLineKey.INVOICE_ORDER);
        before.forEach((key, amount) -> {
            Long after = now.get(key);
            if (after == null) {
                corrections.put(key, new Correction(key, Correction.Change.VANISHED, amount, 0));
            } else if (after.longValue() != amount.longValue()) {
                corrections.put(key, new Correction(key, Correction.Change.CHANGED, amount, after));
            }
        });
        now.forEach((key, amount) -> {
            if (!before.containsKey(key)) {
                corrections.put(key, new Correction(key, Correction.Change.APPEARED, 0, amount));
            }
        });
        return List.copyOf(corrections.values());
    }

    private static Map<StatementLineKey, Long> amounts(List<StatementLine> lines, String which) {
        Map<StatementLineKey, Long> amounts = new TreeMap<>(StatementLineKey.INVOICE_ORDER);
        for (StatementLine line : lines) {
            if (amounts.put(line.key(), line.amountCents()) != null) {
                throw new IllegalArgumentException(which + " version has two invoice lines " + line.key());
            }
        }
        return amounts;
    }
}
