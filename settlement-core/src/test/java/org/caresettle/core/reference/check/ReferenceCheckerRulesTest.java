package org.caresettle.core.reference.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.caresettle.core.reference.check.ReferenceFile.ALLOCATIONS;
import static org.caresettle.core.reference.check.ReferenceFile.ARRANGEMENTS;
import static org.caresettle.core.reference.check.ReferenceFile.MUNICIPALITIES;
import static org.caresettle.core.reference.check.ReferenceFile.POOLING_KEYS;
import static org.caresettle.core.reference.check.ReferenceFile.PRODUCTS;
import static org.caresettle.core.reference.check.Verdicts.assertAccepted;
import static org.caresettle.core.reference.check.Verdicts.assertOnly;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules beyond formats and keys: pooling, overlaps, financing terms, dates and BSNs. */
class ReferenceCheckerRulesTest {

    @Test
    void onlyYouthCareMayBePooled() {
        String message = assertOnly(TestTables.workedExample().set(PRODUCTS, 4, "pooled", "true").check(),
                PRODUCTS, 4, "POOLED_ONLY_JW");

        assertThat(message).isEqualTo("product WMO/02/02A01 is pooled, but only JW products may be pooled");
    }

    @Nested
    class ArrangementOverlap {

        private static final String A1_AGAIN = "A6,12345678,WF,JW,45,45A01,PERFORMANCE,04,9100,%s,%s,,,";

        @Test
        void aNewTariffStartingOnTheLastDayOfTheOldOneOverlaps() {
            String message = assertOnly(TestTables.workedExample()
                    .add(ARRANGEMENTS, A1_AGAIN.formatted("2026-12-31", "")).check(),
                    ARRANGEMENTS, 7, "ARRANGEMENT_OVERLAP");

            assertThat(message).isEqualTo("arrangement A6 (2026-12-31 to open) overlaps arrangement A1 of line 2"
                    + " (2026-01-01 to 2026-12-31) for provider 12345678 in region WF, product JW/45/45A01");
        }

        @Test
        void aNewTariffStartingTheDayAfterPasses() {
            assertAccepted(TestTables.workedExample()
                    .add(ARRANGEMENTS, A1_AGAIN.formatted("2027-01-01", "")).check());
        }

        @Test
        void isReportedOnTheArrangementThatStartsLaterWhateverItsLine() {
            ReferenceCheckResult result = TestTables.workedExample()
                    .rows(ARRANGEMENTS,
                            "B2,12345678,WF,JW,45,45A01,PERFORMANCE,04,9100,2026-07-01,,,,",
                            "B1,12345678,WF,JW,45,45A01,PERFORMANCE,04,8550,2026-01-01,2026-07-01,,,")
                    .check();

            assertOnly(result, ARRANGEMENTS, 2, "ARRANGEMENT_OVERLAP");
        }

        @Test
        void anOpenArrangementOverlapsEveryLaterOne() {
            ReferenceCheckResult result = TestTables.workedExample()
                    .add(ARRANGEMENTS,
                            "A6,12345678,WF,JW,45,,PERFORMANCE,04,9100,2030-01-01,2030-12-31,,,",
                            "A7,12345678,WF,JW,45,,PERFORMANCE,04,9100,2031-01-01,,,,")
                    .check();

            assertThat(result.violations()).extracting(ReferenceViolation::lineNumber, ReferenceViolation::rule)
                    .containsExactly(tuple(7, "ARRANGEMENT_OVERLAP"), tuple(8, "ARRANGEMENT_OVERLAP"));
            assertThat(result.violations().get(0).message()).contains("overlaps arrangement A5 of line 6");
        }

