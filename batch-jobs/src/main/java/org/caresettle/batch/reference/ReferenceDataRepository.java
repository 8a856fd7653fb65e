package org.caresettle.batch.reference;

import static org.caresettle.schema.jooq.Tables.ALLOCATION;
import static org.caresettle.schema.jooq.Tables.ARRANGEMENT;
import static org.caresettle.schema.jooq.Tables.BUDGET;
import static org.caresettle.schema.jooq.Tables.MUNICIPALITY;
import static org.caresettle.schema.jooq.Tables.OUTCOME;
import static org.caresettle.schema.jooq.Tables.POOLING_KEY;
import static org.caresettle.schema.jooq.Tables.PRODUCT;
import static org.caresettle.schema.jooq.Tables.PROVIDER;
import static org.jooq.impl.DSL.noCondition;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.reference.AllocationStatus;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Budget;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.Municipality;
import org.caresettle.core.reference.Outcome;
import org.caresettle.core.reference.OutcomeKind;
import org.caresettle.core.reference.PoolingKeyShare;
import org.caresettle.core.reference.ProductDefinition;
import org.caresettle.core.reference.Provider;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Share;
import org.caresettle.core.value.Unit;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads the reference data in force (the latest load of every file) as the core's records. */
@Repository
public class ReferenceDataRepository {

    private final DSLContext dsl;
    private final ReferenceStore store;

    /** What {@link #withoutAllocations()} read last, for the loads it read it from. */
    private record LoadedData(Map<String, Long> loadIds, ReferenceData data) {
    }

    private final AtomicReference<LoadedData> lastWithoutAllocations = new AtomicReference<>();

    ReferenceDataRepository(DSLContext dsl, ReferenceStore store) {
        this.dsl = dsl;
        this.store = store;
    }

    /**
     * The loads in force, one id per reference file, in file order: what changes whenever any
     * reference file is loaded again, for readers that keep figures computed from it.
     */
    public List<Long> loadsInForce() {
        return store.latestLoads().values().stream()
                .sorted(Comparator.comparing(StoredLoad::fileName)).map(StoredLoad::loadId).toList();
    }

    /**
     * The reference data in force as the checks of these providers' declarations see it: the
     * allocations and arrangements of other providers left out, since a declaration can only use
     * its own provider's (9338 treats another provider's allocation as a missing one, and 0611
     * looks up the declaring provider's arrangement). A part of a partitioned ingest (issue 6)
     * keeps only its own share in memory.
     */
    public ReferenceData forProviders(Collection<String> providers) {
        Map<String, StoredLoad> loads = store.latestLoads();
        return new ReferenceData(municipalities(loads), providers(loads), products(loads),
                arrangements(loads, ARRANGEMENT.PROVIDER_AGB.in(providers)),
                allocations(loads, ALLOCATION.PROVIDER_AGB.in(providers)), poolingKeys(loads), budgets(loads),
                outcomes(loads));
    }

    /**
     * The reference data in force without the allocations, which only the ingest's checks read and
     * which are most of the rows (1.2M at national scale, more than a 1 GiB heap holds beside the
     * rest): what settling (regions, pooled flags, arrangements, keys, outcomes) and the risk reports
     * (the same, and budgets) read. Kept for as long as no file gets a new load, so the partitions
     * of one settle and the step that merges them read it from the database once per process.
     */
    public ReferenceData withoutAllocations() {
        Map<String, StoredLoad> loads = store.latestLoads();
        Map<String, Long> loadIds = new TreeMap<>();
        loads.forEach((file, load) -> loadIds.put(file, load.loadId()));
        LoadedData last = lastWithoutAllocations.get();
        if (last != null && last.loadIds().equals(loadIds)) {
            return last.data();
        }
        ReferenceData data = new ReferenceData(municipalities(loads), providers(loads), products(loads),
                arrangements(loads, noCondition()), List.of(), poolingKeys(loads), budgets(loads), outcomes(loads));
        lastWithoutAllocations.set(new LoadedData(loadIds, data));
        return data;
    }

    private List<Municipality> municipalities(Map<String, StoredLoad> loads) {
        return dsl.selectFrom(MUNICIPALITY).where(MUNICIPALITY.LOAD_ID.eq(loadOf(loads, ReferenceFile.MUNICIPALITIES)))
                .fetch(r -> new Municipality(MunicipalityCode.of(r.getMunicipalityCode()), r.getName(), r.getRegionCode()));
    }

