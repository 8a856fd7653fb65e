package org.caresettle.core.check.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;
import org.junit.jupiter.api.Test;

class InMemoryLedgerTest {

    private static final AgbCode A = AgbCode.of("12345678");
    private static final AgbCode B = AgbCode.of("87654321");
    private static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    private static final AllocationRef ALLOCATION = new AllocationRef(HOORN, "1001");
    private static final Product PRODUCT = new Product(Law.JW, "45", "45A01");

    private static AcceptedDebit debit(String reference, String start, String end, long volume, long amount,
            boolean credited) {
        return new AcceptedDebit(A, reference, HOORN, Law.JW, "1001", PRODUCT, LocalDate.parse(start),
                LocalDate.parse(end), volume, amount, credited);
    }

    @Test
    void bulkLoadCountsOpenDebitsOnly() {
        InMemoryLedger ledger = new InMemoryLedger().load(
                List.of(new Receipt(A, "M1", "D1", List.of("R1", "R2", "C1"))),
                List.of(debit("R1", "2026-03-01", "2026-03-31", 8, 68400, true),
                        debit("R2", "2026-03-01", "2026-03-15", 4, 34200, false),
                        debit("R3", "2026-02-01", "2026-02-28", 2, 17100, false)));

        assertThat(ledger.netVolumeInMonth(ALLOCATION, YearMonth.of(2026, 3))).isEqualTo(4);
        assertThat(ledger.netVolumeInMonth(ALLOCATION, YearMonth.of(2026, 2))).isEqualTo(2);
        assertThat(ledger.netVolume(ALLOCATION)).isEqualTo(6);
        assertThat(ledger.netAmountCents(ALLOCATION)).isEqualTo(51300);
        assertThat(ledger.hasOpenDebit(debit("X", "2026-03-01", "2026-03-31", 0, 0, false).slot())).isFalse();
        assertThat(ledger.hasOpenDebit(debit("X", "2026-03-01", "2026-03-15", 0, 0, false).slot())).isTrue();
        assertThat(ledger.acceptedDebit(A, "R1")).get().extracting(AcceptedDebit::credited).isEqualTo(true);
        assertThat(ledger.messageIdReceived(A, "M1")).isTrue();
        assertThat(ledger.messageIdReceived(B, "M1")).isFalse();
        assertThat(ledger.declarationNumberReceived(A, "D1")).isTrue();
        assertThat(ledger.referenceSent(A, "C1")).isTrue();
        assertThat(ledger.referenceSent(A, "R3")).isTrue();
        assertThat(ledger.referenceSent(B, "R3")).isFalse();
    }

    @Test
    void aCreditTakesTheDebitOutOfItsMonthAndMarksItCredited() {
        InMemoryLedger ledger = new InMemoryLedger();
        ledger.recordAcceptedDebit(debit("R1", "2026-02-01", "2026-02-28", 8, 68400, false));

        ledger.recordAcceptedCredit(A, "C1", "R1");

        assertThat(ledger.netVolumeInMonth(ALLOCATION, YearMonth.of(2026, 2))).isZero();
        assertThat(ledger.netVolume(ALLOCATION)).isZero();
        assertThat(ledger.netAmountCents(ALLOCATION)).isZero();
        assertThat(ledger.acceptedDebit(A, "R1")).get().extracting(AcceptedDebit::credited).isEqualTo(true);
        assertThat(ledger.referenceSent(A, "C1")).isTrue();
        assertThatThrownBy(() -> ledger.recordAcceptedCredit(A, "C2", "R1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReferenceCannotBeAcceptedTwice() {
        InMemoryLedger ledger = new InMemoryLedger();
        ledger.recordAcceptedDebit(debit("R1", "2026-02-01", "2026-02-28", 8, 68400, false));

        assertThatThrownBy(() -> ledger.recordAcceptedDebit(debit("R1", "2026-03-01", "2026-03-31", 1, 1, false)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReceiptWithUnreadableParts() {
        InMemoryLedger ledger = new InMemoryLedger();
        ledger.recordReceipt(new Receipt(A, null, null, List.of()));

        assertThat(ledger.messageIdReceived(A, null)).isFalse();
    }
}
