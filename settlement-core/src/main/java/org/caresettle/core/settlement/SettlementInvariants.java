package org.caresettle.core.settlement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The invariants of SPEC 9 that every settlement must hold, checked on the statements alone so that
 * both the settle step and a later {@code verify} (which re-reads the CSV files into the same
 * records) can use them. Each check throws {@link SettlementInvariantException} naming the invariant.
 */
public final class SettlementInvariants {

    public enum Invariant {
        /** Every statement ends in exactly one TOTAL line that sums its other lines (count, withheld, amount). */
        TOTAL_IS_SUM_OF_LINES,
        /** Σ invoice TOTALs = Σ accepted costs + releases + availability amounts of the period. */
        INVOICES_ADD_UP_TO_SETTLED,
        /** Σ payment TOTALs = the same settled amount: pooling moves money between municipalities only. */
        PAYMENTS_ADD_UP_TO_SETTLED,
        /** The pooling adjustments of every region sum to 0. */
        ADJUSTMENTS_BALANCE_PER_REGION,
        /** Each correction's new side is what the new invoices state (absent for a vanished line). */
        CORRECTIONS_MATCH_INVOICES
    }

    private static final String UNKNOWN_REGION = "(unknown: invoices without a region together)";

    private SettlementInvariants() {
    }

    /** All invariants of a settlement just computed, against its independently counted totals. */
    public static void check(Settlement settlement) {
        check(settlement.invoices(), settlement.payments(), settlement.totals().settledCents());
        settlement.corrections().ifPresent(corrections -> checkCorrections(corrections, settlement.invoices()));
    }

    /**
     * The invariants that need nothing but the statements and the settled amount; {@code verify} can
     * pass the settled amount from the run log or {@link #settledOnInvoices(List)}. The invoice CSV has
     * no region column: invoices rebuilt with a {@code null} region are balanced together, which still
     * holds (every region balances, so all do) but is weaker than per region.
     */
    public static void check(List<Invoice> invoices, List<PaymentStatement> payments, long settledCents) {
        for (Invoice invoice : invoices) {
            checkTotal(invoice.lines(), "invoice " + invoice.municipality());
        }
        for (PaymentStatement payment : payments) {
            checkTotal(payment.lines(), "payment " + payment.provider());
        }
        long invoiced = 0;
        for (Invoice invoice : invoices) {
            invoiced = Math.addExact(invoiced, invoice.total().amountCents());
        }
        if (invoiced != settledCents) {
            throw new SettlementInvariantException(Invariant.INVOICES_ADD_UP_TO_SETTLED,
                    "invoice TOTALs " + invoiced + " cents, settled " + settledCents);
        }
        long paid = 0;
        for (PaymentStatement payment : payments) {
            paid = Math.addExact(paid, payment.total().amountCents());
        }
        if (paid != settledCents) {
            throw new SettlementInvariantException(Invariant.PAYMENTS_ADD_UP_TO_SETTLED,
                    "payment TOTALs " + paid + " cents, settled " + settledCents);
        }
        checkAdjustments(invoices);
    }

    /** Σ of the DIRECT, OUTCOME_RELEASE and AVAILABILITY lines of the invoices: the settled amount as they state it. */
    public static long settledOnInvoices(List<Invoice> invoices) {
        long settled = 0;
        for (Invoice invoice : invoices) {
            for (StatementLine line : invoice.lines()) {
                if (line.type() != LineType.POOLING_ADJUSTMENT && line.type() != LineType.TOTAL) {
                    settled = Math.addExact(settled, line.amountCents());
                }
            }
        }
        return settled;
    }

    /** One statement ends in exactly one TOTAL that sums its other lines; {@code verify} checks file by file. */
    public static void checkTotal(List<StatementLine> lines, String statement) {
        if (lines.isEmpty() || lines.get(lines.size() - 1).type() != LineType.TOTAL) {
            throw new SettlementInvariantException(Invariant.TOTAL_IS_SUM_OF_LINES, statement + " does not end in a TOTAL");
        }
        long count = 0;
        long withheld = 0;
        long amount = 0;
        for (StatementLine line : lines.subList(0, lines.size() - 1)) {
            if (line.type() == LineType.TOTAL) {
                throw new SettlementInvariantException(Invariant.TOTAL_IS_SUM_OF_LINES, statement + " has two TOTALs");
            }
            count = Math.addExact(count, line.lineCount());
            withheld = Math.addExact(withheld, line.withheldCents());
            amount = Math.addExact(amount, line.amountCents());
        }
        StatementLine total = lines.get(lines.size() - 1);
        if (total.lineCount() != count || total.withheldCents() != withheld || total.amountCents() != amount) {
            throw new SettlementInvariantException(Invariant.TOTAL_IS_SUM_OF_LINES, statement + " TOTAL " + total
                    + " but its lines sum to count " + count + ", withheld " + withheld + ", amount " + amount);
        }
    }

    static void checkAdjustments(List<Invoice> invoices) {
        Map<String, Long> byRegion = new TreeMap<>();
        for (Invoice invoice : invoices) {
            for (StatementLine line : invoice.lines()) {
                if (line.type() == LineType.POOLING_ADJUSTMENT) {
                    String region = Optional.ofNullable(invoice.regionCode()).orElse(UNKNOWN_REGION);
                    byRegion.merge(region, line.amountCents(), Math::addExact);
                }
            }
        }
        byRegion.forEach((region, sum) -> {
            if (sum != 0) {
                throw new SettlementInvariantException(Invariant.ADJUSTMENTS_BALANCE_PER_REGION,
                        "adjustments of region " + region + " sum to " + sum + " cents");
            }
        });
    }

    /** The corrections of a version against that version's invoices. */
    public static void checkCorrections(List<Correction> corrections, List<Invoice> invoices) {
        Map<StatementLineKey, Long> current = new TreeMap<>(StatementLineKey.INVOICE_ORDER);
        for (Invoice invoice : invoices) {
            for (StatementLine line : invoice.lines()) {
                current.put(line.key(), line.amountCents());
            }
        }
        for (Correction correction : corrections) {
            Long stated = current.get(correction.key());
            boolean vanished = correction.change() == Correction.Change.VANISHED;
            boolean matches = vanished
                    ? stated == null && correction.newCents() == 0
                    : stated != null && stated == correction.newCents();
            if (!matches) {
                throw new SettlementInvariantException(Invariant.CORRECTIONS_MATCH_INVOICES,
                        correction + " but the invoice states " + stated);
            }
        }
    }
}
