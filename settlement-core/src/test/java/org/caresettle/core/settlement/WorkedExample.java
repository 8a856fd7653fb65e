package org.caresettle.core.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.reference.AllocationStatus;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.Municipality;
import org.caresettle.core.reference.Outcome;
import org.caresettle.core.reference.OutcomeKind;
import org.caresettle.core.reference.PoolingKeyShare;
import org.caresettle.core.reference.ProductDefinition;
import org.caresettle.core.reference.Provider;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Share;
import org.caresettle.core.value.Unit;

/** The reference data and declarations of SPEC 12 (region West-Friesland, 2026). */
final class WorkedExample {

    static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    static final MunicipalityCode ENKHUIZEN = MunicipalityCode.of("0388");
    static final MunicipalityCode STEDE_BROEC = MunicipalityCode.of("0532");
    static final AgbCode YOUTH_PROVIDER = AgbCode.of("12345678");
    static final AgbCode WMO_PROVIDER = AgbCode.of("87654321");
    static final Product P45A01 = new Product(Law.JW, "45", "45A01");
    static final Product P43A01 = new Product(Law.JW, "43", "43A01");
    static final Product P02A01 = new Product(Law.WMO, "02", "02A01");
    static final Product CATEGORY_46 = new Product(Law.JW, "46", null);
    static final Period FEBRUARY = Period.of(2026, 2);
    static final Period MARCH = Period.of(2026, 3);
    static final Period APRIL = Period.of(2026, 4);
    static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    private WorkedExample() {
    }

    static List<Municipality> municipalities() {
        return List.of(new Municipality(HOORN, "Hoorn", "WF"), new Municipality(ENKHUIZEN, "Enkhuizen", "WF"),
                new Municipality(STEDE_BROEC, "Stede Broec", "WF"));
    }

    static List<ProductDefinition> products() {
        return List.of(new ProductDefinition(P45A01, "ambulant", false), new ProductDefinition(P43A01, "verblijf", true),
                new ProductDefinition(P02A01, "begeleiding", false));
    }

    static Arrangement performance45() {
        return new Arrangement("A1", YOUTH_PROVIDER, "WF", P45A01, Financing.PERFORMANCE, Unit.HOUR, 8550L,
                YEAR_START, YEAR_END, null, null, null);
    }

    static Arrangement result43(String id, LocalDate from, LocalDate to, int withholdBp, int partialBp) {
        return new Arrangement(id, YOUTH_PROVIDER, "WF", P43A01, Financing.RESULT, Unit.PIECE_OUTPUT, 450_000L,
                from, to, new BasisPoints(withholdBp), new BasisPoints(partialBp), null);
    }

    static Arrangement performanceWmo() {
        return new Arrangement("A3", WMO_PROVIDER, "WF", P02A01, Financing.PERFORMANCE, Unit.HOUR, 6200L,
                YEAR_START, YEAR_END, null, null, null);
    }

    static Arrangement availability46() {
        return new Arrangement("A4", YOUTH_PROVIDER, "WF", CATEGORY_46, Financing.AVAILABILITY, null, null,
                YEAR_START, YEAR_END, null, null, 1_200_007L);
    }

    static List<Arrangement> arrangements() {
        return List.of(performance45(), result43("A2", YEAR_START, YEAR_END, 1000, 5000), performanceWmo(),
                availability46());
    }

    static List<PoolingKeyShare> key2026() {
        return List.of(new PoolingKeyShare("WF", 2026, HOORN, Share.parse("0.55")),
                new PoolingKeyShare("WF", 2026, ENKHUIZEN, Share.parse("0.20")),
                new PoolingKeyShare("WF", 2026, STEDE_BROEC, Share.parse("0.25")));
    }

