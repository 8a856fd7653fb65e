package org.caresettle.batch.ingest;

import static org.caresettle.core.declaration.DeclarationColumn.ALLOCATION_NUMBER;
import static org.caresettle.core.declaration.DeclarationColumn.AMOUNT_CENTS;
import static org.caresettle.core.declaration.DeclarationColumn.BSN;
import static org.caresettle.core.declaration.DeclarationColumn.CATEGORY;
import static org.caresettle.core.declaration.DeclarationColumn.CODE;
import static org.caresettle.core.declaration.DeclarationColumn.DC;
import static org.caresettle.core.declaration.DeclarationColumn.DECLARATION_DATE;
import static org.caresettle.core.declaration.DeclarationColumn.DECLARATION_NUMBER;
import static org.caresettle.core.declaration.DeclarationColumn.LAW;
import static org.caresettle.core.declaration.DeclarationColumn.MESSAGE_DATE;
import static org.caresettle.core.declaration.DeclarationColumn.MESSAGE_ID;
import static org.caresettle.core.declaration.DeclarationColumn.MUNICIPALITY_CODE;
import static org.caresettle.core.declaration.DeclarationColumn.PERIOD_END;
import static org.caresettle.core.declaration.DeclarationColumn.PERIOD_START;
import static org.caresettle.core.declaration.DeclarationColumn.PREVIOUS_REFERENCE;
import static org.caresettle.core.declaration.DeclarationColumn.PRODUCT_END;
import static org.caresettle.core.declaration.DeclarationColumn.PRODUCT_START;
import static org.caresettle.core.declaration.DeclarationColumn.PROVIDER_AGB;
import static org.caresettle.core.declaration.DeclarationColumn.REFERENCE;
import static org.caresettle.core.declaration.DeclarationColumn.TARIFF_CENTS;
import static org.caresettle.core.declaration.DeclarationColumn.TOTAL_CENTS;
import static org.caresettle.core.declaration.DeclarationColumn.TOTAL_DC;
import static org.caresettle.core.declaration.DeclarationColumn.UNIT;
import static org.caresettle.core.declaration.DeclarationColumn.VOLUME;
import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.DECLARATION_RESPONSE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.db.BulkInsert;
import org.caresettle.core.check.DeclarationVerdict;
import org.caresettle.core.check.LineVerdict;
import org.caresettle.core.check.Verdict;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.caresettle.core.value.Unit;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Stores a decided declaration with every line and its verdict (decided once, at ingest:
 * SPEC 10), and links each accepted credit with the debit it reverses.
 */
@Repository
class DeclarationStore {

    /** The columns of {@link #declarationValues}, in its order. */
    static final List<Field<?>> DECLARATION_FIELDS = List.of(
            DECLARATION.FILE_ID, DECLARATION.FILE_ORDINAL, DECLARATION.SOURCE_FORMAT, DECLARATION.MESSAGE_ID,
            DECLARATION.MESSAGE_DATE, DECLARATION.PROVIDER_AGB, DECLARATION.MUNICIPALITY_CODE, DECLARATION.LAW,
            DECLARATION.DECLARATION_NUMBER, DECLARATION.PERIOD_START, DECLARATION.PERIOD_END,
            DECLARATION.SETTLEMENT_PERIOD, DECLARATION.DECLARATION_DATE, DECLARATION.TOTAL_CENTS,
            DECLARATION.DECLARATION_CODES, DECLARATION.RULE_NAMES, DECLARATION.ANSWER_CODE,
            DECLARATION.AWARDED_TOTAL_CENTS);

    /** Lines (or declarations) gathered before a block is sent. */
    private static final int LINES_PER_BLOCK = 5000;

    /** The columns of a line: the declaration's id, then {@link #lineValues}, in its order. */
    static final List<Field<?>> LINE_FIELDS = List.of(
            DECLARATION_LINE.DECLARATION_ID, DECLARATION_LINE.LINE_ORDINAL, DECLARATION_LINE.SOURCE_POSITION,
            DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.MUNICIPALITY_CODE, DECLARATION_LINE.LAW,
            DECLARATION_LINE.SETTLEMENT_PERIOD, DECLARATION_LINE.BSN, DECLARATION_LINE.REFERENCE,
            DECLARATION_LINE.PREVIOUS_REFERENCE, DECLARATION_LINE.ALLOCATION_NUMBER, DECLARATION_LINE.CATEGORY,
            DECLARATION_LINE.CODE, DECLARATION_LINE.PRODUCT_START, DECLARATION_LINE.PRODUCT_END,
            DECLARATION_LINE.VOLUME, DECLARATION_LINE.UNIT, DECLARATION_LINE.TARIFF_CENTS,
            DECLARATION_LINE.AMOUNT_CENTS, DECLARATION_LINE.DC, DECLARATION_LINE.VERDICT, DECLARATION_LINE.CODES,
            DECLARATION_LINE.RULE_NAMES);

