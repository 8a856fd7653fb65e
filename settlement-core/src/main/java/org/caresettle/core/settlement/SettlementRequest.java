package org.caresettle.core.settlement;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.Period;

/**
 * Everything the settlement of a period depends on. {@code lines} is consumed once, in any order:
 * the accepted lines (debits and credits) of declarations of period P and of earlier periods,
 * which matter only for the RESULT withheld totals (SPEC 7.2). Lines of later periods may be
 * given too; they count only where SPEC 7.2 asks for "all the group's debits" and are otherwise
 * ignored. {@code previousInvoiceLines} are all invoice lines of the previous version (TOTALs
 * included), or empty for a first version or a part.
 *
 * <p>{@code regions}, when present, makes this the request for one part of the period: only the
 * lines of municipalities of those regions count, and only those regions are pooled and get
 * their availability amounts. Every region's money depends on nothing outside the region
 * (release groups, pools and availability arrangements all lie within one), so the parts of a
 * split of the regions add up to the whole ({@link SettlementMerge}). A part computes no
 * corrections: the merge does, against the whole previous version, so that a line of a
 * municipality no longer in any region still shows as vanished.
 */
public record SettlementRequest(
        Period period,
        int version,
        ReferenceData reference,
        Iterator<AcceptedLine> lines,
        Optional<List<StatementLine>> previousInvoiceLines,
        Optional<SortedSet<String>> regions) {

    public SettlementRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(previousInvoiceLines, "previousInvoiceLines");
        Objects.requireNonNull(regions, "regions");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more: " + version);
        }
        if (regions.isPresent() && previousInvoiceLines.isPresent()) {
            throw new IllegalArgumentException("a part of a settlement (regions " + regions.get()
                    + ") is settled without previous lines: the merge computes the corrections of the whole");
        }
        previousInvoiceLines = previousInvoiceLines.map(List::copyOf);
        regions = regions.map(r -> Collections.unmodifiableSortedSet(new TreeSet<>(r)));
    }

    /** The whole period. */
    public SettlementRequest(Period period, int version, ReferenceData reference, Iterator<AcceptedLine> lines,
            Optional<List<StatementLine>> previousInvoiceLines) {
        this(period, version, reference, lines, previousInvoiceLines, Optional.empty());
    }

    public static SettlementRequest firstVersion(Period period, ReferenceData reference, Iterator<AcceptedLine> lines) {
        return new SettlementRequest(period, 1, reference, lines, Optional.empty());
    }

    public static SettlementRequest nextVersion(Period period, int version, ReferenceData reference,
            Iterator<AcceptedLine> lines, List<StatementLine> previousInvoiceLines) {
        return new SettlementRequest(period, version, reference, lines, Optional.of(previousInvoiceLines));
    }

    /** The part of version {@code version} of the period that covers {@code regions} alone. */
    public static SettlementRequest part(Period period, int version, ReferenceData reference,
            Iterator<AcceptedLine> lines, Set<String> regions) {
        return new SettlementRequest(period, version, reference, lines, Optional.empty(),
                Optional.of(new TreeSet<>(regions)));
    }

    /** Whether this request settles {@code region}: every region for the whole period. */
    public boolean covers(String region) {
        return regions.map(r -> r.contains(region)).orElse(true);
    }
}
