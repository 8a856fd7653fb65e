package org.caresettle.batch.ingest;

import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.check.Verdict;
import org.caresettle.core.check.ledger.AcceptedDebit;
import org.caresettle.core.check.ledger.InMemoryLedger;
import org.caresettle.core.check.ledger.Receipt;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds the cumulative state of the checks from what earlier runs stored: every message id,
 * declaration number and line reference received per provider, and every accepted debit with
 * whether it was credited. Loaded once per part of a run, for that part's providers only: every
 * piece of the state belongs to one provider (allocations through 9338), so a part that ingests
 * only their files needs no other, and memory stays that part's share (issue 6). The checks then
 * keep it up to date themselves.
 */
@Repository
class LedgerRepository {

    private final DSLContext dsl;

    LedgerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    InMemoryLedger load(Collection<String> providers) {
        InMemoryLedger ledger = new InMemoryLedger();
        return providers.isEmpty() ? ledger : ledger.load(receipts(providers), acceptedDebits(providers));
    }

    private List<Receipt> receipts(Collection<String> providers) {
        List<Receipt> receipts = new ArrayList<>();
        dsl.select(DECLARATION.PROVIDER_AGB, DECLARATION.MESSAGE_ID, DECLARATION.DECLARATION_NUMBER)
                .from(DECLARATION)
                .where(DECLARATION.PROVIDER_AGB.in(providers))
                .forEach(r -> receipts.add(new Receipt(AgbCode.of(r.value1()), r.value2(), r.value3(), List.of())));
        Map<String, List<String>> references = new HashMap<>();
        dsl.select(DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.REFERENCE)
                .from(DECLARATION_LINE)
                .where(DECLARATION_LINE.PROVIDER_AGB.in(providers).and(DECLARATION_LINE.REFERENCE.isNotNull()))
                .forEach(r -> references.computeIfAbsent(r.value1(), p -> new ArrayList<>()).add(r.value2()));
        references.forEach((provider, refs) -> receipts.add(new Receipt(AgbCode.of(provider), null, null, refs)));
        return receipts;
    }

    private List<AcceptedDebit> acceptedDebits(Collection<String> providers) {
        var l = DECLARATION_LINE;
        return dsl.select(l.PROVIDER_AGB, l.REFERENCE, l.MUNICIPALITY_CODE, l.LAW, l.ALLOCATION_NUMBER, l.CATEGORY,
                        l.CODE, l.PRODUCT_START, l.PRODUCT_END, l.VOLUME, l.AMOUNT_CENTS, l.CREDITED_BY_LINE_ID)
                .from(l)
                .where(l.PROVIDER_AGB.in(providers).and(l.VERDICT.eq(Verdict.ACCEPTED)).and(l.DC.eq("D")))
                .orderBy(l.LINE_ID)
                .fetch(r -> {
                    Law law = Law.parse(r.value4());
                    return new AcceptedDebit(AgbCode.of(r.value1()), r.value2(), MunicipalityCode.of(r.value3()), law,
                            r.value5(), new Product(law, r.value6(), r.value7()), r.value8(), r.value9(),
                            r.value10(), r.value11(), r.value12() != null);
                });
    }
}
