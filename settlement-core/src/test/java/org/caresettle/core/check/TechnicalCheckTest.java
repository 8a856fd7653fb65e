package org.caresettle.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.check.CheckFixture.AGB_A;
import static org.caresettle.core.check.CheckFixture.BSN_1;
import static org.caresettle.core.check.CheckFixture.BSN_BAD_PROOF;
import static org.caresettle.core.check.CheckFixture.HOORN;

import java.time.LocalDate;
import java.util.List;
import org.caresettle.core.check.TestDeclaration.TestLine;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TechnicalCheckTest {

    private static TestDeclaration valid() {
        return TestDeclaration.of(AGB_A, HOORN, "JW", "2026-03").line(TestLine.hoorn("R1", 8));
    }

    private static List<String> rules(RawDeclaration raw) {
        TechnicalResult result = TechnicalCheck.check(raw);
        return result instanceof TechnicalResult.Failed failed ? failed.ruleNames() : List.of();
    }

    private static List<String> rules(TestDeclaration declaration) {
        return rules(declaration.raw());
    }

    @Test
    void aValidDeclarationBecomesTyped() {
        TechnicalResult result = TechnicalCheck.check(valid()
                .line(TestLine.hoorn("R2", 2).set(DeclarationColumn.ALLOCATION_NUMBER, "0001001")).raw());

        assertThat(result).isInstanceOf(TechnicalResult.Passed.class);
        Declaration declaration = ((TechnicalResult.Passed) result).declaration();
        assertThat(declaration.header().law()).isEqualTo(Law.JW);
        assertThat(declaration.header().period()).isEqualTo(Period.of(2026, 3));
        assertThat(declaration.header().signedTotalCents()).isEqualTo(85500);
        DeclaredLine first = declaration.lines().get(0);
        assertThat(first.index()).isZero();
        assertThat(first.position()).isEqualTo(2);
        assertThat(first.product()).isEqualTo(CheckFixture.jw("45", "45A01"));
        assertThat(first.tariffCents()).isEqualTo(8550);
        assertThat(first.amountCents()).isEqualTo(68400);
        assertThat(first.dc()).isEqualTo(DebitCredit.D);
        assertThat(first.previousReference()).isNull();
        assertThat(first.productStart()).isEqualTo(LocalDate.of(2026, 3, 1));
        // LDT_Nummer is an integer: leading zeros carry no meaning.
        assertThat(declaration.lines().get(1).allocationNumber()).isEqualTo("1001");
    }

    @ParameterizedTest
    @EnumSource(value = DeclarationColumn.class, names = {"MESSAGE_ID", "MESSAGE_DATE", "PROVIDER_AGB",
        "MUNICIPALITY_CODE", "LAW", "DECLARATION_NUMBER", "PERIOD_START", "PERIOD_END", "DECLARATION_DATE",
        "TOTAL_CENTS", "TOTAL_DC"})
    void aMissingHeaderFieldFails(DeclarationColumn column) {
        assertThat(rules(valid().set(column, null))).containsExactly("FIELD:" + column.columnName());
        assertThat(rules(valid().set(column, "   "))).containsExactly("FIELD:" + column.columnName());
    }

    @ParameterizedTest
    @EnumSource(value = DeclarationColumn.class, names = {"BSN", "REFERENCE", "ALLOCATION_NUMBER", "CATEGORY",
        "CODE", "PRODUCT_START", "PRODUCT_END", "VOLUME", "UNIT", "TARIFF_CENTS", "AMOUNT_CENTS", "DC"})
    void aMissingLineFieldFails(DeclarationColumn column) {
        TestDeclaration declaration = valid().line(TestLine.hoorn("R2", 1).set(column, null));
        if (column == DeclarationColumn.AMOUNT_CENTS || column == DeclarationColumn.DC) {
            declaration.set(DeclarationColumn.TOTAL_CENTS, "68400");
        }
        assertThat(rules(declaration)).containsExactly("FIELD:" + column.columnName());
    }

    @ParameterizedTest(name = "{0} = ''{1}'' fails")
    @CsvSource({
        "message_id, ABCDEFGHIJKLM",
        "message_date, 2026-4-01",
        "message_date, 2026-02-30",
        "message_date, 01-04-2026",
        "message_date, 2026-04-01T10:00",
        "provider_agb, 1234567",
        "provider_agb, 1234567A",
        "municipality_code, 405",
        "municipality_code, 04051",
        "law, JZ",
        "law, jw",
        "declaration_number, D-1",
        "declaration_number, ABCDEFGHIJ123",
        "period_start, 2026-03-1",
        "declaration_date, 2026-13-01",
        "total_cents, -68400",
        "total_cents, 6840O",
        "total_cents, 1234567890123",
        "total_dc, X",
        "total_dc, d"})
    void aMalformedHeaderFieldFails(String columnName, String value) {
        DeclarationColumn column = DeclarationColumn.byColumnName(columnName);
        assertThat(rules(valid().set(column, value))).containsExactly("FIELD:" + columnName);
    }

    @ParameterizedTest(name = "{0} = ''{1}'' passes")
    @CsvSource({
        "message_id, ABCDEFGHIJKL",
        "message_id, 'a b-c'",
        "declaration_number, ABCDEFGHIJ12",
        "declaration_date, 2026-03-31",
        "total_cents, 000000068400"})
    void aHeaderFieldAtItsLimitPasses(String columnName, String value) {
        assertThat(rules(valid().set(DeclarationColumn.byColumnName(columnName), value))).isEmpty();
    }

    @ParameterizedTest(name = "{0} = ''{1}'' fails")
    @CsvSource({
        "bsn, 99990000",
        "bsn, 9999000060",
        "bsn, 99990000A",
        "reference, ABCDEFGHIJKLMNOPQRSTU",
        "allocation_number, 1234567890",
        "allocation_number, 1001A",
        "category, 4",
        "category, 451",
        "category, 4-",
        "code, 45A012",
        "product_start, 2026-03-32",
        "product_end, 2026/03/31",
        "volume, 1.5",
        "volume, -1",
        "unit, 05",
        "unit, 4",
        "dc, X"})
    void aMalformedLineFieldFails(String columnName, String value) {
        DeclarationColumn column = DeclarationColumn.byColumnName(columnName);
        TestLine line = TestLine.hoorn("R2", 1).set(column, value);
        if (column == DeclarationColumn.VOLUME) {
            line.amount(8550);
        }
        TestDeclaration declaration = valid().line(line);
        if (column == DeclarationColumn.DC) {
            declaration.set(DeclarationColumn.TOTAL_CENTS, "68400");
        }
        assertThat(rules(declaration)).containsExactly("FIELD:" + columnName);
    }

    @Test
    void amountsVolumeAndTariffHaveAtMostEightDigits() {
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).amount(123456789L))
                .set(DeclarationColumn.TOTAL_CENTS, "123525189")))
                .containsExactly("FIELD:amount_cents");
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).set(DeclarationColumn.TARIFF_CENTS, "123456789"))
                .set(DeclarationColumn.TOTAL_CENTS, "68400")))
                .contains("FIELD:tariff_cents");
        TestLine euros = TestLine.debit("R2", "1005", BSN_1, "47", "47X01", "2026-03-01", "2026-03-31",
                12345678, "83", null);
        assertThat(rules(valid().line(euros))).isEmpty();
        assertThat(rules(valid().line(euros.volume(123456789L).amount(1))
                .set(DeclarationColumn.TOTAL_CENTS, "68401"))).containsExactly("FIELD:volume");
    }

    @Test
    void aReferenceOfTwentyCharactersPasses() {
        assertThat(rules(TestDeclaration.of(AGB_A, HOORN, "JW", "2026-03")
                .line(TestLine.hoorn("ABCDEFGHIJKLMNOPQRST", 8)))).isEmpty();
        assertThat(rules(TestDeclaration.of(AGB_A, HOORN, "JW", "2026-03")
                .line(TestLine.hoorn("R1", 8).credit("ABCDEFGHIJKLMNOPQRSTU"))))
                .containsExactly("FIELD:previous_reference");
    }

    @Test
    void theAllocationNumberHasAtMostNineDigits() {
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).set(DeclarationColumn.ALLOCATION_NUMBER,
                "123456789")))).isEmpty();
    }

    @Test
    void aTariffIsRequiredUnlessTheUnitIs83() {
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).set(DeclarationColumn.TARIFF_CENTS, null)
                .amount(8550)))).containsExactly("FIELD:tariff_cents");
        TestLine euros = TestLine.debit("R2", "1005", BSN_1, "47", "47X01", "2026-03-01", "2026-03-31", 5000,
                "83", null);
        assertThat(rules(valid().line(euros))).isEmpty();
    }

    @Test
    void aTariffGivenWithUnit83IsIgnored() {
        TestLine euros = TestLine.debit("R2", "1005", BSN_1, "47", "47X01", "2026-03-01", "2026-03-31", 5000,
                "83", null).set(DeclarationColumn.TARIFF_CENTS, "not a number");
        TechnicalResult result = TechnicalCheck.check(valid().line(euros).raw());

        assertThat(result).isInstanceOf(TechnicalResult.Passed.class);
        assertThat(((TechnicalResult.Passed) result).declaration().lines().get(1).tariffCents()).isNull();
    }

    @Test
    void aMalformedTariffIsJudgedEvenWhenTheUnitIsUnreadable() {
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).set(DeclarationColumn.UNIT, "99")
                .set(DeclarationColumn.TARIFF_CENTS, "x").amount(8550))))
                .containsExactly("FIELD:unit", "FIELD:tariff_cents");
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).set(DeclarationColumn.UNIT, "99")
                .set(DeclarationColumn.TARIFF_CENTS, null).amount(8550))))
                .containsExactly("FIELD:unit");
    }

    @Test
    void aDeclarationWithoutLinesFails() {
        assertThat(rules(TestDeclaration.of(AGB_A, HOORN, "JW", "2026-03"))).containsExactly("FIELD:lines");
    }

    @ParameterizedTest(name = "{0} .. {1}")
    @CsvSource({
        "2026-03-01, 2026-03-30",
        "2026-03-02, 2026-03-31",
        "2026-03-02, 2026-04-01",
        "2026-03-01, 2026-04-30",
        "2026-02-01, 2026-02-29",
        "2026-03-31, 2026-03-01"})
    void aPeriodThatIsNotOneCalendarMonthFails(String start, String end) {
        List<String> rules = rules(valid().set(DeclarationColumn.PERIOD_START, start)
                .set(DeclarationColumn.PERIOD_END, end));
        if (end.equals("2026-02-29")) {
            assertThat(rules).containsExactly("FIELD:period_end");
        } else {
            assertThat(rules).containsExactly("CS340");
        }
    }

    @ParameterizedTest(name = "{0} .. {1}")
    @CsvSource({"2026-02-01, 2026-02-28", "2024-02-01, 2024-02-29", "2026-12-01, 2026-12-31"})
    void aCalendarMonthPasses(String start, String end) {
        assertThat(rules(valid().set(DeclarationColumn.PERIOD_START, start).set(DeclarationColumn.PERIOD_END, end)))
                .isEmpty();
    }

    @Test
    void aBsnFailingTheElevenProofFailsAsCs002() {
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).set(DeclarationColumn.BSN, BSN_BAD_PROOF))))
                .containsExactly("CS002");
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).set(DeclarationColumn.BSN, "999999990"))))
                .isEmpty();
    }

    @Test
    void theTotalMustEqualDebitsMinusCreditsSignedByTotalDc() {
        assertThat(rules(valid().set(DeclarationColumn.TOTAL_CENTS, "68401"))).containsExactly("TR358");
        assertThat(rules(valid().set(DeclarationColumn.TOTAL_DC, "C"))).containsExactly("TR358");

        TestDeclaration mixed = valid().line(TestLine.hoorn("R2", 4).credit("R0"));
        assertThat(rules(mixed.set(DeclarationColumn.TOTAL_CENTS, "34200").set(DeclarationColumn.TOTAL_DC, "D")))
                .isEmpty();
        assertThat(rules(mixed.set(DeclarationColumn.TOTAL_DC, "C"))).containsExactly("TR358");

        TestDeclaration creditOnly = TestDeclaration.of(AGB_A, HOORN, "JW", "2026-03")
                .line(TestLine.hoorn("R2", 4).credit("R0"));
        assertThat(rules(creditOnly.set(DeclarationColumn.TOTAL_CENTS, "34200").set(DeclarationColumn.TOTAL_DC,
                "C"))).isEmpty();
        assertThat(rules(creditOnly.set(DeclarationColumn.TOTAL_DC, "D"))).containsExactly("TR358");
    }

    @Test
    void aZeroAmountMarkedCreditFails() {
        assertThat(rules(valid().line(TestLine.hoorn("R2", 0).credit("R0")))).containsExactly("CS325");
        assertThat(rules(valid().line(TestLine.hoorn("R2", 0)))).isEmpty();
        assertThat(rules(TestDeclaration.of(AGB_A, HOORN, "JW", "2026-03").line(TestLine.hoorn("R1", 0))
                .set(DeclarationColumn.TOTAL_CENTS, "0").set(DeclarationColumn.TOTAL_DC, "C")))
                .containsExactly("CS325");
        assertThat(rules(TestDeclaration.of(AGB_A, HOORN, "JW", "2026-03").line(TestLine.hoorn("R1", 0))
                .set(DeclarationColumn.TOTAL_CENTS, "0").set(DeclarationColumn.TOTAL_DC, "D"))).isEmpty();
    }

    @Test
    void aProductEndBeforeItsStartFails() {
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).period("2026-03-02", "2026-03-01"))))
                .containsExactly("TR137");
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).period("2026-03-02", "2026-03-02")))).isEmpty();
    }

    @Test
    void aCreditNeedsAPreviousReferenceAndADebitMustNotHaveOne() {
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).set(DeclarationColumn.DC, "C"))
                .set(DeclarationColumn.TOTAL_CENTS, "59850"))).containsExactly("CD060");
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).set(DeclarationColumn.PREVIOUS_REFERENCE, "R0"))))
                .containsExactly("CD060");
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1).credit("R0")))).isEmpty();
    }

    @Test
    void aReferenceUsedTwiceFails() {
        assertThat(rules(valid().line(TestLine.hoorn("R1", 1)))).containsExactly("TR101");
        assertThat(rules(valid().line(TestLine.hoorn("R1", 1).credit("R0")))).containsExactly("TR101");
        assertThat(rules(valid().line(TestLine.hoorn("R2", 1)))).isEmpty();
    }

    @Test
    void aDebitAndItsOwnCreditInOneDeclarationFail() {
        assertThat(rules(valid().line(TestLine.hoorn("R2", 8).credit("R1")))).containsExactly("TR316");
        assertThat(rules(valid().line(TestLine.hoorn("R2", 8).credit("R0")))).isEmpty();
    }

    @Test
    void aPreviousReferenceEqualToItsOwnReferenceFails() {
        assertThat(rules(valid().line(TestLine.hoorn("R2", 8).credit("R2")))).containsExactly("TR316");
    }

    @Test
    void ruleNamesComeInTheirStableOrderEachOnce() {
        TestDeclaration declaration = TestDeclaration.of(AGB_A, HOORN, "JW", "2026-03")
                .set(DeclarationColumn.PERIOD_END, "2026-03-30")
                .line(TestLine.hoorn("R1", 1).set(DeclarationColumn.BSN, BSN_BAD_PROOF)
                        .period("2026-03-05", "2026-03-04"))
                .line(TestLine.hoorn("R2", 0).credit("R1"))
                .line(TestLine.hoorn("R3", 1).set(DeclarationColumn.PREVIOUS_REFERENCE, "X"))
                .line(TestLine.hoorn("R3", 1).set(DeclarationColumn.BSN, BSN_BAD_PROOF))
                .set(DeclarationColumn.TOTAL_CENTS, "1");

        assertThat(rules(declaration))
                .containsExactly("CS340", "CS002", "TR358", "CS325", "TR137", "CD060", "TR101", "TR316");
    }

    @Test
    void readerProblemsComeFirstThenFieldsInColumnOrder() {
        TestDeclaration declaration = valid()
                .problem("HEADER_MISMATCH").problem("FIELD_COUNT").problem("HEADER_MISMATCH")
                .set(DeclarationColumn.LAW, "X")
                .set(DeclarationColumn.MESSAGE_ID, null)
                .line(TestLine.hoorn("R2", 1).set(DeclarationColumn.CODE, null).set(DeclarationColumn.BSN, "1"))
                .line(TestLine.hoorn("R3", 1).set(DeclarationColumn.BSN, "2"))
                .set(DeclarationColumn.PERIOD_END, "2026-03-30");

        assertThat(rules(declaration)).containsExactly("HEADER_MISMATCH", "FIELD_COUNT", "FIELD:message_id",
                "FIELD:law", "FIELD:bsn", "FIELD:code", "CS340");
    }

    @Test
    void aReaderProblemAloneFails() {
        assertThat(rules(valid().problem("FIELD_COUNT"))).containsExactly("FIELD_COUNT");
    }
}
