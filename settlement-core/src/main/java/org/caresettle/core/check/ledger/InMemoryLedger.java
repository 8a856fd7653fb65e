package org.caresettle.core.check.ledger;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caresettle.core.value.AgbCode;

/**
 * A {@link Ledger} in hash maps. The batch shell fills it from the database at the start of a
 * run ({@link #load}) and the checks update it as they accept lines; the database stays the
 * record, this is the working copy. Not thread-safe: a run checks declarations one by one, as
 * the processing order requires.
 */
public final class InMemoryLedger implements Ledger {

    private final Set<ProviderKey> messageIds = new HashSet<>();
    private final Set<ProviderKey> declarationNumbers = new HashSet<>();
    private final Set<ProviderKey> references = new HashSet<>();
    private final Map<ProviderKey, AcceptedDebit> debits = new HashMap<>();
    private final Map<DebitSlot, Integer> openDebits = new HashMap<>();
    private final Map<MonthKey, Long> monthVolumes = new HashMap<>();
    private final Map<AllocationRef, Long> volumes = new HashMap<>();
    private final Map<AllocationRef, Long> amounts = new HashMap<>();
    /**
     * One instance of each provider, municipality, allocation number, product and date the debits
     * name. A national ledger holds every accepted debit ever (a million after one month), and
     * without this each kept its own copies of values shared by thousands: measured at 1M lines,
     * the live heap grew by about 450 bytes per line and G1 spent a third of the ingest collecting.
     */
    private final Map<Object, Object> canonical = new HashMap<>();

    /**
     * Loads what earlier runs left: every receipt and every accepted debit with its credited
     * flag as it stands now. Credits need no separate load: a credited debit already counts for
     * nothing, and the credits' references come with their receipts.
     */
    public InMemoryLedger load(Collection<Receipt> receipts, Collection<AcceptedDebit> acceptedDebits) {
        receipts.forEach(this::recordReceipt);
        acceptedDebits.forEach(this::recordAcceptedDebit);
        return this;
    }

    @Override
    public boolean messageIdReceived(AgbCode provider, String messageId) {
        return messageIds.contains(new ProviderKey(provider, messageId));
    }

    @Override
    public boolean declarationNumberReceived(AgbCode provider, String declarationNumber) {
        return declarationNumbers.contains(new ProviderKey(provider, declarationNumber));
    }

    @Override
    public boolean referenceSent(AgbCode provider, String reference) {
        return references.contains(new ProviderKey(provider, reference));
    }

    @Override
    public Optional<AcceptedDebit> acceptedDebit(AgbCode provider, String reference) {
        return Optional.ofNullable(debits.get(new ProviderKey(provider, reference)));
    }

    @Override
    public boolean hasOpenDebit(DebitSlot slot) {
        return openDebits.getOrDefault(slot, 0) > 0;
    }

    @Override
    public long netVolumeInMonth(AllocationRef allocation, YearMonth month) {
        return monthVolumes.getOrDefault(new MonthKey(allocation, month), 0L);
    }

    @Override
    public long netVolume(AllocationRef allocation) {
        return volumes.getOrDefault(allocation, 0L);
    }

    @Override
    public long netAmountCents(AllocationRef allocation) {
        return amounts.getOrDefault(allocation, 0L);
    }

    @Override
    public void recordReceipt(Receipt receipt) {
        if (receipt.messageId() != null) {
            messageIds.add(new ProviderKey(receipt.provider(), receipt.messageId()));
        }
        if (receipt.declarationNumber() != null) {
            declarationNumbers.add(new ProviderKey(receipt.provider(), receipt.declarationNumber()));
        }
        receipt.references().forEach(reference -> references.add(new ProviderKey(receipt.provider(), reference)));
    }

    @Override
    public void recordAcceptedDebit(AcceptedDebit accepted) {
        AcceptedDebit debit = compact(accepted);
        ProviderKey key = new ProviderKey(debit.provider(), debit.reference());
        if (debits.containsKey(key)) {
            // 8021 makes a reference unique per provider; a second one would corrupt the sums.
            throw new IllegalStateException("debit reference accepted twice for provider " + debit.provider());
        }
        debits.put(key, debit);
        references.add(key);
        if (!debit.credited()) {
            count(debit, 1);
        }
    }

    @Override
    public void recordAcceptedCredit(AgbCode provider, String creditReference, String debitReference) {
        ProviderKey key = new ProviderKey(provider, debitReference);
        AcceptedDebit debit = debits.get(key);
        if (debit == null || debit.credited()) {
            throw new IllegalStateException("no open debit to credit for provider " + provider);
        }
        debits.put(key, debit.asCredited());
        references.add(new ProviderKey(provider, creditReference));
        count(debit, -1);
    }

    private void count(AcceptedDebit debit, int sign) {
        openDebits.merge(debit.slot(), sign, Integer::sum);
        monthVolumes.merge(new MonthKey(debit.allocation(), debit.startMonth()), sign * debit.volume(), Long::sum);
        volumes.merge(debit.allocation(), sign * debit.volume(), Long::sum);
        amounts.merge(debit.allocation(), sign * debit.amountCents(), Long::sum);
    }

    private AcceptedDebit compact(AcceptedDebit d) {
        return new AcceptedDebit(canonical(d.provider()), d.reference(), canonical(d.municipality()), d.law(),
                canonical(d.allocationNumber()), canonical(d.product()), canonical(d.productStart()),
                canonical(d.productEnd()), d.volume(), d.amountCents(), d.credited());
    }

    @SuppressWarnings("unchecked") // a value is only ever mapped to itself
    private <T> T canonical(T value) {
        return value == null ? null : (T) canonical.computeIfAbsent(value, v -> v);
    }

    private record ProviderKey(AgbCode provider, String value) {
    }

    private record MonthKey(AllocationRef allocation, YearMonth month) {
    }
}
