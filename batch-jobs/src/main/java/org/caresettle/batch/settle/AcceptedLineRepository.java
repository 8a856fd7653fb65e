package org.caresettle.batch.settle;

import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.caresettle.schema.jooq.Tables.OUTCOME;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.caresettle.batch.db.DatabaseValues;
import org.caresettle.batch.privacy.ClientPseudonyms;
import org.caresettle.core.check.Verdict;
import org.caresettle.core.settlement.AcceptedLine;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.schema.jooq.tables.DeclarationLine;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The accepted declaration lines as the settlement reads them, always through a lazy cursor: a
 * national month has millions of lines, and the core consumes them one at a time. A credit is
 * joined to the debit it reverses ({@code reverses_line_id}) and carries that debit's municipality,
 * provider, product, allocation, unit and product start (SPEC 7), with its own period and D/C.
 * Lines are read in {@code line_id} order, the order of acceptance, which also serves as the
 * core's {@code acceptedOrder} (ties of SPEC 7.2 go to the debit accepted last).
 */
@Repository
public class AcceptedLineRepository {

    private static final int FETCH_SIZE = 1000;

    private static final DeclarationLine LINE = DECLARATION_LINE.as("l");
    private static final DeclarationLine DEBIT = DECLARATION_LINE.as("d");

    private final DSLContext dsl;

    AcceptedLineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * What the input fingerprint covers of the accepted lines of {@code period} itself, in one
     * aggregate: see {@link #linkSummary}.
     */
    public List<Long> periodSummary(Period period) {
        return linkSummary(dsl.select(summaryFields()).from(LINE)
                .where(LINE.VERDICT.eq(Verdict.ACCEPTED).and(LINE.SETTLEMENT_PERIOD.eq(period.toString()))));
    }

    /**
     * What the input fingerprint covers of the accepted lines of periods before {@code period}: only
     * those booked on an allocation whose outcome (in load {@code outcomesLoadId}) was reported by the
     * period's last day. An earlier line reaches a later period only through its release group's W and
     * release percentage (SPEC 7.2), and a group whose outcome is not known by then releases nothing;
     * so a new August line on another allocation does not touch September's fingerprint.
     */
    public List<Long> releasingSummary(Period period, long outcomesLoadId) {
        return linkSummary(dsl.select(summaryFields()).from(LINE)
                .leftJoin(DEBIT).on(DEBIT.LINE_ID.eq(LINE.REVERSES_LINE_ID))
                .join(OUTCOME).on(OUTCOME.LOAD_ID.eq(outcomesLoadId)
                        .and(OUTCOME.MUNICIPALITY_CODE.eq(DSL.coalesce(DEBIT.MUNICIPALITY_CODE, LINE.MUNICIPALITY_CODE)))
                        .and(OUTCOME.ALLOCATION_NUMBER.eq(DSL.coalesce(DEBIT.ALLOCATION_NUMBER, LINE.ALLOCATION_NUMBER)))
                        .and(OUTCOME.REPORTED_ON.le(period.lastDay())))
                .where(LINE.VERDICT.eq(Verdict.ACCEPTED).and(LINE.SETTLEMENT_PERIOD.lt(period.toString()))));
    }

    /** The number of accepted lines of periods up to {@code period}: what the parts of a settle must read together. */
    public long countUpTo(Period period) {
        return dsl.selectCount().from(LINE).where(upTo(period)).fetchOne(0, Long.class);
    }

    /**
     * An aggregate of lines: their number, the sum, least and greatest of their ids, the number of
     * credits and the sum of the debit ids the credits reverse. Lines are only ever added, never
     * changed or removed, so a set of such lines can only grow: a new line changes the count, and
     * the sums guard against anything else.
     */
    private static List<Long> linkSummary(Select<? extends Record> query) {
        Record record = query.fetchOne();
        List<Long> summary = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            summary.add(record.get(i, Long.class));
        }
        return summary;
    }

