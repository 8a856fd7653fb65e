package org.caresettle.batch.inzage;

import static org.caresettle.schema.jooq.Tables.ALLOCATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.caresettle.schema.jooq.Tables.MUNICIPALITY;
import static org.caresettle.schema.jooq.Tables.OUTCOME;
import static org.caresettle.schema.jooq.Tables.PRODUCT;
import static org.caresettle.schema.jooq.Tables.PROVIDER;
import static org.caresettle.schema.jooq.Tables.REFERENCE_LOAD;
import static org.caresettle.schema.jooq.Tables.SETTLEMENT_VERSION;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.check.Verdict;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.value.Bsn;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads one person's rows by their BSN: every query starts from the BSN indexes of V17
 * ({@code declaration_line_bsn}, {@code allocation_bsn}), so an answer reads that person's rows
 * and the few reference and version rows they point to, never all lines.
 */
@Repository
class PersonRecordsRepository {

    private final DSLContext dsl;

    PersonRecordsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    PersonRecords find(Bsn bsn, String pseudonym) {
        Names names = names();
        List<StoredAllocation> stored = dsl
                .select(ALLOCATION.fields()).select(REFERENCE_LOAD.LOADED_AT)
                .from(ALLOCATION).join(REFERENCE_LOAD).on(REFERENCE_LOAD.LOAD_ID.eq(ALLOCATION.LOAD_ID))
                .where(ALLOCATION.BSN.eq(bsn.value()))
                .orderBy(ALLOCATION.MUNICIPALITY_CODE, ALLOCATION.ALLOCATION_NUMBER, ALLOCATION.LOAD_ID)
                .fetch(r -> new StoredAllocation(r.get(ALLOCATION.LOAD_ID), r.get(REFERENCE_LOAD.LOADED_AT),
                        new PersonRecords.Allocation(r.get(ALLOCATION.MUNICIPALITY_CODE),
                                names.municipality(r.get(ALLOCATION.MUNICIPALITY_CODE)),
                                r.get(ALLOCATION.ALLOCATION_NUMBER), r.get(ALLOCATION.PROVIDER_AGB),
                                names.provider(r.get(ALLOCATION.PROVIDER_AGB)), r.get(ALLOCATION.LAW),
                                r.get(ALLOCATION.CATEGORY), r.get(ALLOCATION.CODE),
                                names.product(r.get(ALLOCATION.LAW), r.get(ALLOCATION.CATEGORY), r.get(ALLOCATION.CODE)),
                                r.get(ALLOCATION.START_DATE), r.get(ALLOCATION.END_DATE), r.get(ALLOCATION.VOLUME),
                                r.get(ALLOCATION.UNIT), r.get(ALLOCATION.FREQUENCY), r.get(ALLOCATION.BUDGET_CENTS),
                                r.get(ALLOCATION.STATUS), null, null, false)));
        long allocationsInForce = latestLoad(ReferenceFile.ALLOCATIONS);
        List<PersonRecords.Allocation> allocations = collapseAllocations(stored, allocationsInForce);
        List<PersonRecords.Outcome> outcomes = outcomes(allocations, names);
        List<PersonRecords.Line> lines = new ArrayList<>();
        Map<String, List<LocalDateTime>> acceptedReceived = new TreeMap<>();
        Map<String, Set<String>> acceptedMunicipalities = new HashMap<>();
        dsl.select(DECLARATION_LINE.fields()).select(DECLARATION.DECLARATION_NUMBER, DECLARATION.DECLARATION_DATE,
                        DECLARATION.DECLARATION_CODES, INBOX_FILE.FILE_NAME, INBOX_FILE.PROCESSED_AT)
                .from(DECLARATION_LINE)
                .join(DECLARATION).on(DECLARATION.DECLARATION_ID.eq(DECLARATION_LINE.DECLARATION_ID))
                .join(INBOX_FILE).on(INBOX_FILE.FILE_ID.eq(DECLARATION.FILE_ID))
                .where(DECLARATION_LINE.BSN.eq(bsn.value()))
                .orderBy(INBOX_FILE.PROCESSING_ORDER, DECLARATION.FILE_ORDINAL, DECLARATION_LINE.LINE_ORDINAL)
                .forEach(r -> {
                    boolean accepted = r.get(DECLARATION_LINE.VERDICT) == Verdict.ACCEPTED;
                    List<ReturnCode> codes = r.get(DECLARATION_LINE.CODES);
                    if (codes == null || codes.isEmpty()) {
                        codes = r.get(DECLARATION.DECLARATION_CODES);
                    }
                    String period = r.get(DECLARATION_LINE.SETTLEMENT_PERIOD);
                    LocalDateTime received = r.get(INBOX_FILE.PROCESSED_AT);
                    String law = r.get(DECLARATION_LINE.LAW);
                    lines.add(new PersonRecords.Line(period, r.get(DECLARATION_LINE.PROVIDER_AGB),
                            names.provider(r.get(DECLARATION_LINE.PROVIDER_AGB)),
                            r.get(DECLARATION_LINE.MUNICIPALITY_CODE),
                            names.municipality(r.get(DECLARATION_LINE.MUNICIPALITY_CODE)),
                            r.get(DECLARATION.DECLARATION_NUMBER), r.get(DECLARATION.DECLARATION_DATE),
                            r.get(INBOX_FILE.FILE_NAME), received, r.get(DECLARATION_LINE.REFERENCE),
                            r.get(DECLARATION_LINE.PREVIOUS_REFERENCE), r.get(DECLARATION_LINE.ALLOCATION_NUMBER), law,
                            r.get(DECLARATION_LINE.CATEGORY), r.get(DECLARATION_LINE.CODE),
                            names.product(law, r.get(DECLARATION_LINE.CATEGORY), r.get(DECLARATION_LINE.CODE)),
                            r.get(DECLARATION_LINE.PRODUCT_START), r.get(DECLARATION_LINE.PRODUCT_END),
                            r.get(DECLARATION_LINE.VOLUME), r.get(DECLARATION_LINE.UNIT),
                            r.get(DECLARATION_LINE.TARIFF_CENTS), r.get(DECLARATION_LINE.AMOUNT_CENTS),
                            r.get(DECLARATION_LINE.DC), accepted,
                            codes == null ? List.of() : codes.stream().map(ReturnCode::code).toList(),
                            r.get(DECLARATION_LINE.CREDITED_BY_LINE_ID) != null));
                    if (accepted && period != null) {
                        acceptedReceived.computeIfAbsent(period, p -> new ArrayList<>()).add(received);
                        acceptedMunicipalities.computeIfAbsent(period, p -> new TreeSet<>())
                                .add(r.get(DECLARATION_LINE.MUNICIPALITY_CODE));
                    }
                });
        return new PersonRecords(pseudonym, allocations, lines, outcomes,
                versions(acceptedReceived, acceptedMunicipalities));
    }

