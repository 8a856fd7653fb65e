package org.caresettle.batch.settle;

import static org.caresettle.schema.jooq.Tables.CORRECTION;
import static org.caresettle.schema.jooq.Tables.SETTLEMENT_VERSION;
import static org.caresettle.schema.jooq.Tables.SETTLEMENT_VERSION_INPUT;
import static org.caresettle.schema.jooq.Tables.SETTLEMENT_VERSION_LOAD;
import static org.caresettle.schema.jooq.Tables.STATEMENT_LINE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caresettle.batch.db.BulkInsert;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.settlement.Correction;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.Settlement;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Unit;
import org.caresettle.schema.jooq.tables.records.SettlementVersionRecord;
import org.caresettle.schema.jooq.tables.records.StatementLineRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * The stored versions of a period (V4, V10): the version with its input fingerprint and the hashes
 * of its files, its invoice and payment lines (the next version's "previous" and the risk report's
 * input), its corrections, the reference loads it used, and later fingerprints found to give the
 * same statements. Rows are only ever inserted; an earlier version never changes.
 */
@Repository
public class SettlementVersionRepository {

    static final String PUBLISHED = "PUBLISHED";
    /** The columns of {@link #statementLineValues}, in its order. */
    static final List<Field<?>> STATEMENT_LINE_FIELDS = List.of(
            STATEMENT_LINE.VERSION_ID, STATEMENT_LINE.FILE_KIND, STATEMENT_LINE.LINE_ORDINAL,
            STATEMENT_LINE.MUNICIPALITY_CODE, STATEMENT_LINE.PROVIDER_AGB, STATEMENT_LINE.LINE_TYPE, STATEMENT_LINE.LAW,
            STATEMENT_LINE.CATEGORY, STATEMENT_LINE.CODE, STATEMENT_LINE.FINANCING, STATEMENT_LINE.LINE_COUNT,
            STATEMENT_LINE.VOLUME, STATEMENT_LINE.UNIT, STATEMENT_LINE.WITHHELD_CENTS, STATEMENT_LINE.AMOUNT_CENTS);
    /** The columns of {@link #correctionValues}, in its order. */
    static final List<Field<?>> CORRECTION_FIELDS = List.of(
            CORRECTION.VERSION_ID, CORRECTION.MUNICIPALITY_CODE, CORRECTION.LINE_KEY, CORRECTION.PREVIOUS_AMOUNT_CENTS,
            CORRECTION.NEW_AMOUNT_CENTS, CORRECTION.DIFFERENCE_CENTS);

    private final DSLContext dsl;
    private final Clock clock;

    SettlementVersionRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * A stored version: its number, the fingerprint it was settled from, and (from V10 on; empty for
     * older versions) the SHA-256 of its manifest and of its statements without the version column.
     */
    public record StoredVersion(long versionId, int number, String inputSha256, String manifestSha256,
            String statementsSha256) {
    }

    public Optional<StoredVersion> latest(Period period) {
        return dsl.selectFrom(SETTLEMENT_VERSION)
                .where(SETTLEMENT_VERSION.SETTLEMENT_PERIOD.eq(period.toString()))
                .orderBy(SETTLEMENT_VERSION.VERSION_NUMBER.desc())
                .limit(1)
                .fetchOptional(SettlementVersionRepository::storedVersion);
    }

    /** A stored version of a period by its number. */
    public Optional<StoredVersion> version(Period period, int number) {
        return dsl.selectFrom(SETTLEMENT_VERSION)
                .where(SETTLEMENT_VERSION.SETTLEMENT_PERIOD.eq(period.toString())
                        .and(SETTLEMENT_VERSION.VERSION_NUMBER.eq(number)))
                .fetchOptional(SettlementVersionRepository::storedVersion);
    }

    /** Every stored version of a period, oldest first. */
    public List<StoredVersion> all(Period period) {
        return dsl.selectFrom(SETTLEMENT_VERSION)
                .where(SETTLEMENT_VERSION.SETTLEMENT_PERIOD.eq(period.toString()))
                .orderBy(SETTLEMENT_VERSION.VERSION_NUMBER)
                .fetch(SettlementVersionRepository::storedVersion);
    }

