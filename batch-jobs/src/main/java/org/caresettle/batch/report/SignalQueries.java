package org.caresettle.batch.report;

import static org.caresettle.schema.jooq.Tables.ALLOCATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.caresettle.schema.jooq.Tables.OUTCOME;
import static org.caresettle.schema.jooq.Tables.REFERENCE_LOAD;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caresettle.batch.privacy.ClientPseudonyms;
import org.caresettle.core.check.Verdict;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.signals.ProductCost;
import org.caresettle.core.signals.ProviderActivity;
import org.caresettle.core.signals.SharedClient;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.schema.jooq.tables.Declaration;
import org.caresettle.schema.jooq.tables.DeclarationLine;
import org.caresettle.schema.jooq.tables.InboxFile;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * What {@code signals.csv} (issue 16 item 3) is computed from, per provider for period P: counts and line
 * references of P's declarations, the allocations' volumes, credits and the lines declared after them,
 * costs and clients per product, ACHIEVED outcomes, and the clients several providers declared in P.
 * A BSN is read only to tell clients apart and becomes a pseudonym at once; none leaves this class.
 */
@Repository
class SignalQueries {

    private static final DeclarationLine LINE = DECLARATION_LINE.as("l");
    private static final DeclarationLine DEBIT = DECLARATION_LINE.as("d");
    private static final DeclarationLine AGAIN = DECLARATION_LINE.as("n");
    // "Declared again after the credit" in the inbox's processing order, never in line_id order: line ids
    // depend on which worker stored a file first, so a distributed run would see another order.
    private static final Declaration LINE_DECLARATION = DECLARATION.as("ld");
    private static final InboxFile LINE_FILE = INBOX_FILE.as("lf");
    private static final Declaration AGAIN_DECLARATION = DECLARATION.as("nd");
    private static final InboxFile AGAIN_FILE = INBOX_FILE.as("nf");

    private final DSLContext dsl;
    private final ClientPseudonyms pseudonyms;

    SignalQueries(DSLContext dsl, ClientPseudonyms pseudonyms) {
        this.dsl = dsl;
        this.pseudonyms = pseudonyms;
    }

    private static final class Activity {
        long received;
        long rejected;
        long receivedBefore;
        long rejectedBefore;
        long acceptedDebits;
        final List<String> rejectedReferences = new ArrayList<>();
        final List<String> atCap = new ArrayList<>();
        final List<String> redeclared = new ArrayList<>();
        final List<ProviderActivity.Achieved> achieved = new ArrayList<>();
    }

    List<ProviderActivity> activities(Period period) {
        Map<String, Activity> activities = new TreeMap<>();
        Field<BigDecimal> rejected = sum(when(DECLARATION_LINE.VERDICT.eq(Verdict.REJECTED), inline(1)).otherwise(inline(0)));
        Field<BigDecimal> acceptedDebits = sum(when(DECLARATION_LINE.VERDICT.eq(Verdict.ACCEPTED)
                .and(DECLARATION_LINE.DC.eq("D")), inline(1)).otherwise(inline(0)));
        dsl.select(DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.SETTLEMENT_PERIOD, DSL.count(), rejected, acceptedDebits)
                .from(DECLARATION_LINE)
                .where(DECLARATION_LINE.SETTLEMENT_PERIOD.in(period.toString(), period.previous().toString())
                        .and(DECLARATION_LINE.PROVIDER_AGB.isNotNull()))
                .groupBy(DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.SETTLEMENT_PERIOD)
                .forEach(r -> {
                    Activity a = activities.computeIfAbsent(r.value1(), p -> new Activity());
                    if (period.toString().equals(r.value2())) {
                        a.received = r.value3();
                        a.rejected = r.value4().longValue();
                        a.acceptedDebits = r.value5().longValue();
                    } else {
                        a.receivedBefore = r.value3();
                        a.rejectedBefore = r.value4().longValue();
                    }
                });
        dsl.select(DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.REFERENCE)
                .from(DECLARATION_LINE)
                .where(DECLARATION_LINE.SETTLEMENT_PERIOD.eq(period.toString())
                        .and(DECLARATION_LINE.VERDICT.eq(Verdict.REJECTED))
                        .and(DECLARATION_LINE.PROVIDER_AGB.isNotNull()))
                .orderBy(DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.REFERENCE)
                .forEach(r -> activities.get(r.value1()).rejectedReferences.add(String.valueOf(r.value2())));
        atCap(period, activities);
        redeclared(period, activities);
        achieved(period, activities);
        List<ProviderActivity> result = new ArrayList<>();
        activities.forEach((agb, a) -> result.add(new ProviderActivity(agb, a.received, a.rejected, a.receivedBefore,
                a.rejectedBefore, a.rejectedReferences, a.acceptedDebits, a.atCap, a.redeclared, a.achieved)));
        return result;
    }

