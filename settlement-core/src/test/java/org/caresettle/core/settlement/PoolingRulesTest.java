package org.caresettle.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caresettle.core.settlement.WorkedExample.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.Municipality;
import org.caresettle.core.reference.PoolingKeyShare;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Share;
import org.junit.jupiter.api.Test;

/** SPEC 7.3 and 8: availability per arrangement, pooled costs per region, the key of P's year. */
class PoolingRulesTest {

    @Test
    void aRegionWithPooledCostsButNoKeyIsRefusedByName() {
        ReferenceData noKey = reference(List.of(performance45(), result43("A2", YEAR_START, YEAR_END, 1000, 5000)),
                List.of(), List.of());
        assertThatThrownBy(() -> settle(MARCH, noKey, List.of(march2001())))
                .isInstanceOf(MissingPoolingKeyException.class)
                .isInstanceOf(SettlementRefusedException.class)
                .hasMessageContaining("region WF").hasMessageContaining("2026").hasMessageContaining("pooled")
                .satisfies(e -> assertThat(((MissingPoolingKeyException) e).regionCode()).isEqualTo("WF"));
    }

    @Test
    void aRegionWithAvailabilityButNoKeyIsRefusedByName() {
        ReferenceData noKey = reference(List.of(availability46()), List.of(), List.of());
        assertThatThrownBy(() -> settle(MARCH, noKey, List.of()))
                .isInstanceOf(MissingPoolingKeyException.class)
                .hasMessageContaining("region WF").hasMessageContaining("A4");
    }

    @Test
    void theKeyOfThePeriodsYearIsUsed() {
        List<PoolingKeyShare> keys = new ArrayList<>(key2026());
        keys.add(new PoolingKeyShare("WF", 2027, HOORN, Share.parse("1")));
        keys.add(new PoolingKeyShare("WF", 2027, ENKHUIZEN, Share.parse("0")));
        keys.add(new PoolingKeyShare("WF", 2027, STEDE_BROEC, Share.parse("0")));
        ReferenceData reference = reference(List.of(result43("A2", YEAR_START, null, 1000, 5000)), keys, List.of());
        AcceptedLine january2027 = new AcceptedLine(1, Period.of(2027, 1), ENKHUIZEN, YOUTH_PROVIDER, P43A01, "2001",
                LocalDate.of(2026, 12, 1), 1, march2001().unit(), 450_000, DebitCredit.D, 1);
        Settlement january = settle(Period.of(2027, 1), reference, List.of(january2027));
        assertThat(january.pools()).singleElement().satisfies(pool -> assertThat(pool.key().year()).isEqualTo(2027));
        assertThat(Render.total(january, HOORN)).isEqualTo(405_000);
        assertThat(Render.total(january, ENKHUIZEN)).isZero();

        // No availability and no lines in 2028: nothing to pool, so no key is needed.
        assertThat(settle(Period.of(2028, 1), reference, List.of()).invoices()).isEmpty();
    }

    @Test
    void noKeyIsNeededWithoutPooledMoney() {
        ReferenceData noKey = reference(List.of(performance45(), performanceWmo(), result43("A2", YEAR_START, YEAR_END, 1000, 5000)),
                List.of(), List.of());
        // Only unpooled products, and a pooled debit with its own credit in the same period.
        AcceptedLine credit = new AcceptedLine(9, MARCH, ENKHUIZEN, YOUTH_PROVIDER, P43A01, "2001",
                march2001().productStart(), 1, march2001().unit(), 450_000, DebitCredit.C, 9);
        Settlement march = settle(MARCH, noKey, List.of(march1001(), march3001(), march2001(), credit));
        assertThat(march.pools()).isEmpty();
        assertThat(Render.invoice(march, ENKHUIZEN)).containsExactly(
                "DIRECT 0388 12345678 JW/43/43A01 RESULT 82 n=2 v=0 w=0 a=0",
                "POOLING_ADJUSTMENT 0388 - JW/-/- - - n=0 v=- w=0 a=0",
                "TOTAL 0388 - -/-/- - - n=2 v=- w=0 a=0");
        assertThat(march.invoices()).extracting(Invoice::municipality).containsExactly(ENKHUIZEN, HOORN, STEDE_BROEC);
    }