    /** The columns of an answer row: the declaration's id, then {@link #responseValues}, in its order. */
    static final List<Field<?>> RESPONSE_FIELDS = List.of(
            DECLARATION_RESPONSE.DECLARATION_ID, DECLARATION_RESPONSE.CSV_PATH, DECLARATION_RESPONSE.CSV_SHA256,
            DECLARATION_RESPONSE.XML_PATH, DECLARATION_RESPONSE.XML_SHA256, DECLARATION_RESPONSE.WRITTEN_AT);

    private final DSLContext dsl;

    DeclarationStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Where the declarations of the files of one transaction (a chunk of files) are stored;
     * {@link Writes#finish()} before the commit.
     */
    Writes writes() {
        return new Writes();
    }

    /**
     * Whether a stored declaration's answer has this path. Asked only when an answer file on disk
     * differs from the one about to be written, which is rare, so no index serves it. (A count, not
     * {@code fetchExists}: H2 2.4 keeps the first answer of {@code select exists(...)} within a
     * transaction and misses the transaction's own later inserts.)
     */
    boolean isStoredAnswer(String relativePath) {
        return dsl.fetchCount(DECLARATION_RESPONSE,
                DECLARATION_RESPONSE.CSV_PATH.eq(relativePath).or(DECLARATION_RESPONSE.XML_PATH.eq(relativePath))) > 0;
    }

    /**
     * The writes of the files of one transaction, gathered and sent in large blocks: per block of
     * declarations one bulk insert of the declarations, one query for the ids the database gave them
     * (by file and ordinal), then the bulk inserts of their lines and answer rows; credits are linked
     * to their debits once per transaction. So a transaction costs a few round trips, not a few per
     * file or per declaration (issue 17: a one-declaration XML message cost five round trips of its
     * own). The checks never read these rows back (they keep their own state in memory), so sending
     * them late changes nothing they see; everything is still in the files' one transaction.
     */
    final class Writes {

        private final BulkInsert declarations = new BulkInsert(dsl, DECLARATION, DECLARATION_FIELDS);
        private final BulkInsert lines = new BulkInsert(dsl, DECLARATION_LINE, LINE_FIELDS);
        private final BulkInsert responses = new BulkInsert(dsl, DECLARATION_RESPONSE, RESPONSE_FIELDS);
        private final List<Pending> pending = new ArrayList<>();
        private final List<Long> withAcceptedCredits = new ArrayList<>();
        private int pendingLines;

        private Writes() {
        }

        /**
         * Stores one declaration of the inbox file {@code fileId} ({@code ordinal} = order of first
         * appearance in the file, from 1).
         */
        void store(InboxFileRegistry.FileId fileId, int ordinal, RawDeclaration raw, DeclarationVerdict verdict) {
            Header header = Header.of(raw);
            List<RawLine> rawLines = raw.lines();
            List<List<Object>> lineRows = new ArrayList<>(rawLines.size());
            for (int i = 0; i < rawLines.size(); i++) {
                lineRows.add(lineValues(i + 1, header, rawLines.get(i), verdict.lines().get(i)));
            }
            pending.add(new Pending(fileId, ordinal, declarationValues(null, ordinal, raw, verdict, header), lineRows,
                    header.provider != null && hasAcceptedCredit(rawLines, verdict)));
            pendingLines += rawLines.size();
        }

        /**
         * Records where the answers of the declaration just stored were written, relative to the
         * output folder; sends a block once enough lines are pending.
         */
        void recordResponse(WrittenFile csv, WrittenFile xml, LocalDateTime writtenAt) {
            pending.get(pending.size() - 1).response = responseValues(csv, xml, writtenAt);
            if (pendingLines >= LINES_PER_BLOCK || pending.size() >= LINES_PER_BLOCK) {
                send();
            }
        }

        /**
         * Whether a stored declaration's answer has this path, the answers of this transaction's
         * declarations not yet sent included.
         */
        boolean isStoredAnswer(String relativePath) {
            for (Pending declaration : pending) {
                if (declaration.response != null && (relativePath.equals(declaration.response.get(0))
                        || relativePath.equals(declaration.response.get(2)))) {
                    return true;
                }
            }
            return DeclarationStore.this.isStoredAnswer(relativePath);
        }

        /** Sends what is still pending and links the accepted credits with their debits. */
        void finish() {
            send();
            if (!withAcceptedCredits.isEmpty()) {
                linkAcceptedCredits(withAcceptedCredits);
            }
        }

        private void send() {
            if (pending.isEmpty()) {
                return;
            }
            for (Pending declaration : pending) {
                declaration.row.set(0, declaration.fileId.value()); // inserts the chunk's new files the first time
                declarations.add(declaration.row);
            }
            declarations.flush();
            Map<FileOrdinal, Long> ids = new HashMap<>();
            dsl.select(DECLARATION.FILE_ID, DECLARATION.FILE_ORDINAL, DECLARATION.DECLARATION_ID)
                    .from(DECLARATION)
                    .where(DSL.or(ordinalRanges()))
                    .forEach(r -> ids.put(new FileOrdinal(r.value1(), r.value2()), r.value3()));
            for (Pending declaration : pending) {
                Long id = ids.get(new FileOrdinal(declaration.fileId.value(), declaration.ordinal));
                for (List<Object> line : declaration.lines) {
                    List<Object> row = new ArrayList<>(line.size() + 1);
                    row.add(id);
                    row.addAll(line);
                    lines.add(row);
                }
                if (declaration.response != null) {
                    List<Object> row = new ArrayList<>(declaration.response.size() + 1);
                    row.add(id);
                    row.addAll(declaration.response);
                    responses.add(row);
                }
                if (declaration.withAcceptedCredit) {
                    withAcceptedCredits.add(id);
                }
            }
            lines.flush();
            responses.flush();
            pending.clear();
            pendingLines = 0;
        }

        /** Per file among the pending declarations, the range of their ordinals (pending is in file order). */
        private List<Condition> ordinalRanges() {
            List<Condition> ranges = new ArrayList<>();
            int first = 0;
            for (int i = 1; i <= pending.size(); i++) {
                if (i == pending.size() || pending.get(i).fileId != pending.get(first).fileId) {
                    ranges.add(DECLARATION.FILE_ID.eq(pending.get(first).fileId.value())
                            .and(DECLARATION.FILE_ORDINAL.between(pending.get(first).ordinal,
                                    pending.get(i - 1).ordinal)));
                    first = i;
                }
            }
            return ranges;
        }
    }

    /** A declaration's key before its id is known. */
    private record FileOrdinal(long fileId, int ordinal) {
    }

    /** A declaration stored but not yet sent: its row, its lines' rows without the id, its answers' row. */
    private static final class Pending {
        final InboxFileRegistry.FileId fileId;
        final int ordinal;
        final List<Object> row;
        final List<List<Object>> lines;
        final boolean withAcceptedCredit;
        List<Object> response;

        Pending(InboxFileRegistry.FileId fileId, int ordinal, List<Object> row, List<List<Object>> lines,
                boolean withAcceptedCredit) {
            this.fileId = fileId;
            this.ordinal = ordinal;
            this.row = row;
            this.lines = lines;
            this.withAcceptedCredit = withAcceptedCredit;
        }
    }

    /** A declaration's values; {@code fileId} is null for a file whose id is not known yet, and set when it is sent. */
    static List<Object> declarationValues(Long fileId, int ordinal, RawDeclaration raw,
            DeclarationVerdict verdict, Header header) {
        return Arrays.asList(
                fileId,
                ordinal,
                raw.format().name(),
                StoredText.text(raw.get(MESSAGE_ID), 12),
                StoredText.date(raw.get(MESSAGE_DATE)),
                header.provider,
                header.municipality,
                header.law,
                StoredText.text(raw.get(DECLARATION_NUMBER), 12),
                StoredText.date(raw.get(PERIOD_START)),
                StoredText.date(raw.get(PERIOD_END)),
                header.period,
                StoredText.date(raw.get(DECLARATION_DATE)),
                signed(StoredText.number(raw.get(TOTAL_CENTS), 12), raw.get(TOTAL_DC)),
                verdict.declarationCodes(),
                joined(verdict.ruleNames(), 2000),
                verdict.answerCodes(),
                verdict.awardedTotalCents());
    }

    /** A line's values after its declaration's id, which is only known once the declaration is sent. */
    static List<Object> lineValues(int ordinal, Header header, RawLine raw, LineVerdict verdict) {
        String unit = StoredText.text(raw.get(UNIT), 2);
        return Arrays.asList(
                ordinal,
                (int) Math.min(Integer.MAX_VALUE, raw.position()),
                header.provider,
                header.municipality,
                header.law,
                header.period,
                StoredText.digits(raw.get(BSN), 9),
                StoredText.text(raw.get(REFERENCE), 20),
                StoredText.text(raw.get(PREVIOUS_REFERENCE), 20),
                StoredText.integerText(raw.get(ALLOCATION_NUMBER), 9),
                StoredText.text(raw.get(CATEGORY), 2),
                StoredText.text(raw.get(CODE), 5),
                StoredText.date(raw.get(PRODUCT_START)),
                StoredText.date(raw.get(PRODUCT_END)),
                StoredText.number(raw.get(VOLUME), 18),
                unit,
                Unit.ignoresTariff(unit) ? null : StoredText.number(raw.get(TARIFF_CENTS), 18),
                StoredText.number(raw.get(AMOUNT_CENTS), 18),
                StoredText.oneOf(raw.get(DC), "D", "C"),
                verdict.verdict(),
                verdict.codes(),
                joined(verdict.ruleNames(), 2000));
    }

    /** An answer row's values after its declaration's id. */
    static List<Object> responseValues(WrittenFile csv, WrittenFile xml, LocalDateTime writtenAt) {
        return Arrays.asList(csv.relativePath(), csv.sha256(), xml == null ? null : xml.relativePath(),
                xml == null ? null : xml.sha256(), writtenAt);
    }

    private static boolean hasAcceptedCredit(List<RawLine> lines, DeclarationVerdict verdict) {
        for (int i = 0; i < lines.size(); i++) {
            if (verdict.lines().get(i).accepted() && "C".equals(StoredText.oneOf(lines.get(i).get(DC), "D", "C"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An accepted credit reverses the one accepted debit of its provider with its previous
     * reference (references are unique per provider: 8021), so the pair is found by reference.
     * Each credit names its debit and each debit its credit; all of the file's pairs in one batch.
     */
    private void linkAcceptedCredits(List<Long> declarationIds) {
        var credit = DECLARATION_LINE.as("credit");
        var debit = DECLARATION_LINE.as("debit");
        List<Query> links = new ArrayList<>();
        dsl.select(credit.LINE_ID, debit.LINE_ID)
                .from(credit)
                .join(debit).on(debit.PROVIDER_AGB.eq(credit.PROVIDER_AGB)
                        .and(debit.REFERENCE.eq(credit.PREVIOUS_REFERENCE))
                        .and(debit.DC.eq("D"))
                        .and(debit.VERDICT.eq(Verdict.ACCEPTED)))
                .where(credit.DECLARATION_ID.in(declarationIds)
                        .and(credit.DC.eq("C"))
                        .and(credit.VERDICT.eq(Verdict.ACCEPTED)))
                .forEach(r -> {
                    links.add(dsl.update(DECLARATION_LINE).set(DECLARATION_LINE.REVERSES_LINE_ID, r.value2())
                            .where(DECLARATION_LINE.LINE_ID.eq(r.value1())));
                    links.add(dsl.update(DECLARATION_LINE).set(DECLARATION_LINE.CREDITED_BY_LINE_ID, r.value1())
                            .where(DECLARATION_LINE.LINE_ID.eq(r.value2())));
                });
        if (!links.isEmpty()) {
            dsl.batch(links).execute();
        }
    }

    private static Long signed(Long amount, String dc) {
        return amount == null ? null : "C".equals(dc == null ? null : dc.trim()) ? -amount : amount;
    }

    private static String joined(List<String> values, int maxLength) {
        if (values.isEmpty()) {
            return null;
        }
        String text = String.join("|", values);
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }

    /** The header values every line copies, so checks and settlement read lines without a join. */
    record Header(String provider, String municipality, String law, String period) {

        static Header of(RawDeclaration raw) {
            LocalDate start = StoredText.date(raw.get(PERIOD_START));
            return new Header(
                    StoredText.digits(raw.get(PROVIDER_AGB), 8),
                    StoredText.digits(raw.get(MUNICIPALITY_CODE), 4),
                    StoredText.oneOf(raw.get(LAW), "JW", "WMO"),
                    start == null ? null : YearMonth.from(start).toString());
        }
    }
}