    static List<Allocation> allocations() {
        Bsn bsn = Bsn.of("999900006");
        return List.of(
                new Allocation("1001", HOORN, bsn, YOUTH_PROVIDER, P45A01, YEAR_START, null, 10, Unit.HOUR,
                        Frequency.PER_MONTH, null, AllocationStatus.ACTIVE),
                new Allocation("2001", ENKHUIZEN, bsn, YOUTH_PROVIDER, P43A01, LocalDate.of(2026, 2, 15), null, 1,
                        Unit.PIECE_OUTPUT, Frequency.PER_MONTH, null, AllocationStatus.ACTIVE),
                new Allocation("3001", STEDE_BROEC, bsn, WMO_PROVIDER, P02A01, YEAR_START, null, 8, Unit.HOUR,
                        Frequency.PER_WEEK, null, AllocationStatus.ACTIVE));
    }

    static Outcome outcome2001(OutcomeKind kind, LocalDate reportedOn) {
        return new Outcome("2001", ENKHUIZEN, reportedOn, kind);
    }

    static ReferenceData reference() {
        return reference(arrangements(), key2026(), List.of(outcome2001(OutcomeKind.ACHIEVED, LocalDate.of(2026, 3, 20))));
    }

    static ReferenceData reference(List<Arrangement> arrangements, List<PoolingKeyShare> keys, List<Outcome> outcomes) {
        return new ReferenceData(municipalities(),
                List.of(new Provider(YOUTH_PROVIDER, "Jeugdzorg West"), new Provider(WMO_PROVIDER, "Thuiszorg Noord")),
                products(), arrangements, allocations(), keys, List.of(), outcomes);
    }

    static AcceptedLine line(long id, Period period, MunicipalityCode municipality, AgbCode provider, Product product,
            String allocation, LocalDate start, long volume, Unit unit, long amount, DebitCredit dc) {
        return new AcceptedLine(id, period, municipality, provider, product, allocation, start, volume, unit, amount, dc, id);
    }

    static AcceptedLine february2001() {
        return line(1, FEBRUARY, ENKHUIZEN, YOUTH_PROVIDER, P43A01, "2001", LocalDate.of(2026, 2, 15), 1,
                Unit.PIECE_OUTPUT, 450_000, DebitCredit.D);
    }

    static AcceptedLine march1001() {
        return line(2, MARCH, HOORN, YOUTH_PROVIDER, P45A01, "1001", LocalDate.of(2026, 3, 2), 8, Unit.HOUR, 68_400,
                DebitCredit.D);
    }

    static AcceptedLine march2001() {
        return line(3, MARCH, ENKHUIZEN, YOUTH_PROVIDER, P43A01, "2001", LocalDate.of(2026, 3, 1), 1,
                Unit.PIECE_OUTPUT, 450_000, DebitCredit.D);
    }

    static AcceptedLine march3001() {
        return line(4, MARCH, STEDE_BROEC, WMO_PROVIDER, P02A01, "3001", LocalDate.of(2026, 3, 2), 30, Unit.HOUR,
                186_000, DebitCredit.D);
    }

    /** April's credit of the March 2001 line: it carries its debit's data, booked in April. */
    static AcceptedLine aprilCreditOf2001() {
        AcceptedLine debit = march2001();
        return new AcceptedLine(5, APRIL, debit.municipality(), debit.provider(), debit.product(),
                debit.allocationNumber(), debit.productStart(), debit.volume(), debit.unit(), debit.amountCents(),
                DebitCredit.C, 5);
    }

    static List<AcceptedLine> linesUpToMarch() {
        return List.of(february2001(), march1001(), march2001(), march3001());
    }

    static List<AcceptedLine> linesUpToApril() {
        List<AcceptedLine> lines = new ArrayList<>(linesUpToMarch());
        lines.add(aprilCreditOf2001());
        return lines;
    }

    static Settlement settle(Period period, ReferenceData reference, List<AcceptedLine> lines) {
        return PeriodSettlement.settle(SettlementRequest.firstVersion(period, reference, lines.iterator()));
    }
}
