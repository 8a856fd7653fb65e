package org.caresettle.batch.explain;

import java.util.Map;
import org.caresettle.core.explain.InvoiceDifference;
import org.caresettle.core.settlement.StatementLineKey;

/**
 * One invoice compared with an earlier version: what the core found, and the declaration lines
 * behind its DIRECT lines. {@code previousHadInvoice} is false when the municipality had no
 * invoice in the earlier version, which is then compared as empty.
 */
public record Comparison(VersionRef previous, VersionRef current, boolean previousHadInvoice, InvoiceDifference difference,
        Map<LineGroup, LinesBehind> lines) {

    public Comparison {
        lines = Map.copyOf(lines);
    }

    /** The lines behind a DIRECT line's group; none when no accepted line is left (e.g. a vanished line). */
    LinesBehind linesBehind(LineGroup group) {
        return lines.getOrDefault(group, new LinesBehind(0));
    }

    /** The lines behind a DIRECT invoice line, by its key (the console's way in). */
    public LinesBehind linesBehind(StatementLineKey key) {
        return linesBehind(LineGroup.of(key));
    }
}
