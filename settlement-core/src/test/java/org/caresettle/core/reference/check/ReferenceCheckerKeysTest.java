package org.caresettle.core.reference.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.reference.check.ReferenceFile.ALLOCATIONS;
import static org.caresettle.core.reference.check.ReferenceFile.ARRANGEMENTS;
import static org.caresettle.core.reference.check.ReferenceFile.BUDGETS;
import static org.caresettle.core.reference.check.ReferenceFile.MUNICIPALITIES;
import static org.caresettle.core.reference.check.ReferenceFile.OUTCOMES;
import static org.caresettle.core.reference.check.ReferenceFile.POOLING_KEYS;
import static org.caresettle.core.reference.check.ReferenceFile.PRODUCTS;
import static org.caresettle.core.reference.check.ReferenceFile.PROVIDERS;
import static org.caresettle.core.reference.check.Verdicts.assertAccepted;
import static org.caresettle.core.reference.check.Verdicts.assertOnly;

import org.junit.jupiter.api.Test;

/** Unique natural keys and references between the files. */
class ReferenceCheckerKeysTest {

    @Test
    void aMunicipalityListedTwiceIsRefusedOnTheSecondLine() {
        String message = assertOnly(TestTables.workedExample()
                .add(MUNICIPALITIES, "0405,Hoorn (again),NH").check(), MUNICIPALITIES, 5, "UNIQUE_KEY");

        assertThat(message).isEqualTo("municipality 0405 is listed again (first on line 2)");
    }

    @Test
    void aProviderListedTwiceIsRefused() {
        assertOnly(TestTables.workedExample().add(PROVIDERS, "12345678,Other name").check(),
                PROVIDERS, 4, "UNIQUE_KEY");
    }

    @Test
    void aProductIsUniqueByLawCategoryAndCode() {
        assertOnly(TestTables.workedExample().add(PRODUCTS, "JW,45,45A01,Again,false").check(),
                PRODUCTS, 5, "UNIQUE_KEY");
        assertAccepted(TestTables.workedExample().add(PRODUCTS, "WMO,45,45A01,Same code other law,false").check());
    }

    @Test
    void anArrangementIdIsUnique() {
        assertOnly(TestTables.workedExample()
                .add(ARRANGEMENTS, "A1,87654321,WF,WMO,09,,PERFORMANCE,04,100,2026-01-01,,,,").check(),
                ARRANGEMENTS, 7, "UNIQUE_KEY");
    }

    @Test
    void anAllocationNumberIsUniquePerMunicipality() {
        String message = assertOnly(TestTables.workedExample()
                .add(ALLOCATIONS, "1001,0405,999900043,12345678,JW,45,45A01,2026-01-01,,1,04,4,,ACTIVE").check(),
                ALLOCATIONS, 5, "UNIQUE_KEY");

        assertThat(message).isEqualTo("allocation 1001 of 0405 is listed again (first on line 2)");
        assertAccepted(TestTables.workedExample()
                .add(ALLOCATIONS, "1001,0388,999900043,12345678,JW,45,45A01,2026-01-01,,1,04,4,,ACTIVE").check());
    }

    @Test
    void leadingZerosDoNotMakeAnotherAllocationNumber() {
        String message = assertOnly(TestTables.workedExample()
                .add(ALLOCATIONS, "01001,0405,999900043,12345678,JW,45,45A01,2026-01-01,,1,04,4,,ACTIVE").check(),
                ALLOCATIONS, 5, "UNIQUE_KEY");
        assertThat(message).isEqualTo("allocation 01001 of 0405 is listed again (first on line 2)");

        // the outcome names allocation 2001 of 0388 (ReferenceData looks it up without the zeros too)
        assertAccepted(TestTables.workedExample().set(OUTCOMES, 2, "allocation_number", "002001").check());
        assertOnly(TestTables.workedExample()
                .add(OUTCOMES, "02001,0388,2026-04-01,PARTIAL").check(), OUTCOMES, 3, "OUTCOME_UNIQUE");
    }

