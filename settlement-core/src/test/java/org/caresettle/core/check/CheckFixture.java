package org.caresettle.core.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.reference.AllocationStatus;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.Municipality;
import org.caresettle.core.reference.ProductDefinition;
import org.caresettle.core.reference.Provider;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;

/**
 * A small region built in code: the worked example of SPEC 12 (region WF) plus a few
 * allocations made to trip one rule each. Test BSNs pass the 11-proof.
 */
final class CheckFixture {

    static final String AGB_A = "12345678";
    static final String AGB_B = "87654321";
    static final String AGB_C = "11112222";
    static final String HOORN = "0405";
    static final String ENKHUIZEN = "0388";
    static final String STEDE_BROEC = "0532";
    static final String AMSTERDAM = "0363";
    static final String BSN_1 = "999900006";
    static final String BSN_2 = "999900018";
    static final String BSN_3 = "999900031";
    static final String BSN_BAD_PROOF = "999900007";
    static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 4, 5);
    static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

    private CheckFixture() {
    }

    static ReferenceData reference() {
        return reference(List.of());
    }

    /** The fixture plus {@code extra} allocations (for tests that need one of their own). */
    static ReferenceData reference(List<Allocation> extra) {
        List<Allocation> allocations = new ArrayList<>(allocations());
        allocations.addAll(extra);
        return new ReferenceData(
                List.of(new Municipality(mc(HOORN), "Hoorn", "WF"),
                        new Municipality(mc(ENKHUIZEN), "Enkhuizen", "WF"),
                        new Municipality(mc(STEDE_BROEC), "Stede Broec", "WF"),
                        new Municipality(mc(AMSTERDAM), "Amsterdam", "AMS")),
                List.of(new Provider(agb(AGB_A), "Jeugdhulp A"), new Provider(agb(AGB_B), "Thuishulp B"),
                        new Provider(agb(AGB_C), "Zorg C")),
                List.of(new ProductDefinition(jw("45", "45A01"), "Ambulant", false),
                        new ProductDefinition(jw("43", "43A01"), "Verblijf", true),
                        new ProductDefinition(wmo("02", "02A01"), "Huishouden", false)),
                arrangements(),
                allocations,
                List.of(),
                List.of(),
                List.of());
    }

    static List<Arrangement> arrangements() {
        return List.of(
                performance("A1", AGB_A, "WF", jw("45", "45A01"), Unit.HOUR, 8550),
                new Arrangement("A2", agb(AGB_A), "WF", jw("43", "43A01"), Financing.RESULT, Unit.PIECE_OUTPUT,
                        450000L, Y2026, LocalDate.of(2026, 12, 31), new BasisPoints(1000), new BasisPoints(5000),
                        null),
                performance("A3", AGB_B, "WF", wmo("02", "02A01"), Unit.HOUR, 6200),
                new Arrangement("A4", agb(AGB_A), "WF", jw("46", null), Financing.AVAILABILITY, null, null, Y2026,
                        LocalDate.of(2026, 12, 31), BasisPoints.ZERO, BasisPoints.ZERO, 1200007L),
                // Category-wide: 45A01 has its own arrangement (8550), which wins; other 45 codes cost 7000.
                performance("A5", AGB_A, "WF", jw("45", null), Unit.HOUR, 7000),
                new Arrangement("A6", agb(AGB_A), "WF", jw("47", "47X01"), Financing.RESULT, Unit.EUROS, null,
                        Y2026, LocalDate.of(2026, 12, 31), BasisPoints.ZERO, BasisPoints.ZERO, null),
                // Only valid from 2026-03-15: a product start before that has no arrangement.
                performance("A7", AGB_A, "WF", jw("48", "48B01"), Unit.HOUR, 5000, LocalDate.of(2026, 3, 15)),
                // Same provider and product, another region.
                performance("A8", AGB_A, "AMS", jw("45", "45A01"), Unit.HOUR, 8550));
    }

    static List<Allocation> allocations() {
        return List.of(
                allocation("1001", HOORN, BSN_1, AGB_A, jw("45", "45A01"), Y2026, null, 10, Unit.HOUR,
                        Frequency.PER_MONTH),
                allocation("2001", ENKHUIZEN, BSN_2, AGB_A, jw("43", "43A01"), LocalDate.of(2026, 2, 15), null, 1,
                        Unit.PIECE_OUTPUT, Frequency.PER_MONTH),
                allocation("3001", STEDE_BROEC, BSN_3, AGB_B, wmo("02", "02A01"), Y2026, null, 8, Unit.HOUR,
                        Frequency.PER_WEEK),
                // Aspecific, per day, only 2026-03-10..2026-03-20, with a budget of 20 h × 8550.
                new Allocation("1002", mc(HOORN), Bsn.of(BSN_1), agb(AGB_A), jw("45", null),
                        LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20), 2, Unit.HOUR, Frequency.PER_DAY,
                        171000L, AllocationStatus.ACTIVE),
                new Allocation("1003", mc(HOORN), Bsn.of(BSN_1), agb(AGB_A), jw("45", "45A01"), Y2026, null, 10,
                        Unit.HOUR, Frequency.PER_MONTH, null, AllocationStatus.DELETED),
                allocation("1004", HOORN, BSN_1, AGB_A, jw("45", "45A01"), Y2026, null, 20, Unit.HOUR,
                        Frequency.TOTAL),
                allocation("1005", HOORN, BSN_1, AGB_A, jw("47", "47X01"), Y2026, null, 100000, Unit.EUROS,
                        Frequency.PER_MONTH),
                allocation("1006", HOORN, BSN_1, AGB_A, jw("46", "46A01"), Y2026, null, 10, Unit.HOUR,
                        Frequency.PER_MONTH),
                allocation("1007", HOORN, BSN_1, AGB_A, jw("48", "48B01"), Y2026, null, 100, Unit.HOUR,
                        Frequency.PER_MONTH),
                // Per week, only 2026-03-04 (Wednesday) .. 2026-03-17 (Tuesday): weeks 2-8, 9-15, 16-22.
                allocation("3002", STEDE_BROEC, BSN_3, AGB_B, wmo("02", "02A01"), LocalDate.of(2026, 3, 4),
                        LocalDate.of(2026, 3, 17), 5, Unit.HOUR, Frequency.PER_WEEK),
                // JW allocation number reused under WMO by another municipality: law check.
                allocation("4001", STEDE_BROEC, BSN_3, AGB_B, jw("45", "45A01"), Y2026, null, 10, Unit.HOUR,
                        Frequency.PER_MONTH));
    }

    static Allocation allocation(String number, String municipality, String bsn, String provider, Product product,
            LocalDate start, LocalDate end, long volume, Unit unit, Frequency frequency) {
        return new Allocation(number, mc(municipality), Bsn.of(bsn), agb(provider), product, start, end, volume,
                unit, frequency, null, AllocationStatus.ACTIVE);
    }

    private static Arrangement performance(String id, String provider, String region, Product product, Unit unit,
            long tariff) {
        return performance(id, provider, region, product, unit, tariff, Y2026);
    }

    private static Arrangement performance(String id, String provider, String region, Product product, Unit unit,
            long tariff, LocalDate from) {
        return new Arrangement(id, agb(provider), region, product, Financing.PERFORMANCE, unit, tariff, from,
                LocalDate.of(2026, 12, 31), BasisPoints.ZERO, BasisPoints.ZERO, null);
    }

    static Product jw(String category, String code) {
        return new Product(Law.JW, category, code);
    }

    static Product wmo(String category, String code) {
        return new Product(Law.WMO, category, code);
    }

    static MunicipalityCode mc(String code) {
        return MunicipalityCode.of(code);
    }

    static AgbCode agb(String code) {
        return AgbCode.of(code);
    }
}
