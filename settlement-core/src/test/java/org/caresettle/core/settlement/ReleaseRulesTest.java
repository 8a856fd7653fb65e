package org.caresettle.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.settlement.WorkedExample.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.OutcomeKind;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;

/** SPEC 7.2: W per allocation and code, releasable by the outcome known, booked as the change. */
class ReleaseRulesTest {

    private static final LocalDate SWITCH = LocalDate.of(2026, 2, 20);

    /** Two RESULT arrangements for 43A01 in 2026: partial 50 % until 19 February, 25 % from the 20th. */
    private static ReferenceData tariffChange(OutcomeKind kind, LocalDate reportedOn) {
        List<Arrangement> arrangements = new ArrayList<>(List.of(performance45(), performanceWmo(), availability46()));
        arrangements.add(result43("EARLY", YEAR_START, SWITCH.minusDays(1), 1000, 5000));
        arrangements.add(result43("LATE", SWITCH, YEAR_END, 1000, 2500));
        return reference(arrangements, key2026(), List.of(outcome2001(kind, reportedOn)));
    }

    private static AcceptedLine result(long id, Period period, LocalDate start, long amount, DebitCredit dc, long order) {
        return new AcceptedLine(id, period, ENKHUIZEN, YOUTH_PROVIDER, P43A01, "2001", start, 1, Unit.PIECE_OUTPUT,
                amount, dc, order);
    }

    @Test
    void partialRoundsHalfUpPerGroup() {
        // withheld 45001 (450010 × 10 % = 45001), partial 50 % = 22500.5 -> 22501.
        var reference = reference(arrangements(), key2026(),
                List.of(outcome2001(OutcomeKind.PARTIAL, LocalDate.of(2026, 3, 1))));
        Settlement march = settle(MARCH, reference, List.of(result(1, MARCH, LocalDate.of(2026, 3, 1), 450_010, DebitCredit.D, 1)));
        assertThat(march.releases()).singleElement().extracting(Release::bookedCents).isEqualTo(22_501L);
    }

    @Test
    void eachPeriodTakesThePercentageOfItsLatestDebit() {
        var reference = tariffChange(OutcomeKind.PARTIAL, LocalDate.of(2026, 2, 25));
        AcceptedLine february = result(1, FEBRUARY, LocalDate.of(2026, 2, 15), 450_000, DebitCredit.D, 1);
        AcceptedLine march = result(2, MARCH, LocalDate.of(2026, 3, 1), 450_000, DebitCredit.D, 2);

        // February: W = 45000 at 50 % (EARLY) = 22500.
        Settlement feb = settle(FEBRUARY, reference, List.of(february, march));
        assertThat(feb.releases()).singleElement().extracting(Release::bookedCents).isEqualTo(22_500L);
        // March: W = 90000 at 25 % (LATE, latest product start) = 22500; releasable(Feb) stays 22500 by EARLY.
        Settlement mar = settle(MARCH, reference, List.of(march, february));
        assertThat(mar.releases()).isEmpty();
    }

    @Test
    void theLatestProductStartDecidesNotTheLatestDeclaration() {
        var reference = tariffChange(OutcomeKind.PARTIAL, LocalDate.of(2026, 3, 1));
        // The March declaration is about an earlier product period (EARLY); February's debit is LATE.
        AcceptedLine february = result(1, FEBRUARY, LocalDate.of(2026, 2, 21), 450_000, DebitCredit.D, 1);
        AcceptedLine lateDeclared = result(2, MARCH, LocalDate.of(2026, 2, 16), 450_000, DebitCredit.D, 2);
        Settlement march = settle(MARCH, reference, List.of(february, lateDeclared));
        assertThat(march.releases()).singleElement().extracting(Release::releasableCents).isEqualTo(22_500L);
    }