    private static List<Field<?>> summaryFields() {
        return List.of(DSL.count(), DSL.sum(LINE.LINE_ID), DSL.min(LINE.LINE_ID), DSL.max(LINE.LINE_ID),
                DSL.count().filterWhere(LINE.DC.eq("C")), DSL.sum(LINE.REVERSES_LINE_ID));
    }

    /**
     * The accepted lines a part of a settlement reads: those booked on {@code municipalities} (a
     * credit is booked on its debit's municipality), and, when {@code unplacedBesides} is given,
     * also those booked on a municipality outside it (in no region: the core refuses such a line,
     * so exactly one part reads them and the refusal is not lost).
     */
    public record LineScope(Set<MunicipalityCode> municipalities, Optional<Set<MunicipalityCode>> unplacedBesides) {

        public LineScope {
            municipalities = Set.copyOf(municipalities);
            unplacedBesides = unplacedBesides.map(Set::copyOf);
        }

        Condition condition(Field<String> booked) {
            Condition own = booked.in(codes(municipalities));
            return unplacedBesides.map(known -> own.or(booked.notIn(codes(known)))).orElse(own);
        }

        private static List<String> codes(Set<MunicipalityCode> municipalities) {
            return municipalities.stream().map(MunicipalityCode::value).sorted().toList();
        }
    }

    /**
     * The number of accepted lines of periods up to {@code period} per municipality the line itself
     * names (a credit without the join to its debit: the counts only balance the parts).
     */
    public Map<MunicipalityCode, Long> lineCountsByMunicipality(Period period) {
        Map<MunicipalityCode, Long> counts = new HashMap<>();
        dsl.select(LINE.MUNICIPALITY_CODE, DSL.count())
                .from(LINE)
                .where(upTo(period))
                .groupBy(LINE.MUNICIPALITY_CODE)
                .forEach(r -> counts.put(MunicipalityCode.of(r.value1()), r.value2().longValue()));
        return counts;
    }