    /** Whether settling from these inputs is known to give this version: its own fingerprint or one recorded since. */
    public boolean settledFrom(StoredVersion version, String inputSha256) {
        return version.inputSha256().equals(inputSha256) || dsl.fetchExists(SETTLEMENT_VERSION_INPUT,
                SETTLEMENT_VERSION_INPUT.VERSION_ID.eq(version.versionId())
                        .and(SETTLEMENT_VERSION_INPUT.INPUT_SHA256.eq(inputSha256)));
    }

    /**
     * Records that these inputs, settled again, gave exactly the statements of {@code version}, so
     * the next run with them is unchanged at once. The version's own row is not touched: it keeps
     * the fingerprint it was settled from.
     */
    public void recordSameStatements(StoredVersion version, String inputSha256) {
        dsl.insertInto(SETTLEMENT_VERSION_INPUT)
                .set(SETTLEMENT_VERSION_INPUT.VERSION_ID, version.versionId())
                .set(SETTLEMENT_VERSION_INPUT.INPUT_SHA256, inputSha256)
                .execute();
    }

    private static StoredVersion storedVersion(SettlementVersionRecord r) {
        return new StoredVersion(r.getVersionId(), r.getVersionNumber(), r.getInputSha256(), r.getManifestSha256(),
                r.getStatementsSha256());
    }

    /** What a stored version settled: the sum of its invoice TOTALs. */
    public record SettledAmount(String period, int version, long cents) {
    }

    /** The amount every stored version settled, for the metrics (issue 15). */
    public List<SettledAmount> settledAmounts() {
        Field<java.math.BigDecimal> total = org.jooq.impl.DSL.sum(STATEMENT_LINE.AMOUNT_CENTS);
        return dsl.select(SETTLEMENT_VERSION.SETTLEMENT_PERIOD, SETTLEMENT_VERSION.VERSION_NUMBER, total)
                .from(SETTLEMENT_VERSION)
                .join(STATEMENT_LINE).on(STATEMENT_LINE.VERSION_ID.eq(SETTLEMENT_VERSION.VERSION_ID))
                .where(STATEMENT_LINE.FILE_KIND.eq(StatementKind.INVOICE.name())
                        .and(STATEMENT_LINE.LINE_TYPE.eq(LineType.TOTAL.name())))
                .groupBy(SETTLEMENT_VERSION.SETTLEMENT_PERIOD, SETTLEMENT_VERSION.VERSION_NUMBER)
                .fetch(r -> new SettledAmount(r.value1().trim(), r.value2(), r.value3().longValueExact()));
    }

    /** One municipality's invoice lines of a version (TOTAL included), in the order of its file. */
    public List<StatementLine> invoiceLines(long versionId, MunicipalityCode municipality) {
        return dsl.selectFrom(STATEMENT_LINE)
                .where(STATEMENT_LINE.VERSION_ID.eq(versionId)
                        .and(STATEMENT_LINE.FILE_KIND.eq(StatementKind.INVOICE.name()))
                        .and(STATEMENT_LINE.MUNICIPALITY_CODE.eq(municipality.value())))
                .orderBy(STATEMENT_LINE.LINE_ORDINAL)
                .fetch(SettlementVersionRepository::statementLine);
    }

    /** Every invoice line of a version (TOTALs included), as the core compares versions. */
    public List<StatementLine> invoiceLines(long versionId) {
        return dsl.selectFrom(STATEMENT_LINE)
                .where(STATEMENT_LINE.VERSION_ID.eq(versionId).and(STATEMENT_LINE.FILE_KIND.eq(StatementKind.INVOICE.name())))
                .orderBy(STATEMENT_LINE.STATEMENT_LINE_ID)
                .fetch(SettlementVersionRepository::statementLine);
    }

