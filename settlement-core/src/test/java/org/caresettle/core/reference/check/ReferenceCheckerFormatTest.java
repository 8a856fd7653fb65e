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

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceCheckerFormatTest {

    static Stream<Arguments> malformedCells() {
        return Stream.of(
                Arguments.of(MUNICIPALITIES, 3, "municipality_code", "388"),
                Arguments.of(MUNICIPALITIES, 3, "municipality_code", "03880"),
                Arguments.of(MUNICIPALITIES, 2, "name", ""),
                Arguments.of(MUNICIPALITIES, 2, "name", "x".repeat(201)),
                Arguments.of(MUNICIPALITIES, 4, "region_code", ""),
                Arguments.of(MUNICIPALITIES, 4, "region_code", "West Friesland"),
                Arguments.of(PROVIDERS, 2, "agb_code", "1234567"),
                Arguments.of(PROVIDERS, 3, "agb_code", "8765432A"),
                Arguments.of(PROVIDERS, 3, "name", ""),
                Arguments.of(PRODUCTS, 2, "law", "JWW"),
                Arguments.of(PRODUCTS, 2, "law", "jw"),
                Arguments.of(PRODUCTS, 3, "category", "4"),
                Arguments.of(PRODUCTS, 3, "code", ""),
                Arguments.of(PRODUCTS, 3, "code", "43A012"),
                Arguments.of(PRODUCTS, 3, "description", "d".repeat(401)),
                Arguments.of(PRODUCTS, 4, "pooled", "yes"),
                Arguments.of(PRODUCTS, 4, "pooled", "TRUE"),
                Arguments.of(PRODUCTS, 4, "pooled", ""),
                Arguments.of(ARRANGEMENTS, 2, "arrangement_id", ""),
                Arguments.of(ARRANGEMENTS, 2, "arrangement_id", "A/1"),
                Arguments.of(ARRANGEMENTS, 2, "provider_agb", ""),
                Arguments.of(ARRANGEMENTS, 3, "region_code", ""),
                Arguments.of(ARRANGEMENTS, 3, "law", "WMO2"),
                Arguments.of(ARRANGEMENTS, 3, "category", ""),
                Arguments.of(ARRANGEMENTS, 3, "code", "43-01"),
                Arguments.of(ARRANGEMENTS, 4, "financing", "performance"),
                Arguments.of(ARRANGEMENTS, 4, "financing", ""),
                Arguments.of(ARRANGEMENTS, 4, "unit", "05"),
                Arguments.of(ARRANGEMENTS, 4, "unit", "4"),
                Arguments.of(ARRANGEMENTS, 4, "tariff_cents", "-6200"),
                Arguments.of(ARRANGEMENTS, 4, "tariff_cents", "62.00"),
                Arguments.of(ARRANGEMENTS, 2, "valid_from", ""),
                Arguments.of(ARRANGEMENTS, 2, "valid_from", "2026-02-30"),
                Arguments.of(ARRANGEMENTS, 2, "valid_from", "2026-1-01"),
                Arguments.of(ARRANGEMENTS, 2, "valid_from", "01-01-2026"),
                Arguments.of(ARRANGEMENTS, 2, "valid_from", "+2026-01-01"),
                Arguments.of(ARRANGEMENTS, 2, "valid_to", "2026-12-32"),
                Arguments.of(ARRANGEMENTS, 3, "withhold_bp", "10001"),
                Arguments.of(ARRANGEMENTS, 3, "withhold_bp", "10%"),
                Arguments.of(ARRANGEMENTS, 3, "partial_release_bp", "-1"),
                Arguments.of(ARRANGEMENTS, 5, "annual_amount_cents", "12000.07"),
                Arguments.of(ALLOCATIONS, 2, "allocation_number", ""),
                Arguments.of(ALLOCATIONS, 2, "allocation_number", "A1001"),
                Arguments.of(ALLOCATIONS, 2, "allocation_number", "1234567890"),
                Arguments.of(ALLOCATIONS, 2, "municipality_code", "405"),
                Arguments.of(ALLOCATIONS, 2, "bsn", ""),
                Arguments.of(ALLOCATIONS, 2, "bsn", "99990000"),
                Arguments.of(ALLOCATIONS, 2, "bsn", "9999000061"),
                Arguments.of(ALLOCATIONS, 3, "provider_agb", "1234"),
                Arguments.of(ALLOCATIONS, 3, "law", ""),
                Arguments.of(ALLOCATIONS, 3, "category", "433"),
                Arguments.of(ALLOCATIONS, 3, "code", "43A01X"),
                Arguments.of(ALLOCATIONS, 3, "start_date", ""),
                Arguments.of(ALLOCATIONS, 3, "end_date", "2026-06"),
                Arguments.of(ALLOCATIONS, 4, "volume", ""),
                Arguments.of(ALLOCATIONS, 4, "volume", "-8"),
                Arguments.of(ALLOCATIONS, 4, "unit", ""),
                Arguments.of(ALLOCATIONS, 4, "frequency", "3"),
                Arguments.of(ALLOCATIONS, 4, "frequency", ""),
                Arguments.of(ALLOCATIONS, 4, "budget_cents", "5000,00"),
                Arguments.of(ALLOCATIONS, 4, "status", "active"),
                Arguments.of(ALLOCATIONS, 4, "status", ""),
                Arguments.of(POOLING_KEYS, 2, "region_code", ""),
                Arguments.of(POOLING_KEYS, 2, "year", "26"),
                Arguments.of(POOLING_KEYS, 3, "municipality_code", ""),
                Arguments.of(POOLING_KEYS, 3, "share", "0.2000001"),
                Arguments.of(POOLING_KEYS, 3, "share", "1.5"),
                Arguments.of(POOLING_KEYS, 3, "share", "-0.2"),
                Arguments.of(POOLING_KEYS, 3, "share", "20%"),
                Arguments.of(POOLING_KEYS, 3, "share", ".2"),
                Arguments.of(BUDGETS, 2, "municipality_code", "0405a"),
                Arguments.of(BUDGETS, 2, "year", "2026.0"),
                Arguments.of(BUDGETS, 3, "law", "JEUGD"),
                Arguments.of(BUDGETS, 3, "budget_cents", ""),
                Arguments.of(BUDGETS, 3, "budget_cents", "1" + "0".repeat(18)),
                Arguments.of(OUTCOMES, 2, "allocation_number", "2001b"),
                Arguments.of(OUTCOMES, 2, "municipality_code", ""),
                Arguments.of(OUTCOMES, 2, "reported_on", "20-03-2026"),
                Arguments.of(OUTCOMES, 2, "outcome", "DONE"),
                Arguments.of(OUTCOMES, 2, "outcome", "achieved"));
    }

    @ParameterizedTest(name = "{0} line {1}: {2} = ''{3}''")
    @MethodSource("malformedCells")
    void aMalformedOrMissingCellIsAFormatViolationOfItsColumnOnly(ReferenceFile file, int line, String column,
            String value) {
        ReferenceCheckResult result = TestTables.workedExample().set(file, line, column, value).check();

        String message = assertOnly(result, file, line, "FORMAT:" + column);
        assertThat(message).startsWith(column);
    }

    @Test
    void aFormatMessageQuotesTheCell() {
        String message = assertOnly(TestTables.workedExample()
                .set(ARRANGEMENTS, 2, "valid_from", "2026-02-30").check(), ARRANGEMENTS, 2, "FORMAT:valid_from");

        assertThat(message).isEqualTo("valid_from '2026-02-30' is not a date YYYY-MM-DD");
        assertThat(assertOnly(TestTables.workedExample().set(ALLOCATIONS, 4, "volume", "").check(),
                ALLOCATIONS, 4, "FORMAT:volume")).isEqualTo("volume is required");
    }

    @Test
    void aFormatMessageNeverQuotesNineDigitsInARowNorABsnCell() {
        String wrongColumn = assertOnly(TestTables.workedExample()
                .set(ALLOCATIONS, 2, "allocation_number", "1999900006").check(), ALLOCATIONS, 2,
                "FORMAT:allocation_number");
        String badBsn = assertOnly(TestTables.workedExample()
                .set(ALLOCATIONS, 2, "bsn", "99990000x").check(), ALLOCATIONS, 2, "FORMAT:bsn");

        assertThat(wrongColumn).doesNotContain("999900006").contains("not shown");
        assertThat(badBsn).isEqualTo("bsn is not 9 digits");
    }

    @Test
    void everyMalformedCellOfARowIsReported() {
        ReferenceCheckResult result = TestTables.workedExample()
                .set(ALLOCATIONS, 3, "volume", "x")
                .set(ALLOCATIONS, 3, "status", "GONE")
                .set(ALLOCATIONS, 3, "law", "JWJ").check();

        // in the order of the columns as SPEC lists them
        assertThat(Verdicts.rules(result)).containsExactly("FORMAT:law", "FORMAT:volume", "FORMAT:status");
    }

    @Test
    void aRowWithTheWrongCellCountIsFormatRowAndNothingElse() {
        // 2001 is the allocation of the outcome: its key is unreadable, so no UNKNOWN_ALLOCATION follows
        TestTables tables = TestTables.workedExample()
                .rows(ALLOCATIONS,
                        "1001,0405,999900006,12345678,JW,45,45A01,2026-01-01,2026-12-31,10,04,4,,ACTIVE",
                        "2001,0388,999900018,12345678,JW,43,43A01,2026-02-15,,1,82,4,ACTIVE",
                        "3001,0532,999900031,87654321,WMO,02,02A01,2026-01-01,2026-12-31,8,04,2,500000,ACTIVE");

        String message = assertOnly(tables.check(), ALLOCATIONS, 3, "FORMAT:row");
        assertThat(message).isEqualTo("row has 13 cells, the header has 14");
    }

    @Test
    void aHeaderWithoutAColumnIsRefusedOnLineOneWithoutFollowUps() {
        ReferenceCheckResult result = TestTables.workedExample()
                .header(MUNICIPALITIES, "municipality_code,name")
                .rows(MUNICIPALITIES, "0405,Hoorn", "0388,Enkhuizen", "0532,Stede Broec").check();

        String message = assertOnly(result, MUNICIPALITIES, 1, "HEADER");
        assertThat(message).endsWith("missing column(s) region_code");
    }

    @Test
    void aHeaderWithAnUnexpectedOrRepeatedColumnIsRefused() {
        String unexpected = assertOnly(TestTables.workedExample()
                .header(PROVIDERS, "agb_code,name,city")
                .rows(PROVIDERS, "12345678,Jeugdzorg,Hoorn", "87654321,Thuishulp,Enkhuizen").check(),
                PROVIDERS, 1, "HEADER");
        String repeated = assertOnly(TestTables.workedExample()
                .header(BUDGETS, "municipality_code,year,law,budget_cents,law")
                .rows(BUDGETS, "0405,2026,JW,1,JW").check(), BUDGETS, 1, "HEADER");
        String wrongCase = assertOnly(TestTables.workedExample()
                .header(OUTCOMES, "allocation_number,municipality_code,reported_on,Outcome").check(),
                OUTCOMES, 1, "HEADER");

        assertThat(unexpected).contains("unexpected column(s) 'city'");
        assertThat(repeated).contains("repeated column(s) law");
        assertThat(wrongCase).contains("missing column(s) outcome").contains("unexpected column(s) 'Outcome'");
    }

    @Test
    void aHeaderOnlyFileIsValid() {
        assertAccepted(TestTables.workedExample().rows(BUDGETS).check());
    }
}
