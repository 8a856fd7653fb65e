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
import java.util.List;
import org.caresettle.batch.db.BulkInsert;
import org.caresettle.core.check.DeclarationVerdict;
import org.caresettle.core.check.LineVerdict;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.springframework.stereotype.Repository;

/**
 * Stores a decided declaration with every line and its verdict (decided once, at ingest:
 * SPEC 10), and links each accepted credit with the debit it reverses.
 */
@Repository
class DeclarationStore {

    private static final List<Field<?>> LINE_FIELDS = List.of(
            DECLARATION_LINE.DECLARATION_ID, DECLARATION_LINE.LINE_ORDINAL, DECLARATION_LINE.SOURCE_POSITION,
            DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.MUNICIPALITY_CODE, DECLARATION_LINE.LAW,
            DECLARATION_LINE.SETTLEMENT_PERIOD, DECLARATION_LINE.BSN, DECLARATION_LINE.REFERENCE,
            DECLARATION_LINE.PREVIOUS_REFERENCE, DECLARATION_LINE.ALLOCATION_NUMBER, DECLARATION_LINE.CATEGORY,
            DECLARATION_LINE.CODE, DECLARATION_LINE.PRODUCT_START, DECLARATION_LINE.PRODUCT_END,
            DECLARATION_LINE.VOLUME, DECLARATION_LINE.UNIT, DECLARATION_LINE.TARIFF_CENTS,
            DECLARATION_LINE.AMOUNT_CENTS, DECLARATION_LINE.DC, DECLARATION_LINE.VERDICT, DECLARATION_LINE.CODES,
            DECLARATION_LINE.RULE_NAMES);

    private static final List<Field<?>> RESPONSE_FIELDS = List.of(
            DECLARATION_RESPONSE.DECLARATION_ID, DECLARATION_RESPONSE.CSV_PATH, DECLARATION_RESPONSE.CSV_SHA256,
            DECLARATION_RESPONSE.XML_PATH, DECLARATION_RESPONSE.XML_SHA256, DECLARATION_RESPONSE.WRITTEN_AT);

    private static final String ACCEPTED = "ACCEPTED";
    private static final String REJECTED = "REJECTED";

    private final DSLContext dsl;

    DeclarationStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Where the declarations of one inbox file are stored; {@link FileWrites#finish()} before the commit. */
    FileWrites forFile(long fileId) {
        return new FileWrites(fileId);
    }

    /**
     * The writes of one inbox file. The declaration row is inserted at once (its id names the
     * lines), but lines and answer rows are gathered and sent in large blocks, and credits are
     * linked to their debits once per file: per file a few round trips, not a few per declaration.
     * The checks never read these rows back (they keep their own state in memory), so sending them
     * late changes nothing they see; everything is still in the file's one transaction.
     */
    final class FileWrites {

        private final BulkInsert lines = new BulkInsert(dsl, DECLARATION_LINE, LINE_FIELDS);
        private final BulkInsert responses = new BulkInsert(dsl, DECLARATION_RESPONSE, RESPONSE_FIELDS);
        private final List<Long> withAcceptedCredits = new ArrayList<>();
        private final long fileId;

        private FileWrites(long fileId) {
            this.fileId = fileId;
        }

        /**
         * Stores one declaration of the file ({@code ordinal} = order of first appearance, from 1)
         * and returns its id.
         */
        long store(int ordinal, RawDeclaration raw, DeclarationVerdict verdict) {
            Header header = Header.of(raw);
            long declarationId = insertDeclaration(fileId, ordinal, raw, verdict, header);
            List<RawLine> rawLines = raw.lines();
            for (int i = 0; i < rawLines.size(); i++) {
                lines.add(lineValues(declarationId, i + 1, header, rawLines.get(i), verdict.lines().get(i)));
            }
            if (header.provider != null && hasAcceptedCredit(rawLines, verdict)) {
                withAcceptedCredits.add(declarationId);
            }
            return declarationId;
        }

        /** Records where a declaration's answers were written, relative to the output folder. */
        void recordResponse(long declarationId, WrittenFile csv, WrittenFile xml, LocalDateTime writtenAt) {
            responses.add(Arrays.asList(declarationId, csv.relativePath(), csv.sha256(),
                    xml == null ? null : xml.relativePath(), xml == null ? null : xml.sha256(), writtenAt));
        }

        /** Sends what is still pending and links the file's accepted credits with their debits. */
        void finish() {
            lines.flush();
            responses.flush();
            if (!withAcceptedCredits.isEmpty()) {
                linkAcceptedCredits(withAcceptedCredits);
            }
        }
    }

    private long insertDeclaration(long fileId, int ordinal, RawDeclaration raw, DeclarationVerdict verdict,
            Header header) {
        return dsl.insertInto(DECLARATION)
                .set(DECLARATION.FILE_ID, fileId)
                .set(DECLARATION.FILE_ORDINAL, ordinal)
                .set(DECLARATION.SOURCE_FORMAT, raw.format().name())
                .set(DECLARATION.MESSAGE_ID, StoredText.text(raw.get(MESSAGE_ID), 12))
                .set(DECLARATION.MESSAGE_DATE, StoredText.date(raw.get(MESSAGE_DATE)))
                .set(DECLARATION.PROVIDER_AGB, header.provider)
                .set(DECLARATION.MUNICIPALITY_CODE, header.municipality)
                .set(DECLARATION.LAW, header.law)
                .set(DECLARATION.DECLARATION_NUMBER, StoredText.text(raw.get(DECLARATION_NUMBER), 12))
                .set(DECLARATION.PERIOD_START, StoredText.date(raw.get(PERIOD_START)))
                .set(DECLARATION.PERIOD_END, StoredText.date(raw.get(PERIOD_END)))
                .set(DECLARATION.SETTLEMENT_PERIOD, header.period)
                .set(DECLARATION.DECLARATION_DATE, StoredText.date(raw.get(DECLARATION_DATE)))
                .set(DECLARATION.TOTAL_CENTS, signed(StoredText.number(raw.get(TOTAL_CENTS), 12), raw.get(TOTAL_DC)))
                .set(DECLARATION.DECLARATION_CODES, joined(verdict.declarationCodes(), 40))
                .set(DECLARATION.RULE_NAMES, joined(verdict.ruleNames(), 2000))
                .set(DECLARATION.ANSWER_CODE, String.join("|", verdict.answerCodes()))
                .set(DECLARATION.AWARDED_TOTAL_CENTS, verdict.awardedTotalCents())
                .returningResult(DECLARATION.DECLARATION_ID)
                .fetchOne()
                .value1();
    }

    private static List<Object> lineValues(long declarationId, int ordinal, Header header, RawLine raw,
            LineVerdict verdict) {
        String unit = StoredText.text(raw.get(UNIT), 2);
        return Arrays.asList(
                declarationId,
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
                "83".equals(unit) ? null : StoredText.number(raw.get(TARIFF_CENTS), 18),
                StoredText.number(raw.get(AMOUNT_CENTS), 18),
                StoredText.oneOf(raw.get(DC), "D", "C"),
                verdict.accepted() ? ACCEPTED : REJECTED,
                joined(verdict.codes(), 200),
                joined(verdict.ruleNames(), 2000));
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
                        .and(debit.VERDICT.eq(ACCEPTED)))
                .where(credit.DECLARATION_ID.in(declarationIds)
                        .and(credit.DC.eq("C"))
                        .and(credit.VERDICT.eq(ACCEPTED)))
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
    private record Header(String provider, String municipality, String law, String period) {

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
