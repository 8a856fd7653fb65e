package org.caresettle.core.reference.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caresettle.core.reference.check.Verdicts.assertAccepted;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.reference.AllocationStatus;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.OutcomeKind;
import org.caresettle.core.reference.PoolingKeyShare;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;

class ReferenceCheckerAcceptsTest {

    private static final AgbCode YOUTH_PROVIDER = AgbCode.of("12345678");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    private final ReferenceData data = accepted(TestTables.workedExample());

    private static ReferenceData accepted(TestTables tables) {
        ReferenceCheckResult result = tables.check();
        assertAccepted(result);
        assertThat(result.refusedFiles()).isEmpty();
        return result.data();
    }

    @Test
    void buildsMunicipalitiesAndRegions() {
        assertThat(data.municipality(MunicipalityCode.of("0532")).orElseThrow().name()).isEqualTo("Stede Broec");
        assertThat(data.regionOf(MunicipalityCode.of("0388"))).contains("WF");
        assertThat(data.provider(AgbCode.of("87654321")).orElseThrow().name()).isEqualTo("Thuishulp Noord");
    }

    @Test
    void aSpecificCodeWinsOverTheCategoryWideArrangement() {
        Arrangement specific = data.arrangementFor(YOUTH_PROVIDER, "WF", new Product(Law.JW, "45", "45A01"), MARCH)
                .orElseThrow();
        Arrangement categoryWide = data.arrangementFor(YOUTH_PROVIDER, "WF", new Product(Law.JW, "45", "45B02"), MARCH)
                .orElseThrow();

        assertThat(specific.arrangementId()).isEqualTo("A1");
        assertThat(specific.tariffCents()).isEqualTo(8550L);
        assertThat(specific.withhold()).isEqualTo(BasisPoints.ZERO);
        assertThat(categoryWide.arrangementId()).isEqualTo("A5");
        assertThat(categoryWide.product().hasCode()).isFalse();
        assertThat(categoryWide.validTo()).isNull();
        // A1 ends with 2026; the open category-wide arrangement then covers 45A01 too.
        assertThat(data.arrangementFor(YOUTH_PROVIDER, "WF", new Product(Law.JW, "45", "45A01"),
                LocalDate.of(2027, 1, 1)).orElseThrow().arrangementId()).isEqualTo("A5");
    }

    @Test
    void buildsResultAndAvailabilityTerms() {
        Arrangement result = data.arrangementFor(YOUTH_PROVIDER, "WF", new Product(Law.JW, "43", "43A01"), MARCH)
                .orElseThrow();
        assertThat(result.financing()).isEqualTo(Financing.RESULT);
        assertThat(result.unit()).isEqualTo(Unit.PIECE_OUTPUT);
        assertThat(result.withhold()).isEqualTo(new BasisPoints(1000));
        assertThat(result.partialRelease()).isEqualTo(new BasisPoints(5000));
        assertThat(result.annualAmountCents()).isNull();

        Arrangement availability = data.arrangements().stream()
                .filter(a -> a.arrangementId().equals("A4")).findFirst().orElseThrow();
        assertThat(availability.financing()).isEqualTo(Financing.AVAILABILITY);
        assertThat(availability.annualAmountCents()).isEqualTo(1_200_007L);
        assertThat(availability.tariffCents()).isNull();
        assertThat(availability.unit()).isNull();
        assertThat(data.arrangementFor(YOUTH_PROVIDER, "WF", new Product(Law.WMO, "45", "45A01"), MARCH)).isEmpty();
        assertThat(data.arrangementFor(YOUTH_PROVIDER, "NH", new Product(Law.JW, "45", "45A01"), MARCH)).isEmpty();
    }