        @Test
        void anotherProviderRegionLawCategoryOrCodeNeverOverlaps() {
            assertAccepted(TestTables.workedExample()
                    .add(MUNICIPALITIES, "0400,Den Helder,KOP")
                    .add(ARRANGEMENTS,
                            "C1,87654321,WF,JW,45,45A01,PERFORMANCE,04,9100,2026-01-01,,,,",
                            "C2,12345678,KOP,JW,45,45A01,PERFORMANCE,04,9100,2026-01-01,,,,",
                            "C3,12345678,WF,WMO,45,45A01,PERFORMANCE,04,9100,2026-01-01,,,,",
                            "C4,12345678,WF,JW,47,45A01,PERFORMANCE,04,9100,2026-01-01,,,,",
                            "C5,12345678,WF,JW,45,45A02,PERFORMANCE,04,9100,2026-01-01,,,,")
                    .check());
        }
    }

    @Nested
    class PoolingKeys {

        @Test
        void aMunicipalityOfTheRegionWithoutAShareIsReportedOnTheKeysFirstLine() {
            ReferenceCheckResult result = TestTables.workedExample()
                    .rows(POOLING_KEYS, "WF,2026,0405,0.75", "WF,2026,0388,0.25").check();

            String message = assertOnly(result, POOLING_KEYS, 2, "POOLING_KEY_INCOMPLETE");
            assertThat(message).isEqualTo("region WF 2026: municipality 0532 of the region has no share");
        }

        @Test
        void aRowForAMunicipalityOfAnotherRegionIsIncomplete() {
            ReferenceCheckResult result = TestTables.workedExample()
                    .add(MUNICIPALITIES, "0400,Den Helder,KOP")
                    .add(POOLING_KEYS, "WF,2026,0400,0", "KOP,2026,0400,1").check();

            String message = assertOnly(result, POOLING_KEYS, 5, "POOLING_KEY_INCOMPLETE");
            assertThat(message).isEqualTo("region WF 2026: municipality 0400 is in region KOP, not WF");
        }

        @Test
        void aRegionNeedsNoKeyForAYearItDoesNotList() {
            assertAccepted(TestTables.workedExample()
                    .add(MUNICIPALITIES, "0400,Den Helder,KOP")
                    .add(POOLING_KEYS, "WF,2027,0405,0.5", "WF,2027,0388,0.25", "WF,2027,0532,0.25").check());
        }

        @Test
        void sharesOfThirdsThatAddUpExactlyPass() {
            assertAccepted(TestTables.workedExample()
                    .rows(POOLING_KEYS, "WF,2026,0405,0.333333", "WF,2026,0388,0.333333", "WF,2026,0532,0.333334")
                    .check());
        }

        @Test
        void sharesThatMissAMillionthFailOnTheKeysFirstLine() {
            ReferenceCheckResult result = TestTables.workedExample()
                    .rows(POOLING_KEYS, "WF,2026,0405,0.333333", "WF,2026,0388,0.333333", "WF,2026,0532,0.333333")
                    .check();

            String message = assertOnly(result, POOLING_KEYS, 2, "POOLING_KEY_SUM");
            assertThat(message).isEqualTo("region WF 2026: shares sum to 0.999999, not 1");
        }

        @Test
        void sharesAboveOneFail() {
            ReferenceCheckResult result = TestTables.workedExample()
                    .add(POOLING_KEYS, "WF,2027,0405,1", "WF,2027,0388,0.5", "WF,2027,0532,0").check();

            assertThat(assertOnly(result, POOLING_KEYS, 5, "POOLING_KEY_SUM")).contains("1.500000");
        }
    }

    @Nested
    class FinancingTerms {

        private static ReferenceCheckResult withArrangement(String financing, String unit, String tariff,
                String withhold, String partialRelease, String annual) {
            return TestTables.workedExample().add(ARRANGEMENTS, String.join(",", "T1", "12345678", "WF", "JW", "50",
                    "", financing, unit, tariff, "2026-01-01", "", withhold, partialRelease, annual)).check();
        }

        private static void assertRefused(ReferenceCheckResult result, String column) {
            assertThat(assertOnly(result, ARRANGEMENTS, 7, "FINANCING_UNIT")).startsWith("arrangement T1: ").contains(column);
        }

