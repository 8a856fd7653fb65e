package org.caresettle.batch.explain;

import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.caresettle.schema.jooq.Tables.MUNICIPALITY;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.caresettle.core.check.Verdict;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;
import org.caresettle.schema.jooq.tables.DeclarationLine;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Reads what the explanation shows beside the invoice lines: the accepted declaration lines of a
 * municipality behind its DIRECT lines, and the municipality's name. The BSN column is never selected.
 */
@Repository
class LinesBehindRepository {

    // The verdict as ingest stores it (V3 declaration_line.verdict).
    private static final int FETCH_SIZE = 1000;

    private static final DeclarationLine LINE = DECLARATION_LINE.as("l");
    private static final DeclarationLine DEBIT = DECLARATION_LINE.as("d");

    private final DSLContext dsl;

    LinesBehindRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The accepted lines of the periods for the municipality, per provider, product and unit, the
     * latest period first and within it the latest accepted first (a rerun is most often explained by
     * what came in last). A credit is grouped by the debit it reverses (SPEC 7 books it there); its own
     * municipality is always its debit's (SPEC 4.3), so the filter needs no join.
     */
    Map<LineGroup, LinesBehind> linesBehind(MunicipalityCode municipality, Collection<Period> periods, int cap) {
        Map<LineGroup, LinesBehind> groups = new HashMap<>();
        try (Cursor<? extends Record> cursor = dsl.select(LINE.SETTLEMENT_PERIOD, LINE.REFERENCE, LINE.PREVIOUS_REFERENCE, LINE.DC,
                        LINE.VOLUME, LINE.AMOUNT_CENTS, LINE.PROVIDER_AGB, LINE.LAW, LINE.CATEGORY, LINE.CODE, LINE.UNIT,
                        DEBIT.LINE_ID, DEBIT.PROVIDER_AGB, DEBIT.LAW, DEBIT.CATEGORY, DEBIT.CODE, DEBIT.UNIT,
                        INBOX_FILE.FILE_NAME, DECLARATION.MESSAGE_ID)
                .from(LINE)
                .join(DECLARATION).on(DECLARATION.DECLARATION_ID.eq(LINE.DECLARATION_ID))
                .join(INBOX_FILE).on(INBOX_FILE.FILE_ID.eq(DECLARATION.FILE_ID))
                .leftJoin(DEBIT).on(DEBIT.LINE_ID.eq(LINE.REVERSES_LINE_ID))
                .where(LINE.VERDICT.eq(Verdict.ACCEPTED)
                        .and(LINE.MUNICIPALITY_CODE.eq(municipality.value()))
                        .and(LINE.SETTLEMENT_PERIOD.in(periods.stream().map(Period::toString).toList())))
                .orderBy(LINE.SETTLEMENT_PERIOD.desc(), LINE.LINE_ID.desc())
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                DeclarationLine source = r.get(DEBIT.LINE_ID) == null ? LINE : DEBIT;
                LineGroup group = new LineGroup(AgbCode.of(r.get(source.PROVIDER_AGB)),
                        new Product(Law.parse(r.get(source.LAW)), r.get(source.CATEGORY), r.get(source.CODE)),
                        Unit.parse(r.get(source.UNIT)));
                groups.computeIfAbsent(group, g -> new LinesBehind(cap)).add(new DeclarationLineRef(
                        Period.parse(r.get(LINE.SETTLEMENT_PERIOD)), r.get(LINE.REFERENCE), r.get(LINE.PREVIOUS_REFERENCE),
                        DebitCredit.parse(r.get(LINE.DC)), r.get(LINE.VOLUME), r.get(LINE.AMOUNT_CENTS),
                        r.get(INBOX_FILE.FILE_NAME), r.get(DECLARATION.MESSAGE_ID)));
            }
        }
        return groups;
    }

    /** The municipality's name in the latest reference load that has it. */
    Optional<String> municipalityName(MunicipalityCode municipality) {
        return dsl.select(MUNICIPALITY.NAME)
                .from(MUNICIPALITY)
                .where(MUNICIPALITY.MUNICIPALITY_CODE.eq(municipality.value()))
                .orderBy(MUNICIPALITY.LOAD_ID.desc())
                .limit(1)
                .fetchOptional(r -> r.value1());
    }
}