    @Test
    void buildsAllocationsOutcomesProductsKeysAndBudgets() {
        Allocation allocation = data.allocation(MunicipalityCode.of("0388"), "2001").orElseThrow();
        assertThat(allocation.bsn().value()).isEqualTo("999900018");
        assertThat(allocation.product()).isEqualTo(new Product(Law.JW, "43", "43A01"));
        assertThat(allocation.startDate()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(allocation.endDate()).isNull();
        assertThat(allocation.unit()).isEqualTo(Unit.PIECE_OUTPUT);
        assertThat(allocation.frequency()).isEqualTo(Frequency.PER_MONTH);
        assertThat(allocation.budgetCents()).isNull();
        assertThat(allocation.status()).isEqualTo(AllocationStatus.ACTIVE);
        assertThat(data.allocation(MunicipalityCode.of("0532"), "3001").orElseThrow().budgetCents()).isEqualTo(500_000L);
        assertThat(data.allocation(MunicipalityCode.of("0405"), "2001")).isEmpty();

        assertThat(data.outcome(MunicipalityCode.of("0388"), "2001").orElseThrow().outcome())
                .isEqualTo(OutcomeKind.ACHIEVED);
        assertThat(data.product(new Product(Law.JW, "43", "43A01")).orElseThrow().pooled()).isTrue();
        assertThat(data.product(new Product(Law.JW, "45", "45A01")).orElseThrow().pooled()).isFalse();
        assertThat(data.product(new Product(Law.JW, "47", "47X01"))).isEmpty();
        assertThat(data.poolingKeys()).extracting(PoolingKeyShare::municipality, s -> s.share().millionths())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(MunicipalityCode.of("0405"), 550_000),
                        org.assertj.core.api.Assertions.tuple(MunicipalityCode.of("0388"), 200_000),
                        org.assertj.core.api.Assertions.tuple(MunicipalityCode.of("0532"), 250_000));
        assertThat(data.budgets()).hasSize(3);
    }

    @Test
    void acceptsColumnsInAnyOrderAndAByteOrderMarkBeforeTheFirstName() {
        ReferenceData reordered = accepted(TestTables.workedExample()
                .header(ReferenceFile.MUNICIPALITIES, "\uFEFFregion_code, name , municipality_code")
                .rows(ReferenceFile.MUNICIPALITIES, "WF,Hoorn,0405", "WF,Enkhuizen,0388", "WF,Stede Broec,0532"));

        assertThat(reordered.municipality(MunicipalityCode.of("0405")).orElseThrow().regionCode()).isEqualTo("WF");
    }

    @Test
    void aMissingOrEmptyFileCountsAsEmpty() {
        ReferenceData withoutOutcomes = accepted(TestTables.workedExample().missing(ReferenceFile.OUTCOMES));
        assertThat(withoutOutcomes.outcome(MunicipalityCode.of("0388"), "2001")).isEmpty();

        ReferenceData nothing = accepted(TestTables.empty());
        assertThat(nothing.arrangements()).isEmpty();
        assertThat(ReferenceChecker.check(Map.of()).isAccepted()).isTrue();
    }

    @Test
    void acceptsTheCloseCasesOfTheFormats() {
        accepted(TestTables.workedExample()
                .add(ReferenceFile.ALLOCATIONS,
                        // aspecific allocation (empty code), leap day, zero volume, a one-day allocation
                        "4001,0405,999900043,12345678,JW,45,,2028-02-29,2028-02-29,0,04,1,0,DELETED",
                        "1001,0388,999999990,12345678,JW,45,45A01,2026-01-01,,5,01,6,,ACTIVE")
                .add(ReferenceFile.PRODUCTS, "JW,4a,Z9,,false")
                .add(ReferenceFile.POOLING_KEYS, "WF,2027,0405,1", "WF,2027,0388,0.0", "WF,2027,0532,0")
                .add(ReferenceFile.OUTCOMES, "1001,0388,2026-12-31,NOT_ACHIEVED"));
    }

    @Test
    void refusesATableGivenUnderAnotherFile() {
        ReferenceTable outcomes = ReferenceTable.empty(ReferenceFile.OUTCOMES);

        assertThatThrownBy(() -> ReferenceChecker.check(Map.of(ReferenceFile.BUDGETS, outcomes)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedResultHasNoData() {
        ReferenceCheckResult result = TestTables.workedExample()
                .set(ReferenceFile.BUDGETS, 2, "law", "X").check();

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.refusedFiles()).containsExactly("budgets.csv");
        assertThatThrownBy(result::data).isInstanceOf(IllegalStateException.class);
        assertThat(List.copyOf(result.violations())).hasSize(1);
    }
}