    /**
     * Accepted debits of P at exactly their allocation's volume, for allocations with a monthly volume
     * (frequency 4): there the volume is the month's cap itself.
     */
    private void atCap(Period period, Map<String, Activity> activities) {
        dsl.select(LINE.PROVIDER_AGB, LINE.REFERENCE)
                .from(LINE)
                .join(ALLOCATION).on(ALLOCATION.MUNICIPALITY_CODE.eq(LINE.MUNICIPALITY_CODE)
                        .and(ALLOCATION.ALLOCATION_NUMBER.eq(LINE.ALLOCATION_NUMBER))
                        .and(ALLOCATION.LOAD_ID.eq(latestLoad(ReferenceFile.ALLOCATIONS))))
                .where(acceptedDebitOf(LINE, period)
                        .and(ALLOCATION.FREQUENCY.eq("4"))
                        .and(LINE.VOLUME.eq(ALLOCATION.VOLUME)))
                .orderBy(LINE.PROVIDER_AGB, LINE.REFERENCE)
                .forEach(r -> activities.computeIfAbsent(r.value1(), p -> new Activity()).atCap.add(r.value2()));
    }

    /** Accepted credits of P whose debit's allocation, code and dates were declared again, accepted, after the credit. */
    private void redeclared(Period period, Map<String, Activity> activities) {
        dsl.select(LINE.PROVIDER_AGB, LINE.REFERENCE, DSL.min(AGAIN.REFERENCE))
                .from(LINE)
                .join(DEBIT).on(DEBIT.LINE_ID.eq(LINE.REVERSES_LINE_ID))
                .join(AGAIN).on(AGAIN.PROVIDER_AGB.eq(DEBIT.PROVIDER_AGB)
                        .and(AGAIN.MUNICIPALITY_CODE.eq(DEBIT.MUNICIPALITY_CODE))
                        .and(AGAIN.ALLOCATION_NUMBER.eq(DEBIT.ALLOCATION_NUMBER))
                        .and(AGAIN.PRODUCT_START.eq(DEBIT.PRODUCT_START))
                        .and(AGAIN.PRODUCT_END.eq(DEBIT.PRODUCT_END))
                        .and(AGAIN.CODE.isNotDistinctFrom(DEBIT.CODE))
                        .and(AGAIN.VERDICT.eq(Verdict.ACCEPTED))
                        .and(AGAIN.DC.eq("D")))
                .join(AGAIN_DECLARATION).on(AGAIN_DECLARATION.DECLARATION_ID.eq(AGAIN.DECLARATION_ID))
                .join(AGAIN_FILE).on(AGAIN_FILE.FILE_ID.eq(AGAIN_DECLARATION.FILE_ID))
                .join(LINE_DECLARATION).on(LINE_DECLARATION.DECLARATION_ID.eq(LINE.DECLARATION_ID))
                .join(LINE_FILE).on(LINE_FILE.FILE_ID.eq(LINE_DECLARATION.FILE_ID))
                .where(LINE.SETTLEMENT_PERIOD.eq(period.toString())
                        .and(LINE.VERDICT.eq(Verdict.ACCEPTED))
                        .and(LINE.DC.eq("C"))
                        .and(DSL.row(AGAIN_FILE.PROCESSING_ORDER, AGAIN_DECLARATION.FILE_ORDINAL, AGAIN.LINE_ORDINAL)
                                .gt(DSL.row(LINE_FILE.PROCESSING_ORDER, LINE_DECLARATION.FILE_ORDINAL,
                                        LINE.LINE_ORDINAL))))
                .groupBy(LINE.PROVIDER_AGB, LINE.REFERENCE, LINE.LINE_ID)
                .orderBy(LINE.PROVIDER_AGB, LINE.REFERENCE, LINE.LINE_ID)
                .forEach(r -> activities.computeIfAbsent(r.value1(), p -> new Activity()).redeclared
                        .add(r.value2() + "→" + r.value3()));
    }

