package org.caresettle.core.check;

import static org.caresettle.core.check.ReturnCode.ALLOCATION_DELETED;
import static org.caresettle.core.check.ReturnCode.AMOUNT_INCORRECT;
import static org.caresettle.core.check.ReturnCode.BSN_DIFFERS;
import static org.caresettle.core.check.ReturnCode.BUDGET_EXCEEDED;
import static org.caresettle.core.check.ReturnCode.CATEGORY_DIFFERS;
import static org.caresettle.core.check.ReturnCode.CODE_DIFFERS;
import static org.caresettle.core.check.ReturnCode.DUPLICATE_DEBIT;
import static org.caresettle.core.check.ReturnCode.END_OUTSIDE_ALLOCATION;
import static org.caresettle.core.check.ReturnCode.MONTH_VOLUME_EXCEEDED;
import static org.caresettle.core.check.ReturnCode.NO_ALLOCATION;
import static org.caresettle.core.check.ReturnCode.NO_ARRANGEMENT;
import static org.caresettle.core.check.ReturnCode.PRODUCT_PERIOD_OUTSIDE_DECLARATION;
import static org.caresettle.core.check.ReturnCode.REFERENCE_ALREADY_SENT;
import static org.caresettle.core.check.ReturnCode.START_OUTSIDE_ALLOCATION;
import static org.caresettle.core.check.ReturnCode.TOTAL_VOLUME_EXCEEDED;
import static org.caresettle.core.check.ReturnCode.UNIT_DIFFERS;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caresettle.core.check.ledger.AllocationRef;
import org.caresettle.core.check.ledger.DebitSlot;
import org.caresettle.core.check.ledger.Ledger;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.reference.AllocationStatus;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Unit;

/**
 * The line checks of SPEC 4.2 for one debit line: every failing code, in the table's order.
 * Without an allocation (9338) only 9319, 9346 and 8021 still run, as the SPEC lists them;
 * 0611 and 9389 are skipped too, since the SPEC defines them through the allocation (its
 * municipality's region, the same allocation). Reads the ledger only; recording an accepted
 * line is the caller's job.
 */
public final class DebitLineCheck {

    private DebitLineCheck() {
    }

    public static List<ReturnCode> check(DeclarationHeader header, DeclaredLine line, ReferenceData reference,
            Ledger ledger) {
        List<ReturnCode> codes = new ArrayList<>();
        Optional<Allocation> found = allocationOf(header, line, reference);
        Allocation allocation = found.orElse(null);
        if (allocation == null) {
            codes.add(NO_ALLOCATION);
        } else {
            if (allocation.status() == AllocationStatus.DELETED) {
                codes.add(ALLOCATION_DELETED);
            }
            if (!allocation.bsn().equals(line.bsn())) {
                codes.add(BSN_DIFFERS);
            }
            if (!allocation.product().category().equals(line.product().category())) {
                codes.add(CATEGORY_DIFFERS);
            }
            if (allocation.product().hasCode() && !allocation.product().code().equals(line.product().code())) {
                codes.add(CODE_DIFFERS);
            }
            if (allocation.unit() != line.unit()) {
                codes.add(UNIT_DIFFERS);
            }
        }
        if (outsideDeclarationPeriod(header, line)) {
            codes.add(PRODUCT_PERIOD_OUTSIDE_DECLARATION);
        }
        if (allocation != null) {
            if (!allocation.covers(line.productStart())) {
                codes.add(START_OUTSIDE_ALLOCATION);
            }
            if (!allocation.covers(line.productEnd())) {
                codes.add(END_OUTSIDE_ALLOCATION);
            }
        }
        if (amountIncorrect(line)) {
            codes.add(AMOUNT_INCORRECT);
        }
        if (allocation != null && !arrangementMatches(header, line, reference)) {
            codes.add(NO_ARRANGEMENT);
        }
        if (ledger.referenceSent(header.provider(), line.reference())) {
            codes.add(REFERENCE_ALREADY_SENT);
        }
        if (allocation != null) {
            AllocationRef ref = new AllocationRef(header.municipality(), line.allocationNumber());
            if (ledger.hasOpenDebit(new DebitSlot(ref, line.product(), line.productStart(), line.productEnd()))) {
                codes.add(DUPLICATE_DEBIT);
            }
            if (allocation.frequency() != Frequency.TOTAL
                    && Math.addExact(ledger.netVolumeInMonth(ref, line.startMonth()), line.volume())
                            > MonthlyCap.of(allocation, line.startMonth())) {
                codes.add(MONTH_VOLUME_EXCEEDED);
            }
            if (allocation.frequency() == Frequency.TOTAL
                    && Math.addExact(ledger.netVolume(ref), line.volume()) > allocation.volume()) {
                codes.add(TOTAL_VOLUME_EXCEEDED);
            }
            if (allocation.budgetCents() != null
                    && Math.addExact(ledger.netAmountCents(ref), line.amountCents()) > allocation.budgetCents()) {
                codes.add(BUDGET_EXCEEDED);
            }
        }
        return codes;
    }

    /** 9338: the allocation must exist for the declaration's municipality, provider and law. */
    static Optional<Allocation> allocationOf(DeclarationHeader header, DeclaredLine line, ReferenceData reference) {
        return reference.allocation(header.municipality(), line.allocationNumber())
                .filter(a -> a.providerAgb().equals(header.provider()))
                .filter(a -> a.product().law() == header.law());
    }

    /** 9319: earlier months are allowed, later ones and periods spanning months are not. */
    private static boolean outsideDeclarationPeriod(DeclarationHeader header, DeclaredLine line) {
        return line.productEnd().isAfter(header.period().lastDay())
                || !line.startMonth().equals(YearMonth.from(line.productEnd()));
    }

    private static boolean amountIncorrect(DeclaredLine line) {
        if (line.unit().ignoresTariff()) {
            return line.amountCents() != line.volume();
        }
        return line.amountCents() != Math.multiplyExact(line.volume(), line.tariffCents());
    }

    /** 0611, with the region of the declaration's municipality (which is the allocation's). */
    private static boolean arrangementMatches(DeclarationHeader header, DeclaredLine line, ReferenceData reference) {
        Optional<Arrangement> arrangement = reference.regionOf(header.municipality())
                .flatMap(region -> reference.arrangementFor(header.provider(), region, line.product(),
                        line.productStart()));
        if (arrangement.isEmpty() || arrangement.get().financing() == Financing.AVAILABILITY) {
            return false;
        }
        return line.unit().ignoresTariff() || Objects.equals(arrangement.get().tariffCents(), line.tariffCents());
    }
}
