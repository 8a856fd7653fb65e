package org.caresettle.core.explain;

import java.util.List;

/**
 * A municipality's invoice compared between two versions: the TOTALs of both sides, and the lines
 * that changed, largest first. {@link #addsUp()} is the check the explanation ends with.
 */
public record InvoiceDifference(long previousTotalCents, long newTotalCents, List<LineDifference> lines) {

    public InvoiceDifference {
        lines = List.copyOf(lines);
    }

    public long differenceCents() {
        return Math.subtractExact(newTotalCents, previousTotalCents);
    }

    /** The sum of one component over all lines. */
    public long componentCents(Component component) {
        long sum = 0;
        for (LineDifference line : lines) {
            sum = Math.addExact(sum, line.effectCents(component));
        }
        return sum;
    }

    /** The sum of every component of every line. */
    public long explainedCents() {
        long sum = 0;
        for (Component component : Component.values()) {
            sum = Math.addExact(sum, componentCents(component));
        }
        return sum;
    }

    public boolean addsUp() {
        return explainedCents() == differenceCents();
    }
}