    @Test
    void aCreditedDebitStillDecides() {
        var reference = tariffChange(OutcomeKind.PARTIAL, LocalDate.of(2026, 3, 1));
        AcceptedLine early = result(1, MARCH, LocalDate.of(2026, 2, 16), 450_000, DebitCredit.D, 1);
        AcceptedLine late = result(2, MARCH, LocalDate.of(2026, 2, 21), 450_000, DebitCredit.D, 2);
        AcceptedLine creditOfLate = result(3, MARCH, LocalDate.of(2026, 2, 21), 450_000, DebitCredit.C, 3);
        // W = 45000; the LATE debit, though credited, has the latest start: 25 % = 11250.
        Settlement march = settle(MARCH, reference, List.of(early, late, creditOfLate));
        assertThat(march.releases()).singleElement().extracting(Release::bookedCents).isEqualTo(11_250L);
    }

    @Test
    void aCreditDeclaredBeforeItsDebitUsesAllTheGroupsDebits() {
        var reference = tariffChange(OutcomeKind.PARTIAL, LocalDate.of(2026, 2, 1));
        // A February credit of a debit declared for March (LATE arrangement): W(Feb) = -45000.
        AcceptedLine credit = result(1, FEBRUARY, LocalDate.of(2026, 2, 21), 450_000, DebitCredit.C, 2);
        AcceptedLine debit = result(2, MARCH, LocalDate.of(2026, 2, 21), 450_000, DebitCredit.D, 1);
        Settlement withDebit = settle(FEBRUARY, reference, List.of(credit, debit));
        assertThat(withDebit.releases()).singleElement().extracting(Release::bookedCents).isEqualTo(-11_250L);
        // Without the later debit in the stream the credit stands in for it, with the same arrangement.
        assertThat(settle(FEBRUARY, reference, List.of(credit))).isEqualTo(withDebit);
    }

    @Test
    void codesOfOneAspecificAllocationAreReleasedApart() {
        Product other = new Product(Law.JW, "43", "43B02");
        List<Arrangement> arrangements = new ArrayList<>(arrangements());
        arrangements.add(new Arrangement("B", YOUTH_PROVIDER, "WF", other, org.caresettle.core.reference.Financing.RESULT,
                Unit.PIECE_OUTPUT, 5L, YEAR_START, YEAR_END, new org.caresettle.core.value.BasisPoints(1000),
                new org.caresettle.core.value.BasisPoints(5000), null));
        var reference = reference(arrangements, key2026(),
                List.of(outcome2001(OutcomeKind.PARTIAL, LocalDate.of(2026, 3, 1))));
        // Each code withholds 1 (5 × 10 % = 0.5 -> 1) and releases round(0.5) = 1: two groups, 2 cents.
        // One group over both codes would release round(1) = 1 cent.
        AcceptedLine a = new AcceptedLine(1, MARCH, ENKHUIZEN, YOUTH_PROVIDER, other, "2001", LocalDate.of(2026, 3, 1),
                1, Unit.PIECE_OUTPUT, 5, DebitCredit.D, 1);
        AcceptedLine b = new AcceptedLine(2, MARCH, ENKHUIZEN, YOUTH_PROVIDER, P43A01, "2001", LocalDate.of(2026, 3, 1),
                1, Unit.PIECE_OUTPUT, 5, DebitCredit.D, 2);
        Settlement march = settle(MARCH, reference, List.of(a, b));
        assertThat(march.releases()).extracting(Release::bookedCents).containsExactly(1L, 1L);
        assertThat(march.totals().releaseCents()).isEqualTo(2);
    }

    @Test
    void performanceLinesOfAnAllocationWithholdNothingAndReleaseNothing() {
        var reference = reference(arrangements(), key2026(),
                List.of(new org.caresettle.core.reference.Outcome("1001", HOORN, LocalDate.of(2026, 3, 1), OutcomeKind.ACHIEVED)));
        assertThat(settle(MARCH, reference, List.of(march1001())).releases()).isEmpty();
    }
}