    @Test
    void availabilityIsSharedEvenWhenItsProductIsNotPooledAndAlwaysPerArrangement() {
        Arrangement second = new Arrangement("A5", WMO_PROVIDER, "WF", P02A01, Financing.AVAILABILITY, null, null,
                YEAR_START, YEAR_END, null, null, 13L);
        ReferenceData reference = reference(List.of(availability46(), second), key2026(), List.of());
        Settlement march = settle(MARCH, reference, List.of());
        // 13 / 12 = 1 rest 1: January 2 cents, March 1 cent -> 0405 gets it (largest remainder .55).
        assertThat(march.availability()).extracting(a -> a.arrangementId() + "=" + a.amountCents())
                .containsExactly("A4=100001", "A5=1");
        assertThat(Render.invoice(march, HOORN)).containsExactly(
                "AVAILABILITY 0405 12345678 JW/46/- AVAILABILITY - n=0 v=- w=0 a=55001",
                "AVAILABILITY 0405 87654321 WMO/02/02A01 AVAILABILITY - n=0 v=- w=0 a=1",
                "POOLING_ADJUSTMENT 0405 - JW/-/- - - n=0 v=- w=0 a=0",
                "TOTAL 0405 - -/-/- - - n=0 v=- w=0 a=55002");
        assertThat(Render.invoice(march, ENKHUIZEN)).contains("AVAILABILITY 0388 87654321 WMO/02/02A01 AVAILABILITY - n=0 v=- w=0 a=0");
        assertThat(march.pools()).singleElement().satisfies(pool -> assertThat(pool.totalCents()).isZero());
        assertThat(march.totals().availabilityCents()).isEqualTo(100_002);
    }

    @Test
    void availabilityNeedsValidityOnTheFirstOfTheMonth() {
        Arrangement fromSecond = new Arrangement("A6", YOUTH_PROVIDER, "WF", CATEGORY_46, Financing.AVAILABILITY, null,
                null, LocalDate.of(2026, 3, 2), YEAR_END, null, null, 1_200_000L);
        ReferenceData reference = reference(List.of(fromSecond), key2026(), List.of());
        assertThat(settle(MARCH, reference, List.of()).invoices()).isEmpty();
        assertThat(settle(APRIL, reference, List.of()).availability()).singleElement()
                .satisfies(a -> assertThat(a.amountCents()).isEqualTo(100_000));
    }

    @Test
    void eachRegionIsPooledByItsOwnKey() {
        List<Municipality> municipalities = new ArrayList<>(municipalities());
        municipalities.add(new Municipality(org.caresettle.core.value.MunicipalityCode.of("0361"), "Alkmaar", "NK"));
        List<PoolingKeyShare> keys = new ArrayList<>(key2026());
        keys.add(new PoolingKeyShare("NK", 2026, org.caresettle.core.value.MunicipalityCode.of("0361"), Share.parse("1")));
        List<Arrangement> arrangements = new ArrayList<>(arrangements());
        arrangements.add(new Arrangement("NK1", YOUTH_PROVIDER, "NK", P43A01, Financing.RESULT,
                march2001().unit(), 450_000L, YEAR_START, YEAR_END, org.caresettle.core.value.BasisPoints.ZERO,
                org.caresettle.core.value.BasisPoints.ZERO, null));
        ReferenceData reference = new ReferenceData(municipalities, List.of(), products(), arrangements, List.of(), keys,
                List.of(), List.of());
        AcceptedLine alkmaar = new AcceptedLine(9, MARCH, org.caresettle.core.value.MunicipalityCode.of("0361"),
                YOUTH_PROVIDER, P43A01, "7", LocalDate.of(2026, 3, 1), 1, march2001().unit(), 450_000, DebitCredit.D, 9);
        Settlement march = settle(MARCH, reference, List.of(alkmaar, march2001()));
        assertThat(march.pools()).extracting(pool -> pool.key().regionCode() + "=" + pool.totalCents())
                .containsExactly("NK=450000", "WF=405000");
        assertThat(march.invoices()).filteredOn(i -> i.regionCode().equals("NK")).singleElement()
                .satisfies(i -> assertThat(i.total().amountCents()).isEqualTo(450_000));
    }

    @Test
    void theInputOrderDoesNotMatter() {
        List<AcceptedLine> lines = new ArrayList<>(linesUpToApril());
        Settlement expected = settle(MARCH, reference(), lines);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(lines, new java.util.Random(i));
            assertThat(settle(MARCH, reference(), lines)).isEqualTo(expected);
        }
    }
}