    /**
     * The published versions that include accepted lines of this person: a version of period P holds
     * every accepted line of P received before it was made (SPEC 6, 10), so a line is in the versions
     * of its period created at or after its inbox file was processed.
     */
    private List<PersonRecords.Version> versions(Map<String, List<LocalDateTime>> acceptedReceived,
            Map<String, Set<String>> municipalities) {
        if (acceptedReceived.isEmpty()) {
            return List.of();
        }
        List<PersonRecords.Version> versions = new ArrayList<>();
        dsl.select(SETTLEMENT_VERSION.SETTLEMENT_PERIOD, SETTLEMENT_VERSION.VERSION_NUMBER, SETTLEMENT_VERSION.CREATED_AT)
                .from(SETTLEMENT_VERSION)
                .where(SETTLEMENT_VERSION.SETTLEMENT_PERIOD.in(acceptedReceived.keySet()))
                .orderBy(SETTLEMENT_VERSION.SETTLEMENT_PERIOD, SETTLEMENT_VERSION.VERSION_NUMBER)
                .forEach(r -> {
                    String period = r.value1();
                    LocalDateTime created = r.value3();
                    int included = (int) acceptedReceived.get(period).stream()
                            .filter(received -> received != null && !received.isAfter(created)).count();
                    if (included > 0) {
                        versions.add(new PersonRecords.Version(period, r.value2(), created,
                                List.copyOf(municipalities.get(period)), included));
                    }
                });
        return versions;
    }

    /** The outcomes of this person's allocations, of every load that held them. */
    private List<PersonRecords.Outcome> outcomes(List<PersonRecords.Allocation> allocations, Names names) {
        if (allocations.isEmpty()) {
            return List.of();
        }
        Set<String> municipalities = new TreeSet<>();
        Set<String> numbers = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        for (PersonRecords.Allocation allocation : allocations) {
            municipalities.add(allocation.municipalityCode());
            numbers.add(allocation.allocationNumber());
            keys.add(allocation.municipalityCode() + "|" + allocation.allocationNumber());
        }
        long inForce = latestLoad(ReferenceFile.OUTCOMES);
        List<PersonRecords.Outcome> outcomes = new ArrayList<>();
        dsl.select(OUTCOME.LOAD_ID, OUTCOME.MUNICIPALITY_CODE, OUTCOME.ALLOCATION_NUMBER, OUTCOME.REPORTED_ON,
                        OUTCOME.OUTCOME_, REFERENCE_LOAD.LOADED_AT)
                .from(OUTCOME).join(REFERENCE_LOAD).on(REFERENCE_LOAD.LOAD_ID.eq(OUTCOME.LOAD_ID))
                .where(OUTCOME.MUNICIPALITY_CODE.in(municipalities).and(OUTCOME.ALLOCATION_NUMBER.in(numbers)))
                .orderBy(OUTCOME.MUNICIPALITY_CODE, OUTCOME.ALLOCATION_NUMBER, OUTCOME.LOAD_ID)
                .forEach(r -> {
                    if (!keys.contains(r.get(OUTCOME.MUNICIPALITY_CODE) + "|" + r.get(OUTCOME.ALLOCATION_NUMBER))) {
                        return;
                    }
                    PersonRecords.Outcome outcome = new PersonRecords.Outcome(r.get(OUTCOME.MUNICIPALITY_CODE),
                            names.municipality(r.get(OUTCOME.MUNICIPALITY_CODE)), r.get(OUTCOME.ALLOCATION_NUMBER),
                            r.get(OUTCOME.REPORTED_ON), r.get(OUTCOME.OUTCOME_), r.get(REFERENCE_LOAD.LOADED_AT),
                            r.get(REFERENCE_LOAD.LOADED_AT), r.get(OUTCOME.LOAD_ID) == inForce);
                    PersonRecords.Outcome previous = outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
                    if (previous != null && sameOutcome(previous, outcome)) {
                        outcomes.set(outcomes.size() - 1, new PersonRecords.Outcome(previous.municipalityCode(),
                                previous.municipalityName(), previous.allocationNumber(), previous.reportedOn(),
                                previous.outcome(), previous.firstLoaded(), outcome.lastLoaded(), outcome.inForce()));
                    } else {
                        outcomes.add(outcome);
                    }
                });
        return outcomes;
    }

