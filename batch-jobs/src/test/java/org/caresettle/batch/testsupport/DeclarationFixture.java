package org.caresettle.batch.testsupport;

import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.caresettle.batch.csv.Sha256;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.check.Verdict;
import org.caresettle.core.value.Period;
import org.caresettle.schema.jooq.tables.records.DeclarationLineRecord;
import org.caresettle.schema.testsupport.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Declarations with their verdicts straight into the database, as ingest leaves them (V3): the
 * settle tests need accepted lines without depending on the inbox ingest. Only the columns the
 * settlement and the detail files read are filled.
 */
public final class DeclarationFixture {

    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 4, 10, 6, 0);

    private final DSLContext dsl;
    private int declarations;

    public DeclarationFixture(TestDatabase database) {
        this.dsl = database.dsl();
    }

    /** A declaration: one provider, municipality, law and period. */
    public record Decl(long id, String provider, String municipality, String law, Period period) {
    }

    public long inboxFile(String name) {
        String sha = Sha256.of(name.getBytes(StandardCharsets.UTF_8));
        long processingOrder = dsl.select(DSL.coalesce(DSL.max(INBOX_FILE.PROCESSING_ORDER), 0L))
                .from(INBOX_FILE).fetchOne().value1() + 1;
        return dsl.insertInto(INBOX_FILE)
                .set(INBOX_FILE.FILE_NAME, name)
                .set(INBOX_FILE.SIZE_BYTES, 0L)
                .set(INBOX_FILE.SHA256, sha)
                .set(INBOX_FILE.CONTENT_SHA256, sha)
                .set(INBOX_FILE.OUTCOME, "INGESTED")
                .set(INBOX_FILE.ANSWER_BASE_NAME, name)
                .set(INBOX_FILE.RECEIVED_AT, RECEIVED)
                .set(INBOX_FILE.PROCESSING_ORDER, processingOrder)
                .returningResult(INBOX_FILE.FILE_ID)
                .fetchOne().value1();
    }

    public Decl declaration(long fileId, String messageId, String provider, String municipality, String law,
            String period) {
        Period p = Period.parse(period);
        long id = dsl.insertInto(DECLARATION)
                .set(DECLARATION.FILE_ID, fileId)
                .set(DECLARATION.FILE_ORDINAL, ++declarations)
                .set(DECLARATION.SOURCE_FORMAT, "CSV")
                .set(DECLARATION.MESSAGE_ID, messageId)
                .set(DECLARATION.PROVIDER_AGB, provider)
                .set(DECLARATION.MUNICIPALITY_CODE, municipality)
                .set(DECLARATION.LAW, law)
                .set(DECLARATION.DECLARATION_NUMBER, messageId.replaceAll("[^A-Za-z0-9]", ""))
                .set(DECLARATION.PERIOD_START, p.firstDay())
                .set(DECLARATION.PERIOD_END, p.lastDay())
                .set(DECLARATION.SETTLEMENT_PERIOD, period)
                .set(DECLARATION.ANSWER_CODE, List.of(ReturnCode.ALL_ACCEPTED))
                .set(DECLARATION.AWARDED_TOTAL_CENTS, 0L)
                .returningResult(DECLARATION.DECLARATION_ID)
                .fetchOne().value1();
        return new Decl(id, provider, municipality, law, p);
    }

    /** A debit line; {@code codes} empty means accepted, otherwise rejected with those codes. */
    public long debit(Decl decl, String reference, String allocation, String bsn, String category, String code,
            String start, String end, long volume, String unit, long tariff, String codes) {
        DeclarationLineRecord line = base(decl, reference, allocation, bsn, category, code, start, end, volume, unit, tariff);
        line.setDc("D");
        line.setVerdict(codes.isEmpty() ? Verdict.ACCEPTED : Verdict.REJECTED);
        line.setCodes(ReturnCode.split(codes));
        return insert(line);
    }

    /** An accepted credit of an accepted debit; the debit is marked credited. */
    public long credit(Decl decl, String reference, long debitId) {
        DeclarationLineRecord debit = dsl.selectFrom(DECLARATION_LINE).where(DECLARATION_LINE.LINE_ID.eq(debitId)).fetchOne();
        DeclarationLineRecord line = base(decl, reference, debit.getAllocationNumber(), debit.getBsn(),
                debit.getCategory(), debit.getCode(), debit.getProductStart().toString(), debit.getProductEnd().toString(),
                debit.getVolume(), debit.getUnit(), debit.getTariffCents());
        line.setPreviousReference(debit.getReference());
        line.setDc("C");
        line.setVerdict(Verdict.ACCEPTED);
        line.setReversesLineId(debitId);
        long id = insert(line);
        dsl.update(DECLARATION_LINE).set(DECLARATION_LINE.CREDITED_BY_LINE_ID, id)
                .where(DECLARATION_LINE.LINE_ID.eq(debitId)).execute();
        return id;
    }

    private DeclarationLineRecord base(Decl decl, String reference, String allocation, String bsn, String category,
            String code, String start, String end, long volume, String unit, long tariff) {
        int ordinal = dsl.fetchCount(DECLARATION_LINE, DECLARATION_LINE.DECLARATION_ID.eq(decl.id())) + 1;
        DeclarationLineRecord line = dsl.newRecord(DECLARATION_LINE);
        line.setDeclarationId(decl.id());
        line.setLineOrdinal(ordinal);
        line.setSourcePosition(ordinal + 1);
        line.setProviderAgb(decl.provider());
        line.setMunicipalityCode(decl.municipality());
        line.setLaw(decl.law());
        line.setSettlementPeriod(decl.period().toString());
        line.setBsn(bsn);
        line.setReference(reference);
        line.setAllocationNumber(allocation);
        line.setCategory(category);
        line.setCode(code);
        line.setProductStart(LocalDate.parse(start));
        line.setProductEnd(LocalDate.parse(end));
        line.setVolume(volume);
        line.setUnit(unit);
        line.setTariffCents(tariff);
        line.setAmountCents(volume * tariff);
        return line;
    }

    /** Stores a line; an accepted one adds to its declaration's awarded total, as the ingest invariant requires. */
    private long insert(DeclarationLineRecord line) {
        line.store();
        if (line.getVerdict() == Verdict.ACCEPTED) {
            long signed = "C".equals(line.getDc()) ? -line.getAmountCents() : line.getAmountCents();
            dsl.update(DECLARATION)
                    .set(DECLARATION.AWARDED_TOTAL_CENTS, DECLARATION.AWARDED_TOTAL_CENTS.plus(signed))
                    .where(DECLARATION.DECLARATION_ID.eq(line.getDeclarationId()))
                    .execute();
        }
        return line.getLineId();
    }
}
