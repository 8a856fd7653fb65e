package org.caresettle.core.reference.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.reference.check.ReferenceFile.ALLOCATIONS;
import static org.caresettle.core.reference.check.ReferenceFile.ARRANGEMENTS;
import static org.caresettle.core.reference.check.ReferenceFile.BUDGETS;
import static org.caresettle.core.reference.check.ReferenceFile.MUNICIPALITIES;
import static org.caresettle.core.reference.check.ReferenceFile.OUTCOMES;
import static org.caresettle.core.reference.check.ReferenceFile.POOLING_KEYS;
import static org.caresettle.core.reference.check.ReferenceFile.PROVIDERS;
import static org.caresettle.core.reference.check.Verdicts.assertOnly;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.MunicipalityCode;
import org.junit.jupiter.api.Test;

/** How violations are reported: all of them, in order, without follow-ups or BSNs; and at scale. */
class ReferenceCheckerReportingTest {

    @Test
    void reportsEveryViolationSortedByLoadOrderThenLine() {
        ReferenceCheckResult result = TestTables.workedExample()
                .set(OUTCOMES, 2, "outcome", "DONE")
                .set(BUDGETS, 3, "law", "X")
                .set(ARRANGEMENTS, 5, "tariff_cents", "x")
                .set(ARRANGEMENTS, 2, "valid_from", "2026-13-01")
                .add(MUNICIPALITIES, "0532,Stede Broec,WF")
                .check();

        assertThat(result.violations()).extracting(ReferenceViolation::toString).containsExactly(
                "municipalities.csv:5: UNIQUE_KEY: municipality 0532 is listed again (first on line 4)",
                "arrangements.csv:2: FORMAT:valid_from: valid_from '2026-13-01' is not a date YYYY-MM-DD",
                "arrangements.csv:5: FORMAT:tariff_cents: tariff_cents 'x' is not a whole number of at most 18 digits",
                "budgets.csv:3: FORMAT:law: law 'X' is not JW or WMO",
                "outcomes.csv:2: FORMAT:outcome: outcome 'DONE' is not one of ACHIEVED, PARTIAL, NOT_ACHIEVED");
        assertThat(result.refusedFiles())
                .containsExactly("municipalities.csv", "arrangements.csv", "budgets.csv", "outcomes.csv");
    }

    @Test
    void anUnreadableProvidersFileCausesNoUnknownProviderElsewhere() {
        ReferenceCheckResult result = TestTables.workedExample()
                .header(PROVIDERS, "agb,name").check();

        assertOnly(result, PROVIDERS, 1, "HEADER");
    }

    @Test
    void anUnreadableRegionCausesNoUnknownRegionOrIncompleteKey() {
        ReferenceCheckResult result = TestTables.workedExample()
                .set(MUNICIPALITIES, 4, "region_code", "W F").check();

        assertOnly(result, MUNICIPALITIES, 4, "FORMAT:region_code");
    }

    @Test
    void aMalformedAllocationKeyCausesNoUnknownAllocation() {
        ReferenceCheckResult result = TestTables.workedExample()
                .set(ALLOCATIONS, 3, "allocation_number", "2001-A").check();

        assertOnly(result, ALLOCATIONS, 3, "FORMAT:allocation_number");
    }