    private static boolean sameOutcome(PersonRecords.Outcome a, PersonRecords.Outcome b) {
        return a.municipalityCode().equals(b.municipalityCode()) && a.allocationNumber().equals(b.allocationNumber())
                && a.reportedOn().equals(b.reportedOn()) && a.outcome().equals(b.outcome());
    }

    private record StoredAllocation(long loadId, LocalDateTime loadedAt, PersonRecords.Allocation content) {
    }

    /** One entry per allocation content: a reload that changed nothing extends the entry before it. */
    private static List<PersonRecords.Allocation> collapseAllocations(List<StoredAllocation> stored, long inForce) {
        List<PersonRecords.Allocation> allocations = new ArrayList<>();
        PersonRecords.Allocation previous = null;
        for (StoredAllocation row : stored) {
            PersonRecords.Allocation content = row.content();
            boolean current = row.loadId() == inForce;
            if (previous != null && sameContent(previous, content)) {
                previous = withLoads(previous, previous.firstLoaded(), row.loadedAt(), current);
                allocations.set(allocations.size() - 1, previous);
            } else {
                previous = withLoads(content, row.loadedAt(), row.loadedAt(), current);
                allocations.add(previous);
            }
        }
        return allocations;
    }

    private static boolean sameContent(PersonRecords.Allocation a, PersonRecords.Allocation b) {
        return withLoads(a, null, null, false).equals(withLoads(b, null, null, false));
    }

    private static PersonRecords.Allocation withLoads(PersonRecords.Allocation a, LocalDateTime first,
            LocalDateTime last, boolean inForce) {
        return new PersonRecords.Allocation(a.municipalityCode(), a.municipalityName(), a.allocationNumber(),
                a.providerAgb(), a.providerName(), a.law(), a.category(), a.code(), a.productName(), a.startDate(),
                a.endDate(), a.volume(), a.unit(), a.frequency(), a.budgetCents(), a.status(), first, last, inForce);
    }

    private long latestLoad(ReferenceFile file) {
        Long load = dsl.select(DSL.max(REFERENCE_LOAD.LOAD_ID)).from(REFERENCE_LOAD)
                .where(REFERENCE_LOAD.FILE_NAME.eq(file.fileName())).fetchOne().value1();
        return load == null ? -1 : load;
    }

    /** Names of the reference data in force: small tables, read whole. */
    private Names names() {
        Map<String, String> municipalities = new HashMap<>();
        dsl.select(MUNICIPALITY.MUNICIPALITY_CODE, MUNICIPALITY.NAME).from(MUNICIPALITY)
                .where(MUNICIPALITY.LOAD_ID.eq(latestLoad(ReferenceFile.MUNICIPALITIES)))
                .forEach(r -> municipalities.put(r.value1(), r.value2()));
        Map<String, String> providers = new HashMap<>();
        dsl.select(PROVIDER.AGB_CODE, PROVIDER.NAME).from(PROVIDER)
                .where(PROVIDER.LOAD_ID.eq(latestLoad(ReferenceFile.PROVIDERS)))
                .forEach(r -> providers.put(r.value1(), r.value2()));
        Map<String, String> products = new HashMap<>();
        dsl.select(PRODUCT.LAW, PRODUCT.CATEGORY, PRODUCT.CODE, PRODUCT.DESCRIPTION).from(PRODUCT)
                .where(PRODUCT.LOAD_ID.eq(latestLoad(ReferenceFile.PRODUCTS)))
                .forEach(r -> products.put(Names.productKey(r.value1(), r.value2(), r.value3()), r.value4()));
        return new Names(municipalities, providers, products);
    }

    private record Names(Map<String, String> municipalities, Map<String, String> providers,
            Map<String, String> products) {

        String municipality(String code) {
            return code == null ? "" : municipalities.getOrDefault(code, "");
        }

        String provider(String agb) {
            return agb == null ? "" : providers.getOrDefault(agb, "");
        }

        String product(String law, String category, String code) {
            return law == null || category == null ? "" : products.getOrDefault(productKey(law, category, code), "");
        }

        static String productKey(String law, String category, String code) {
            return law + "|" + category + "|" + Objects.toString(code, "");
        }
    }
}
