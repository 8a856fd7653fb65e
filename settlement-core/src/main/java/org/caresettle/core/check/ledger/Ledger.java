package org.caresettle.core.check.ledger;

import java.time.YearMonth;
import java.util.Optional;
import org.caresettle.core.value.AgbCode;

/**
 * Everything the cumulative checks must see of what came before: earlier runs and earlier in
 * this run, in processing order (SPEC 4). The checks read it; the decider records each accepted
 * line at once, so the next line already sees it. Volumes and amounts are net of credits.
 */
public interface Ledger {

    /** 9056: this provider already sent a declaration with this message id. */
    boolean messageIdReceived(AgbCode provider, String messageId);

    /** 9333: this provider already sent a declaration with this number. */
    boolean declarationNumberReceived(AgbCode provider, String declarationNumber);

    /** 8021: this provider already sent a line (debit or credit, accepted or rejected) with this reference. */
    boolean referenceSent(AgbCode provider, String reference);

    /** The accepted debit this provider sent under this reference, credited or not (8017, 9390, 9346). */
    Optional<AcceptedDebit> acceptedDebit(AgbCode provider, String reference);

    /** 9389: an accepted, not credited debit occupies this slot. */
    boolean hasOpenDebit(DebitSlot slot);

    /** 9321: net accepted volume of the allocation in the calendar month of product start. */
    long netVolumeInMonth(AllocationRef allocation, YearMonth month);

    /** 9322: net accepted volume of the allocation over its whole life. */
    long netVolume(AllocationRef allocation);

    /** 9369: net accepted (declared) amounts of the allocation, in cents. */
    long netAmountCents(AllocationRef allocation);

    /** Registers a read declaration: its message id, declaration number and line references. */
    void recordReceipt(Receipt receipt);

    /** Registers an accepted debit; one already marked credited does not count in the sums. */
    void recordAcceptedDebit(AcceptedDebit debit);

    /**
     * Registers an accepted credit of the provider's debit {@code debitReference}: the debit
     * counts as credited and leaves the sums; {@code creditReference} counts as sent.
     */
    void recordAcceptedCredit(AgbCode provider, String creditReference, String debitReference);
}
