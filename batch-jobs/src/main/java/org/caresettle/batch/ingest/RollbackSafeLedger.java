package org.caresettle.batch.ingest;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;
import org.caresettle.core.check.ledger.AcceptedDebit;
import org.caresettle.core.check.ledger.AllocationRef;
import org.caresettle.core.check.ledger.DebitSlot;
import org.caresettle.core.check.ledger.InMemoryLedger;
import org.caresettle.core.check.ledger.Ledger;
import org.caresettle.core.check.ledger.Receipt;
import org.caresettle.core.value.AgbCode;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ingest's ledger, kept in step with the database across rollbacks. The core's decider
 * changes the ledger in memory as it accepts lines, inside a chunk's transaction. Should that
 * transaction roll back, the database forgets the chunk's lines, and a plain in-memory ledger that
 * still counted them would check later declarations against lines never stored (a false 8021,
 * 9389, 9321 ...), or, after a retry, count them twice. So every change joins the transaction it
 * happens in, and a transaction that does not commit drops the working copy: the next use loads it
 * again from the database, which then holds exactly what was committed. This holds whether a
 * rollback fails the step (as now) or the step goes on after it (a skip or retry policy). A change
 * outside a transaction is refused, since nothing could undo it. One per part of the inbox; not
 * thread-safe, as the part's declarations are decided one by one.
 */
final class RollbackSafeLedger implements Ledger {

    private final Supplier<InMemoryLedger> loadCommitted;
    private InMemoryLedger workingCopy;
    /** Whether the current transaction already knows to drop the working copy if it does not commit. */
    private boolean joined;

    /** Loads the working copy at once; {@code loadCommitted} reads what the database holds. */
    RollbackSafeLedger(Supplier<InMemoryLedger> loadCommitted) {
        this.loadCommitted = loadCommitted;
        this.workingCopy = loadCommitted.get();
    }

    @Override
    public boolean messageIdReceived(AgbCode provider, String messageId) {
        return ledger().messageIdReceived(provider, messageId);
    }

    @Override
    public boolean declarationNumberReceived(AgbCode provider, String declarationNumber) {
        return ledger().declarationNumberReceived(provider, declarationNumber);
    }

    @Override
    public boolean referenceSent(AgbCode provider, String reference) {
        return ledger().referenceSent(provider, reference);
    }

    @Override
    public Optional<AcceptedDebit> acceptedDebit(AgbCode provider, String reference) {
        return ledger().acceptedDebit(provider, reference);
    }

    @Override
    public boolean hasOpenDebit(DebitSlot slot) {
        return ledger().hasOpenDebit(slot);
    }

    @Override
    public long netVolumeInMonth(AllocationRef allocation, YearMonth month) {
        return ledger().netVolumeInMonth(allocation, month);
    }

    @Override
    public long netVolume(AllocationRef allocation) {
        return ledger().netVolume(allocation);
    }

    @Override
    public long netAmountCents(AllocationRef allocation) {
        return ledger().netAmountCents(allocation);
    }

    @Override
    public void recordReceipt(Receipt receipt) {
        changing().recordReceipt(receipt);
    }

    @Override
    public void recordAcceptedDebit(AcceptedDebit debit) {
        changing().recordAcceptedDebit(debit);
    }

    @Override
    public void recordAcceptedCredit(AgbCode provider, String creditReference, String debitReference) {
        changing().recordAcceptedCredit(provider, creditReference, debitReference);
    }

    /**
     * The working copy, loaded again after a transaction that did not commit. That reload happens
     * at the first check of the next transaction, before it stores anything, so it reads only
     * committed lines.
     */
    private InMemoryLedger ledger() {
        if (workingCopy == null) {
            workingCopy = loadCommitted.get();
        }
        return workingCopy;
    }

    private InMemoryLedger changing() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("the ledger changes only inside a transaction, which can undo the change");
        }
        InMemoryLedger ledger = ledger();
        if (!joined) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    joined = false;
                    if (status != STATUS_COMMITTED) {
                        workingCopy = null;
                    }
                }
            });
            joined = true;
        }
        return ledger;
    }
}
