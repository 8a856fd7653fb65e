package org.caresettle.core.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.MunicipalityCode;

/**
 * Compares one municipality's invoice lines of two versions (of the same period or of two periods)
 * and splits every change into its {@link Component}s, as the package documentation describes.
 */
public final class InvoiceExplainer {

    private static final Comparator<LineDifference> LARGEST_FIRST = Comparator
            .comparingLong((LineDifference d) -> Math.absExact(d.differenceCents())).reversed()
            .thenComparing(Comparator.comparingLong(LineDifference::grossCents).reversed())
            .thenComparing(LineDifference::key, StatementLineKey.INVOICE_ORDER);

    private InvoiceExplainer() {
    }

    /**
     * @param previous the earlier version's invoice lines of the municipality (TOTAL included; empty
     *                 when the municipality had no invoice there)
     * @param current  the later version's invoice lines of the same municipality
     */
    public static InvoiceDifference between(List<StatementLine> previous, List<StatementLine> current) {
        Map<StatementLineKey, StatementLine> before = byKey(previous, "previous");
        Map<StatementLineKey, StatementLine> after = byKey(current, "current");
        sameMunicipality(before, after);
        Map<StatementLineKey, StatementLine> keys = new TreeMap<>(StatementLineKey.INVOICE_ORDER);
        keys.putAll(before);
        keys.putAll(after);
        List<LineDifference> lines = new ArrayList<>();
        for (StatementLineKey key : keys.keySet()) {
            if (key.type() == LineType.TOTAL) {
                continue;
            }
            LineDifference difference = explain(key, before.get(key), after.get(key));
            if (difference.differenceCents() != 0 || difference.grossCents() != 0) {
                lines.add(difference);
            }
        }
        lines.sort(LARGEST_FIRST);
        return new InvoiceDifference(total(before), total(after), lines);
    }

    private static LineDifference explain(StatementLineKey key, StatementLine before, StatementLine after) {
        long amount0 = before == null ? 0 : before.amountCents();
        long amount1 = after == null ? 0 : after.amountCents();
        if (key.type() == LineType.DIRECT) {
            VolumeTariffSplit split = VolumeTariffSplit.of(volume(before), amount0, volume(after), amount1);
            return new LineDifference(key, before, after,
                    List.of(new Effect(Component.VOLUME, split.volumeCents()), new Effect(Component.TARIFF, split.tariffCents())));
        }
        return new LineDifference(key, before, after,
                List.of(new Effect(Component.wholeLine(key.type()), Math.subtractExact(amount1, amount0))));
    }

    private static long volume(StatementLine line) {
        return line == null || line.volume() == null ? 0 : line.volume();
    }

    private static long total(Map<StatementLineKey, StatementLine> lines) {
        return lines.values().stream().filter(l -> l.type() == LineType.TOTAL).mapToLong(StatementLine::amountCents)
                .findFirst().orElse(0);
    }

    private static Map<StatementLineKey, StatementLine> byKey(List<StatementLine> lines, String which) {
        Map<StatementLineKey, StatementLine> byKey = new TreeMap<>(StatementLineKey.INVOICE_ORDER);
        for (StatementLine line : lines) {
            if (byKey.put(line.key(), line) != null) {
                throw new IllegalArgumentException(which + " invoice has two lines " + line.key());
            }
        }
        return byKey;
    }

    /** Both sides must be one municipality's invoice; comparing two municipalities would explain nothing. */
    private static void sameMunicipality(Map<StatementLineKey, StatementLine> before, Map<StatementLineKey, StatementLine> after) {
        Set<MunicipalityCode> municipalities = new HashSet<>();
        before.keySet().forEach(k -> municipalities.add(k.municipality()));
        after.keySet().forEach(k -> municipalities.add(k.municipality()));
        if (municipalities.size() > 1 || municipalities.contains(null)) {
            throw new IllegalArgumentException("invoice lines of more than one municipality: " + municipalities);
        }
    }
}