    @Test
    void anUnreadableShareLeavesOutTheSumButNotTheOtherChecks() {
        ReferenceCheckResult result = TestTables.workedExample()
                .rows(POOLING_KEYS, "WF,2026,0405,0.55", "WF,2026,0388,0.2x").check();

        assertThat(result.violations()).extracting(ReferenceViolation::lineNumber, ReferenceViolation::rule)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(2, "POOLING_KEY_INCOMPLETE"),
                        org.assertj.core.api.Assertions.tuple(3, "FORMAT:share"));
    }

    @Test
    void noMessageEverHoldsABsn() {
        String good = "999900043";
        String failsProof = "999900044";
        ReferenceCheckResult result = TestTables.workedExample()
                .add(ALLOCATIONS,
                        "5001,0405," + failsProof + ",12345678,JW,45,,2026-01-01,,1,04,4,,ACTIVE",
                        "5002,0999," + good + ",11111111,JW,45,,2026-02-01,2026-01-01,1,04,4,,ACTIVE",
                        "5001,0405," + good + ",12345678,JW,45,,2026-01-01,,1,04,4,,ACTIVE",
                        "5003,0405,99990004,12345678,JW,45,,2026-01-01,,1,04,4,,ACTIVE",
                        "5004,0405," + good + ",12345678,JW,45,,2026-01-01,,x,04,4,,ACTIVE",
                        good + ",0405,99990004x,12345678,JW,45,,2026-01-01,,1,04,4,,ACTIVE",
                        "5006,0405," + good + "," + good + ",JW,45,,2026-01-01,,1,04,4,,ACTIVE")
                .check();

        assertThat(result.violations()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(result.violations()).allSatisfy(v -> assertThat(v.toString())
                .doesNotContain(good).doesNotContain(failsProof).doesNotContain("99990004"));
    }

    @Test
    void checksANationalAllocationsFileInReasonableTime() {
        int municipalityCount = 340;
        int allocationCount = 300_000;
        Map<ReferenceFile, List<ReferenceRow>> rows = new EnumMap<>(ReferenceFile.class);
        List<ReferenceRow> municipalities = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int m = 0; m < municipalityCount; m++) {
            codes.add(code(m));
            municipalities.add(ReferenceRow.of(m + 2, code(m), "Gemeente " + m, "R" + (m % 25)));
        }
        rows.put(MUNICIPALITIES, municipalities);
        rows.put(PROVIDERS, List.of(ReferenceRow.of(2, "12345678", "Zorg")));
        List<ReferenceRow> arrangements = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // one long chain of yearly tariffs in one region and product: the overlap sweep must stay linear-ish
            String from = (2000 + i / 12) + "-" + String.format("%02d", i % 12 + 1) + "-01";
            String to = java.time.LocalDate.parse(from).plusMonths(1).minusDays(1).toString();
            arrangements.add(ReferenceRow.of(i + 2, "A" + i, "12345678", "R0", "JW", "45", "45A01", "PERFORMANCE",
                    "04", "8550", from, to, "", "", ""));
        }
        rows.put(ARRANGEMENTS, arrangements);
        List<ReferenceRow> allocations = new ArrayList<>(allocationCount);
        // the test range holds only some 9000 valid BSNs: clients get several allocations
        List<String> testBsns = new ArrayList<>();
        for (long bsn = 999_900_006L; bsn <= 999_999_990L; bsn++) {
            if (Bsn.passesElevenProof(Long.toString(bsn))) {
                testBsns.add(Long.toString(bsn));
            }
        }
        for (int i = 0; i < allocationCount; i++) {
            allocations.add(ReferenceRow.of(i + 2, Integer.toString(100_000 + i), codes.get(i % municipalityCount),
                    testBsns.get(i % testBsns.size()), "12345678", "JW", "45", "", "2026-01-01", "2026-12-31", "10",
                    "04", "4", "", "ACTIVE"));
        }
        rows.put(ALLOCATIONS, allocations);
        Map<ReferenceFile, ReferenceTable> tables = new EnumMap<>(ReferenceFile.class);
        rows.forEach((file, list) -> tables.put(file, new ReferenceTable(file, file.columns(), list)));

        long start = System.nanoTime();
        ReferenceCheckResult result = ReferenceChecker.check(tables);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.violations()).isEmpty();
        assertThat(result.data().allocation(MunicipalityCode.of(code(7)), "100007")).isPresent();
        System.out.println("reference check of " + allocationCount + " allocations: " + millis + " ms");
        assertThat(millis).as("milliseconds for %d allocations", allocationCount).isLessThan(30_000);
    }

    private static String code(int municipality) {
        return String.format("%04d", municipality + 1);
    }
}
