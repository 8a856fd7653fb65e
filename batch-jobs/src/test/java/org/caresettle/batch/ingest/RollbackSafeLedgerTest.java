package org.caresettle.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.core.check.ledger.AcceptedDebit;
import org.caresettle.core.check.ledger.AllocationRef;
import org.caresettle.core.check.ledger.InMemoryLedger;
import org.caresettle.core.check.ledger.Receipt;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the decider records in a transaction that rolls back is forgotten: the ledger then answers as
 * the database does, whose committed lines are here a list that only committed work adds to. So a
 * step that goes on after a failed chunk (a skip or retry policy) checks the next files against
 * what was stored, not against lines that were rolled back.
 */
class RollbackSafeLedgerTest {

    private static final AgbCode PROVIDER = AgbCode.of("12345678");
    private static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    private static final AllocationRef ALLOCATION = new AllocationRef(HOORN, "1001");

    private final List<AcceptedDebit> committed = new ArrayList<>();
    private int loads;
    private final RollbackSafeLedger ledger = new RollbackSafeLedger(() -> {
        loads++;
        return new InMemoryLedger().load(List.of(), committed);
    });
    private final TransactionTemplate transaction = new TransactionTemplate(new ResourcelessTransactionManager());

    @Test
    void aRolledBackChunkLeavesNoTrace() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            ledger.recordAcceptedDebit(debit("R1"));
            ledger.recordReceipt(new Receipt(PROVIDER, "MSG-1", "D1", List.of("R1")));
            assertThat(ledger.netVolume(ALLOCATION)).isEqualTo(8);
            throw new IllegalStateException("the chunk's insert failed");
        })).hasMessage("the chunk's insert failed");

        assertThat(ledger.netVolume(ALLOCATION)).isZero();
        assertThat(ledger.referenceSent(PROVIDER, "R1")).isFalse();
        assertThat(ledger.messageIdReceived(PROVIDER, "MSG-1")).isFalse();
        // and the retried chunk is decided as the first try was, not against its own earlier lines
        transaction.executeWithoutResult(status -> {
            assertThat(ledger.referenceSent(PROVIDER, "R1")).isFalse();
            ledger.recordAcceptedDebit(debit("R1"));
        });
        assertThat(ledger.netVolume(ALLOCATION)).isEqualTo(8);
    }

    @Test
    void aCommittedChunkIsKeptWithoutReadingTheDatabaseAgain() {
        transaction.executeWithoutResult(status -> ledger.recordAcceptedDebit(debit("R1")));
        transaction.executeWithoutResult(status -> ledger.recordAcceptedDebit(debit("R2")));

        assertThat(ledger.netVolume(ALLOCATION)).isEqualTo(16);
        assertThat(loads).isOne();
    }

    @Test
    void aChangeOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> ledger.recordAcceptedDebit(debit("R1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only inside a transaction");
        assertThat(ledger.referenceSent(PROVIDER, "R1")).isFalse();
    }

    private static AcceptedDebit debit(String reference) {
        LocalDate day = LocalDate.of(2026, 3, 2);
        return new AcceptedDebit(PROVIDER, reference, HOORN, Law.JW, "1001", new Product(Law.JW, "45", "45A01"),
                day, day, 8, 68400, false);
    }
}
