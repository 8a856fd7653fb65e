package org.caresettle.core.settlement;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.Period;

/**
 * Everything the settlement of a period depends on. {@code lines} is consumed once, in any order:
 * the accepted lines (debits and credits) of declarations of period P and of earlier periods,
 * which matter only for the RESULT withheld totals (SPEC 7.2). Lines of later periods may be
 * given too; they count only where SPEC 7.2 asks for "all the group's debits" and are otherwise
 * ignored. {@code previousInvoiceLines} are all invoice lines of the previous version (TOTALs
 * included), or empty for a first version.
 */
public record SettlementRequest(
        Period period,
        int version,
        ReferenceData reference,
        Iterator<AcceptedLine> lines,
        Optional<List<StatementLine>> previousInvoiceLines) {

    public SettlementRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(previousInvoiceLines, "previousInvoiceLines");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more: " + version);
        }
        previousInvoiceLines = previousInvoiceLines.map(List::copyOf);
    }

    public static SettlementRequest firstVersion(Period period, ReferenceData reference, Iterator<AcceptedLine> lines) {
        return new SettlementRequest(period, 1, reference, lines, Optional.empty());
    }

    public static SettlementRequest nextVersion(Period period, int version, ReferenceData reference,
            Iterator<AcceptedLine> lines, List<StatementLine> previousInvoiceLines) {
        return new SettlementRequest(period, version, reference, lines, Optional.of(previousInvoiceLines));
    }
}