    @Test
    void aPoolingKeyRowIsUniquePerRegionYearAndMunicipality() {
        // the repeated row makes the sum meaningless, so POOLING_KEY_SUM does not follow
        assertOnly(TestTables.workedExample().add(POOLING_KEYS, "WF,2026,0405,0.1").check(),
                POOLING_KEYS, 5, "UNIQUE_KEY");
    }

    @Test
    void aBudgetIsUniquePerMunicipalityYearAndLaw() {
        assertOnly(TestTables.workedExample().add(BUDGETS, "0405,2026,JW,1").check(), BUDGETS, 5, "UNIQUE_KEY");
        assertAccepted(TestTables.workedExample().add(BUDGETS, "0405,2026,WMO,1", "0405,2027,JW,1").check());
    }

    @Test
    void anAllocationHasAtMostOneOutcome() {
        String message = assertOnly(TestTables.workedExample()
                .add(OUTCOMES, "2001,0388,2026-04-01,PARTIAL").check(), OUTCOMES, 3, "OUTCOME_UNIQUE");

        assertThat(message).isEqualTo("allocation 2001 of 0388 already has an outcome on line 2");
    }

    @Test
    void aMunicipalityCodeOfAnotherFileMustBeInMunicipalities() {
        assertOnly(TestTables.workedExample().set(ALLOCATIONS, 4, "municipality_code", "0999").check(),
                ALLOCATIONS, 4, "UNKNOWN_MUNICIPALITY");
        assertOnly(TestTables.workedExample().add(POOLING_KEYS, "WF,2026,0999,0").check(),
                POOLING_KEYS, 5, "UNKNOWN_MUNICIPALITY");
        assertOnly(TestTables.workedExample().set(BUDGETS, 4, "municipality_code", "0999").check(),
                BUDGETS, 4, "UNKNOWN_MUNICIPALITY");
        // not also UNKNOWN_ALLOCATION: the municipality is the first thing wrong
        String message = assertOnly(TestTables.workedExample().set(OUTCOMES, 2, "municipality_code", "0999").check(),
                OUTCOMES, 2, "UNKNOWN_MUNICIPALITY");
        assertThat(message).isEqualTo("allocation 2001 of 0999: municipality 0999 is not in municipalities.csv");
    }

    @Test
    void aRegionMustBeTheRegionOfSomeMunicipality() {
        String message = assertOnly(TestTables.workedExample().set(ARRANGEMENTS, 4, "region_code", "NH").check(),
                ARRANGEMENTS, 4, "UNKNOWN_REGION");
        assertThat(message).isEqualTo("arrangement A3: region NH is the region of no municipality in municipalities.csv");

        // a whole key for an unknown region: the region is reported on each row, nothing else
        ReferenceCheckResult keyOfUnknownRegion = TestTables.workedExample()
                .add(POOLING_KEYS, "NH,2026,0405,1").check();
        assertOnly(keyOfUnknownRegion, POOLING_KEYS, 5, "UNKNOWN_REGION");
    }

    @Test
    void aProviderMustBeInProviders() {
        assertOnly(TestTables.workedExample().set(ARRANGEMENTS, 2, "provider_agb", "11111111").check(),
                ARRANGEMENTS, 2, "UNKNOWN_PROVIDER");
        String message = assertOnly(TestTables.workedExample().set(ALLOCATIONS, 4, "provider_agb", "11111111").check(),
                ALLOCATIONS, 4, "UNKNOWN_PROVIDER");
        assertThat(message).isEqualTo("allocation 3001 of 0532: provider 11111111 is not in providers.csv");
    }

    @Test
    void anOutcomeMustNameAnExistingAllocation() {
        String message = assertOnly(TestTables.workedExample().set(OUTCOMES, 2, "allocation_number", "2002").check(),
                OUTCOMES, 2, "UNKNOWN_ALLOCATION");

        assertThat(message).isEqualTo("allocation 2002 of 0388 is not in allocations.csv");
        // 2001 exists for 0388, not for 0405
        assertOnly(TestTables.workedExample().set(OUTCOMES, 2, "municipality_code", "0405").check(),
                OUTCOMES, 2, "UNKNOWN_ALLOCATION");
    }

    @Test
    void productsOfArrangementsAndAllocationsNeedNotBeInProducts() {
        assertAccepted(TestTables.workedExample().rows(PRODUCTS).check());
    }
}