    private List<Provider> providers(Map<String, StoredLoad> loads) {
        return dsl.selectFrom(PROVIDER).where(PROVIDER.LOAD_ID.eq(loadOf(loads, ReferenceFile.PROVIDERS)))
                .fetch(r -> new Provider(AgbCode.of(r.getAgbCode()), r.getName()));
    }

    private List<ProductDefinition> products(Map<String, StoredLoad> loads) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.LOAD_ID.eq(loadOf(loads, ReferenceFile.PRODUCTS)))
                .fetch(r -> new ProductDefinition(new Product(Law.parse(r.getLaw()), r.getCategory(), r.getCode()),
                        r.getDescription(), r.getPooled()));
    }

    private List<Arrangement> arrangements(Map<String, StoredLoad> loads, Condition condition) {
        return dsl.selectFrom(ARRANGEMENT).where(ARRANGEMENT.LOAD_ID.eq(loadOf(loads, ReferenceFile.ARRANGEMENTS)))
                .and(condition)
                .fetch(r -> new Arrangement(r.getArrangementId(), AgbCode.of(r.getProviderAgb()), r.getRegionCode(),
                        new Product(Law.parse(r.getLaw()), r.getCategory(), r.getCode()),
                        Financing.valueOf(r.getFinancing()), r.getUnit() == null ? null : Unit.parse(r.getUnit()),
                        r.getTariffCents(),
                        r.getValidFrom(), r.getValidTo(), new BasisPoints(r.getWithholdBp()),
                        new BasisPoints(r.getPartialReleaseBp()), r.getAnnualAmountCents()));
    }

    private List<Allocation> allocations(Map<String, StoredLoad> loads, Condition condition) {
        return dsl.selectFrom(ALLOCATION).where(ALLOCATION.LOAD_ID.eq(loadOf(loads, ReferenceFile.ALLOCATIONS)))
                .and(condition)
                .fetch(r -> new Allocation(r.getAllocationNumber(), MunicipalityCode.of(r.getMunicipalityCode()),
                        Bsn.of(r.getBsn()), AgbCode.of(r.getProviderAgb()),
                        new Product(Law.parse(r.getLaw()), r.getCategory(), r.getCode()),
                        r.getStartDate(), r.getEndDate(), r.getVolume(), Unit.parse(r.getUnit()),
                        Frequency.parse(r.getFrequency()), r.getBudgetCents(), AllocationStatus.valueOf(r.getStatus())));
    }

    private List<PoolingKeyShare> poolingKeys(Map<String, StoredLoad> loads) {
        return dsl.selectFrom(POOLING_KEY).where(POOLING_KEY.LOAD_ID.eq(loadOf(loads, ReferenceFile.POOLING_KEYS)))
                .fetch(r -> new PoolingKeyShare(r.getRegionCode(), r.getKeyYear(),
                        MunicipalityCode.of(r.getMunicipalityCode()), new Share(r.getShareMillionths())));
    }

    private List<Budget> budgets(Map<String, StoredLoad> loads) {
        return dsl.selectFrom(BUDGET).where(BUDGET.LOAD_ID.eq(loadOf(loads, ReferenceFile.BUDGETS)))
                .fetch(r -> new Budget(MunicipalityCode.of(r.getMunicipalityCode()), r.getBudgetYear(),
                        Law.parse(r.getLaw()), r.getBudgetCents()));
    }

    private List<Outcome> outcomes(Map<String, StoredLoad> loads) {
        return dsl.selectFrom(OUTCOME).where(OUTCOME.LOAD_ID.eq(loadOf(loads, ReferenceFile.OUTCOMES)))
                .fetch(r -> new Outcome(r.getAllocationNumber(), MunicipalityCode.of(r.getMunicipalityCode()),
                        r.getReportedOn(), OutcomeKind.valueOf(r.getOutcome())));
    }

    /** The load in force for a file; -1 (no rows) when the file was never loaded. */
    private static long loadOf(Map<String, StoredLoad> loads, ReferenceFile file) {
        StoredLoad load = loads.get(file.fileName());
        return load == null ? -1 : load.loadId();
    }
}