    /** ACHIEVED outcomes reported from 1 January to P's last day, with their allocation's provider and start. */
    private void achieved(Period period, Map<String, Activity> activities) {
        dsl.select(ALLOCATION.PROVIDER_AGB, ALLOCATION.MUNICIPALITY_CODE, ALLOCATION.ALLOCATION_NUMBER,
                        ALLOCATION.START_DATE, OUTCOME.REPORTED_ON)
                .from(OUTCOME)
                .join(ALLOCATION).on(ALLOCATION.MUNICIPALITY_CODE.eq(OUTCOME.MUNICIPALITY_CODE)
                        .and(ALLOCATION.ALLOCATION_NUMBER.eq(OUTCOME.ALLOCATION_NUMBER))
                        .and(ALLOCATION.LOAD_ID.eq(latestLoad(ReferenceFile.ALLOCATIONS))))
                .where(OUTCOME.LOAD_ID.eq(latestLoad(ReferenceFile.OUTCOMES))
                        .and(OUTCOME.OUTCOME_.eq("ACHIEVED"))
                        .and(OUTCOME.REPORTED_ON.between(LocalDate.of(period.year(), 1, 1), period.lastDay())))
                .orderBy(ALLOCATION.MUNICIPALITY_CODE, ALLOCATION.ALLOCATION_NUMBER)
                .forEach(r -> activities.computeIfAbsent(r.value1(), p -> new Activity()).achieved
                        .add(new ProviderActivity.Achieved(r.value2() + "/" + r.value3(), r.value4(), r.value5())));
    }

    /** Per region, product and provider: the accepted declared amount of P (credits negative) and the clients. */
    List<ProductCost> productCosts(Period period, ReferenceData reference) {
        Field<BigDecimal> amount = sum(when(DECLARATION_LINE.DC.eq("C"), DECLARATION_LINE.AMOUNT_CENTS.neg())
                .otherwise(DECLARATION_LINE.AMOUNT_CENTS));
        Map<String, long[]> sums = new TreeMap<>();
        dsl.select(DECLARATION_LINE.MUNICIPALITY_CODE, DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.LAW,
                        DECLARATION_LINE.CATEGORY, DECLARATION_LINE.CODE, amount, countDistinct(DECLARATION_LINE.BSN))
                .from(DECLARATION_LINE)
                .where(DECLARATION_LINE.SETTLEMENT_PERIOD.eq(period.toString())
                        .and(DECLARATION_LINE.VERDICT.eq(Verdict.ACCEPTED)))
                .groupBy(DECLARATION_LINE.MUNICIPALITY_CODE, DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.LAW,
                        DECLARATION_LINE.CATEGORY, DECLARATION_LINE.CODE)
                .forEach(r -> {
                    String region = reference.regionOf(MunicipalityCode.of(r.value1())).orElse("");
                    String key = region + "|" + r.value3() + "/" + r.value4() + "/" + (r.value5() == null ? "" : r.value5())
                            + "|" + r.value2();
                    long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
                    sum[0] = Math.addExact(sum[0], r.value6().longValueExact());
                    sum[1] += r.value7();
                });
        List<ProductCost> costs = new ArrayList<>();
        sums.forEach((key, sum) -> {
            String[] parts = key.split("\\|", -1);
            costs.add(new ProductCost(parts[0], parts[1], parts[2], sum[0], sum[1]));
        });
        return costs;
    }

    /** The clients with accepted debit lines of P from more than one provider, each with those lines' references. */
    List<SharedClient> sharedClients(Period period) {
        Map<String, Map<String, List<String>>> clients = new HashMap<>();
        dsl.select(LINE.BSN, LINE.PROVIDER_AGB, LINE.REFERENCE)
                .from(LINE)
                .where(acceptedDebitOf(LINE, period)
                        .and(LINE.BSN.in(DSL.select(DECLARATION_LINE.BSN).from(DECLARATION_LINE)
                                .where(acceptedDebitOf(DECLARATION_LINE, period))
                                .groupBy(DECLARATION_LINE.BSN)
                                .having(countDistinct(DECLARATION_LINE.PROVIDER_AGB).gt(1)))))
                .orderBy(LINE.PROVIDER_AGB, LINE.REFERENCE)
                .forEach(r -> clients.computeIfAbsent(pseudonyms.of(r.value1()), c -> new TreeMap<>())
                        .computeIfAbsent(r.value2(), p -> new ArrayList<>()).add(r.value3()));
        return clients.values().stream().map(SharedClient::new).toList();
    }

    private static Condition acceptedDebitOf(DeclarationLine line, Period period) {
        return line.SETTLEMENT_PERIOD.eq(period.toString()).and(line.VERDICT.eq(Verdict.ACCEPTED))
                .and(line.DC.eq("D"));
    }

    private org.jooq.Select<? extends org.jooq.Record1<Long>> latestLoad(ReferenceFile file) {
        return dsl.select(coalesce(max(REFERENCE_LOAD.LOAD_ID), inline(-1L))).from(REFERENCE_LOAD)
                .where(REFERENCE_LOAD.FILE_NAME.eq(file.fileName()));
    }
}