        @Test
        void performanceTakesAUnitOfEffortAndATariff() {
            assertAccepted(withArrangement("PERFORMANCE", "84", "100", "", "", ""));
            assertAccepted(withArrangement("PERFORMANCE", "01", "0", "0", "0", ""));
            assertRefused(withArrangement("PERFORMANCE", "82", "100", "", "", ""), "unit");
            assertRefused(withArrangement("PERFORMANCE", "", "100", "", "", ""), "unit");
            assertRefused(withArrangement("PERFORMANCE", "04", "", "", "", ""), "tariff_cents");
            assertRefused(withArrangement("PERFORMANCE", "04", "100", "1000", "", ""), "withhold_bp");
            assertRefused(withArrangement("PERFORMANCE", "04", "100", "", "5000", ""), "partial_release_bp");
            assertRefused(withArrangement("PERFORMANCE", "04", "100", "", "", "0"), "annual_amount_cents");
        }

        @Test
        void resultTakesPiecesWithATariffOrEuros() {
            assertAccepted(withArrangement("RESULT", "82", "450000", "1000", "5000", ""));
            assertAccepted(withArrangement("RESULT", "83", "", "", "", ""));
            assertRefused(withArrangement("RESULT", "04", "450000", "", "", ""), "unit");
            assertRefused(withArrangement("RESULT", "82", "", "1000", "", ""), "tariff_cents");
            assertRefused(withArrangement("RESULT", "82", "450000", "", "", "100"), "annual_amount_cents");
        }

        @Test
        void availabilityTakesAnAnnualAmountAndNoTariff() {
            assertAccepted(withArrangement("AVAILABILITY", "", "", "", "", "1200007"));
            assertAccepted(withArrangement("AVAILABILITY", "14", "", "0", "", "0"));
            assertRefused(withArrangement("AVAILABILITY", "", "", "", "", ""), "annual_amount_cents");
            assertRefused(withArrangement("AVAILABILITY", "", "500", "", "", "1200007"), "tariff_cents");
            assertRefused(withArrangement("AVAILABILITY", "", "", "100", "", "1200007"), "withhold_bp");
        }

        @Test
        void reportsEveryBrokenTermOfARow() {
            ReferenceCheckResult result = withArrangement("PERFORMANCE", "83", "", "100", "", "5");

            assertThat(Verdicts.rules(result)).hasSize(4).containsOnly("FINANCING_UNIT");
        }
    }

    @Test
    void anArrangementMayNotEndBeforeItStarts() {
        String message = assertOnly(TestTables.workedExample().set(ARRANGEMENTS, 3, "valid_to", "2025-12-31").check(),
                ARRANGEMENTS, 3, "END_BEFORE_START");

        assertThat(message).isEqualTo("arrangement A2: valid_to 2025-12-31 is before valid_from 2026-01-01");
        assertAccepted(TestTables.workedExample().set(ARRANGEMENTS, 3, "valid_to", "2026-01-01").check());
    }

    @Test
    void anAllocationMayNotEndBeforeItStarts() {
        String message = assertOnly(TestTables.workedExample()
                .set(ALLOCATIONS, 2, "start_date", "2026-02-01")
                .set(ALLOCATIONS, 2, "end_date", "2026-01-01").check(), ALLOCATIONS, 2, "END_BEFORE_START");

        assertThat(message).isEqualTo("allocation 1001 of 0405: end_date 2026-01-01 is before start_date 2026-02-01");
        assertAccepted(TestTables.workedExample()
                .set(ALLOCATIONS, 2, "start_date", "2026-12-31").check());
    }

    @Test
    void anAllocationBsnMustPassTheElevenProofAndIsNeverShown() {
        String message = assertOnly(TestTables.workedExample().set(ALLOCATIONS, 3, "bsn", "999900019").check(),
                ALLOCATIONS, 3, "BSN_ELEVEN_PROOF");

        assertThat(message).isEqualTo("bsn fails the 11-proof");
    }
}