    /** Hands the accepted lines of periods up to {@code period} in {@code scope} to {@code settle} as a one-pass iterator. */
    public <T> T withLinesUpTo(Period period, LineScope scope, Function<Iterator<AcceptedLine>, T> settle) {
        Select<?> query = dsl.select(lineFields())
                .from(LINE)
                .leftJoin(DEBIT).on(DEBIT.LINE_ID.eq(LINE.REVERSES_LINE_ID))
                .where(upTo(period).and(scope.condition(DSL.coalesce(DEBIT.MUNICIPALITY_CODE, LINE.MUNICIPALITY_CODE))))
                .orderBy(LINE.LINE_ID);
        return withRows(query, rows -> {
            AcceptedLineRows lines = new AcceptedLineRows();
            return settle.apply(new Iterator<>() {
                private boolean ahead;
                private boolean more;

                @Override
                public boolean hasNext() {
                    if (!ahead) {
                        more = sql(() -> rows.next());
                        ahead = true;
                    }
                    return more;
                }

                @Override
                public AcceptedLine next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    ahead = false;
                    return sql(() -> lines.line(rows));
                }
            });
        });
    }

    /**
     * Runs {@code query} on the transaction's connection and hands its rows to {@code reader} as a
     * plain JDBC result set, fetched in blocks (see {@link AcceptedLineRows} for why not as records).
     */
    private <T> T withRows(Select<?> query, Function<ResultSet, T> reader) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query.getSQL())) {
                List<Object> values = DatabaseValues.boundBy(query);
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.apply(rows);
                }
            }
        });
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new DataAccessException("reading accepted lines: " + e.getMessage(), e);
        }
    }

    /** An accepted line of the period with what the detail file shows of it; the client is a pseudonym. */
    public record DetailLine(AcceptedLine line, String inboxFile, String messageId, String reference,
            String previousReference, String client, LocalDate productEnd) {
    }

    /**
     * The accepted lines of {@code period} for the detail files, by (booked) municipality, then in
     * the order received: the inbox's processing order, then the file's own. Not by line id: an
     * ingest in parts by provider (issue 6) stores the parts' lines side by side, so ids interleave.
     * The BSN is turned into a pseudonym here and goes no further.
     */
    public void forEachDetailLine(Period period, ClientPseudonyms pseudonyms, Consumer<DetailLine> action) {
        Field<String> municipality = DSL.coalesce(DEBIT.MUNICIPALITY_CODE, LINE.MUNICIPALITY_CODE);
        List<Field<?>> fields = new ArrayList<>(lineFields());
        // Positions follow lineFields(): file, message, reference, previous reference, the line's and
        // the debit's BSN and product end.
        fields.addAll(List.of(INBOX_FILE.FILE_NAME, DECLARATION.MESSAGE_ID, LINE.REFERENCE, LINE.PREVIOUS_REFERENCE,
                LINE.BSN, DEBIT.BSN, LINE.PRODUCT_END, DEBIT.PRODUCT_END));
        int first = lineFields().size() + 1;
        List<SortField<?>> order = List.of(municipality.asc(), INBOX_FILE.PROCESSING_ORDER.asc(),
                DECLARATION.FILE_ORDINAL.asc(), LINE.LINE_ORDINAL.asc());
        Select<?> query = dsl.select(fields)
                .from(LINE)
                .join(DECLARATION).on(DECLARATION.DECLARATION_ID.eq(LINE.DECLARATION_ID))
                .join(INBOX_FILE).on(INBOX_FILE.FILE_ID.eq(DECLARATION.FILE_ID))
                .leftJoin(DEBIT).on(DEBIT.LINE_ID.eq(LINE.REVERSES_LINE_ID))
                .where(LINE.VERDICT.eq(Verdict.ACCEPTED).and(LINE.SETTLEMENT_PERIOD.eq(period.toString())))
                .orderBy(order);
        withRows(query, rows -> {
            AcceptedLineRows lines = new AcceptedLineRows();
            while (sql(rows::next)) {
                AcceptedLine line = sql(() -> lines.line(rows));
                int own = line.isCredit() ? 1 : 0;
                action.accept(sql(() -> new DetailLine(line, rows.getString(first), rows.getString(first + 1),
                        rows.getString(first + 2), rows.getString(first + 3),
                        pseudonyms.of(rows.getString(first + 4 + own)),
                        rows.getObject(first + 6 + own, LocalDate.class))));
            }
            return null;
        });
    }

    /** The periods with at least one accepted line, ascending. */
    public List<Period> periodsWithAcceptedLines() {
        return dsl.selectDistinct(DECLARATION_LINE.SETTLEMENT_PERIOD)
                .from(DECLARATION_LINE)
                .where(DECLARATION_LINE.VERDICT.eq(Verdict.ACCEPTED).and(DECLARATION_LINE.SETTLEMENT_PERIOD.isNotNull()))
                .fetch(r -> Period.parse(r.value1()))
                .stream().sorted().toList();
    }

    private static Condition upTo(Period period) {
        // 'YYYY-MM' text compares like the months it names, in every collation.
        return LINE.VERDICT.eq(Verdict.ACCEPTED).and(LINE.SETTLEMENT_PERIOD.le(period.toString()));
    }

    /** The columns {@link AcceptedLineRows} reads, in its positions: the line's, then its debit's. */
    private static List<Field<?>> lineFields() {
        return List.of(LINE.LINE_ID, LINE.SETTLEMENT_PERIOD, LINE.DC, LINE.VOLUME, LINE.AMOUNT_CENTS,
                LINE.REVERSES_LINE_ID, LINE.MUNICIPALITY_CODE, LINE.PROVIDER_AGB, LINE.LAW, LINE.CATEGORY, LINE.CODE,
                LINE.ALLOCATION_NUMBER, LINE.PRODUCT_START, LINE.UNIT,
                DEBIT.LINE_ID, DEBIT.MUNICIPALITY_CODE, DEBIT.PROVIDER_AGB, DEBIT.LAW, DEBIT.CATEGORY, DEBIT.CODE,
                DEBIT.ALLOCATION_NUMBER, DEBIT.PRODUCT_START, DEBIT.UNIT);
    }
}