    /**
     * Stores a settled version with the SHA-256 of its manifest and of its statements (see
     * {@link StoredVersion}); the caller's transaction makes it all or nothing.
     */
    public long store(Settlement settlement, InputFingerprint.Inputs inputs, String manifestSha256,
            String statementsSha256) {
        long versionId = dsl.insertInto(SETTLEMENT_VERSION)
                .set(SETTLEMENT_VERSION.SETTLEMENT_PERIOD, settlement.period().toString())
                .set(SETTLEMENT_VERSION.VERSION_NUMBER, settlement.version())
                .set(SETTLEMENT_VERSION.INPUT_SHA256, inputs.sha256())
                .set(SETTLEMENT_VERSION.MANIFEST_SHA256, manifestSha256)
                .set(SETTLEMENT_VERSION.STATEMENTS_SHA256, statementsSha256)
                .set(SETTLEMENT_VERSION.STATUS, PUBLISHED)
                .set(SETTLEMENT_VERSION.CREATED_AT, LocalDateTime.now(clock))
                .returningResult(SETTLEMENT_VERSION.VERSION_ID)
                .fetchOne()
                .value1();
        // A national month has tens of thousands of statement lines: bulk-loaded (COPY on PostgreSQL);
        // jOOQ's batchInsert of records was 11% of a 1M-line settle's CPU samples.
        BulkInsert lines = new BulkInsert(dsl, STATEMENT_LINE, STATEMENT_LINE_FIELDS);
        settlement.invoices().forEach(invoice -> addLines(lines, versionId, StatementKind.INVOICE, invoice.lines()));
        settlement.payments().forEach(payment -> addLines(lines, versionId, StatementKind.PAYMENT, payment.lines()));
        lines.flush();
        BulkInsert corrections = new BulkInsert(dsl, CORRECTION, CORRECTION_FIELDS);
        settlement.corrections().orElse(List.of()).forEach(correction -> addCorrection(corrections, versionId, correction));
        corrections.flush();
        for (long loadId : inputs.loadIds()) {
            dsl.insertInto(SETTLEMENT_VERSION_LOAD)
                    .set(SETTLEMENT_VERSION_LOAD.VERSION_ID, versionId)
                    .set(SETTLEMENT_VERSION_LOAD.LOAD_ID, loadId)
                    .execute();
        }
        return versionId;
    }

    private static void addLines(BulkInsert rows, long versionId, StatementKind kind, List<StatementLine> lines) {
        int ordinal = 0;
        for (StatementLine line : lines) {
            rows.add(statementLineValues(versionId, kind, ++ordinal, line));
        }
    }

    static List<Object> statementLineValues(long versionId, StatementKind kind, int ordinal, StatementLine line) {
        StatementLineKey key = line.key();
        return Arrays.asList(
                versionId,
                kind.name(),
                ordinal,
                key.municipality() == null ? null : key.municipality().value(),
                key.provider() == null ? null : key.provider().value(),
                key.type().name(),
                key.law() == null ? null : key.law().name(),
                key.category(),
                key.code(),
                key.financing() == null ? null : key.financing().name(),
                Math.toIntExact(line.lineCount()),
                line.volume(),
                key.unit() == null ? null : key.unit().code(),
                line.withheldCents(),
                line.amountCents());
    }

    private static void addCorrection(BulkInsert rows, long versionId, Correction correction) {
        rows.add(correctionValues(versionId, correction));
    }

    static List<Object> correctionValues(long versionId, Correction correction) {
        StatementLineKey key = correction.key();
        return Arrays.asList(versionId, key.municipality().value(), lineKey(key), correction.previousCents(),
                correction.newCents(), correction.differenceCents());
    }

    /** The invoice line's identity within its municipality: the key columns joined with '|'. */
    static String lineKey(StatementLineKey key) {
        return String.join("|", key.type().name(),
                key.provider() == null ? "" : key.provider().value(),
                key.law() == null ? "" : key.law().name(),
                key.category() == null ? "" : key.category(),
                key.code() == null ? "" : key.code(),
                key.financing() == null ? "" : key.financing().name(),
                key.unit() == null ? "" : key.unit().code());
    }

    private static StatementLine statementLine(StatementLineRecord r) {
        StatementLineKey key = new StatementLineKey(
                LineType.valueOf(r.getLineType()),
                r.getMunicipalityCode() == null ? null : MunicipalityCode.of(r.getMunicipalityCode()),
                r.getProviderAgb() == null ? null : AgbCode.of(r.getProviderAgb()),
                r.getLaw() == null ? null : Law.parse(r.getLaw()),
                r.getCategory(),
                r.getCode(),
                r.getFinancing() == null ? null : Financing.valueOf(r.getFinancing()),
                r.getUnit() == null ? null : Unit.parse(r.getUnit()));
        return new StatementLine(key, r.getLineCount(), r.getVolume(), r.getWithheldCents(), r.getAmountCents());
    }
}
