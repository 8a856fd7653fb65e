package org.caresettle.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caresettle.schema.jooq.Tables.CORRECTION;
import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.DECLARATION_RESPONSE;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.caresettle.schema.jooq.Tables.REFERENCE_LOAD;
import static org.caresettle.schema.jooq.Tables.RISK_INDICATOR;
import static org.caresettle.schema.jooq.Tables.RUN_LOCK;
import static org.caresettle.schema.jooq.Tables.RUN_LOG;
import static org.caresettle.schema.jooq.Tables.SETTLEMENT_VERSION;
import static org.caresettle.schema.jooq.Tables.SETTLEMENT_VERSION_LOAD;
import static org.caresettle.schema.jooq.Tables.STATEMENT_LINE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.check.Verdict;
import org.caresettle.schema.jooq.DefaultSchema;
import org.caresettle.schema.jooq.tables.records.DeclarationLineRecord;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.caresettle.schema.testsupport.TestMigrations;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Schema;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrations are the one source of the schema: they must run on H2 (the default database)
 * and on PostgreSQL (production) alike, and give exactly the tables the generated jOOQ classes,
 * made from the same scripts by jOOQ's own parser, expect.
 */
@SlowTest
class MigrationsTest {

    private static final List<String> EXPECTED_TABLES = List.of(
            // V1 reference data
            "reference_load", "municipality", "provider", "product", "arrangement", "allocation",
            "pooling_key", "budget", "outcome",
            // V2 runs
            "run_log", "run_lock",
            // V3 ingest
            "inbox_file", "declaration", "declaration_line", "declaration_response",
            // V4 settlement
            "settlement_version", "settlement_version_load", "statement_line", "correction",
            // V5 risk
            "risk_indicator",
            // V9 the database's identity and its --out folder
            "database_identity",
            // V10 published versions' guards
            "settlement_version_input",
            // V11 console users and the audit trail
            "console_user", "console_user_municipality", "audit_event",
            // V14 rerun requests (four eyes)
            "rerun_request",
            // V18 the files of each part of a partitioned ingest
            "inbox_plan_file");

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 1, 2, 30, 15);
    // Beyond a double's exact range: cents must survive as integers.
    private static final long HUGE_CENTS = 9_007_199_254_740_993L;

    static Stream<Named<Supplier<TestDatabase>>> databases() {
        return Stream.of(
                Named.of("H2", TestDatabases::h2),
                Named.of("PostgreSQL", TestDatabases::postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void appliesEveryMigrationOnce(Supplier<TestDatabase> databases) {
        try (TestDatabase database = databases.get()) {
            MigrateResult first = TestMigrations.migrate(database);
            MigrateResult second = TestMigrations.migrate(database);

            MigrationInfo[] applied = TestMigrations.flyway(database).info().applied();
            assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
            assertThat(applied).extracting(info -> info.getVersion().getVersion())
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "17", "18");
            assertThat(first.migrationsExecuted).isEqualTo(applied.length);
            assertThat(second.migrationsExecuted).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void createsExactlyTheTablesAndColumnsOfTheGeneratedClasses(Supplier<TestDatabase> databases) {
        try (TestDatabase database = databases.get()) {
            TestMigrations.migrate(database);
            Map<String, Table<?>> actual = publicTables(database.dsl());

            Map<String, Table<?>> generated = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                    .collect(Collectors.toMap(Table::getName, table -> table, (a, b) -> a, TreeMap::new));
            assertThat(generated.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED_TABLES);
            assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(
                    Stream.concat(EXPECTED_TABLES.stream(), Stream.of("flyway_schema_history")).toList());

            for (Table<?> table : generated.values()) {
                assertThat(columns(actual.get(table.getName())))
                        .as("columns of %s: name and nullability", table.getName())
                        .isEqualTo(columns(table));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void roundTripsEveryKindOfRowThroughTheGeneratedClasses(Supplier<TestDatabase> databases) {
        try (TestDatabase database = databases.get()) {
            TestMigrations.migrate(database);
            DSLContext dsl = database.dsl();

            long runId = dsl.insertInto(RUN_LOG)
                    .set(RUN_LOG.COMMAND, "ingest")
                    .set(RUN_LOG.BUSINESS_DATE, LocalDate.of(2026, 4, 1))
                    .set(RUN_LOG.STARTED_AT, NOW)
                    .set(RUN_LOG.OUTCOME, "RUNNING")
                    .returning(RUN_LOG.RUN_ID).fetchOne().getRunId();
            dsl.insertInto(RUN_LOCK)
                    .set(RUN_LOCK.LOCK_NAME, "settlement").set(RUN_LOCK.RUN_ID, runId)
                    .set(RUN_LOCK.HOLDER, "host:123").set(RUN_LOCK.ACQUIRED_AT, NOW)
                    .execute();

            long fileId = insertFile(dsl, runId, "decl.csv", sha('a'), "INGESTED", 1);
            long declarationId = dsl.insertInto(DECLARATION)
                    .set(DECLARATION.FILE_ID, fileId).set(DECLARATION.FILE_ORDINAL, 1)
                    .set(DECLARATION.SOURCE_FORMAT, "CSV").set(DECLARATION.MESSAGE_ID, "M1")
                    .set(DECLARATION.PROVIDER_AGB, "12345678").set(DECLARATION.MUNICIPALITY_CODE, "0405")
                    .set(DECLARATION.LAW, "JW").set(DECLARATION.DECLARATION_NUMBER, "D1")
                    .set(DECLARATION.PERIOD_START, LocalDate.of(2026, 3, 1))
                    .set(DECLARATION.PERIOD_END, LocalDate.of(2026, 3, 31))
                    .set(DECLARATION.SETTLEMENT_PERIOD, "2026-03")
                    .set(DECLARATION.TOTAL_CENTS, -HUGE_CENTS)
                    .set(DECLARATION.ANSWER_CODE, List.of(ReturnCode.ALL_ACCEPTED)).set(DECLARATION.AWARDED_TOTAL_CENTS, -HUGE_CENTS)
                    .returning(DECLARATION.DECLARATION_ID).fetchOne().getDeclarationId();

            long debitId = insertLine(dsl, declarationId, 1, "R1", null, "D", null);
            long creditId = insertLine(dsl, declarationId, 2, "R2", "R1", "C", debitId);
            dsl.update(DECLARATION_LINE).set(DECLARATION_LINE.CREDITED_BY_LINE_ID, creditId)
                    .where(DECLARATION_LINE.LINE_ID.eq(debitId)).execute();

            DeclarationLineRecord debit = dsl.selectFrom(DECLARATION_LINE)
                    .where(DECLARATION_LINE.PROVIDER_AGB.eq("12345678").and(DECLARATION_LINE.REFERENCE.eq("R1")))
                    .fetchSingle();
            assertThat(debit.getBsn()).isEqualTo("012345672");
            assertThat(debit.getAmountCents()).isEqualTo(HUGE_CENTS);
            assertThat(debit.getProductStart()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(debit.getCodes()).containsExactly(ReturnCode.NO_ALLOCATION, ReturnCode.REFERENCE_ALREADY_SENT);
            assertThat(debit.getVerdict()).isEqualTo(Verdict.ACCEPTED);
            // The typed columns keep their text: the verdict's name, the codes joined with '|', none as NULL.
            assertThat(dsl.fetchValue("select verdict from declaration_line where line_id = ?", debitId))
                    .isEqualTo("ACCEPTED");
            assertThat(dsl.fetchValue("select codes from declaration_line where line_id = ?", debitId))
                    .isEqualTo("9338|8021");
            assertThat(dsl.fetchValue("select codes from declaration_line where line_id = ?", creditId)).isNull();
            assertThat(dsl.fetchValue("select answer_code from declaration where declaration_id = ?", declarationId))
                    .isEqualTo("8001");
            assertThat(debit.getCreditedByLineId()).isEqualTo(creditId);
            assertThat(dsl.fetchValue(DECLARATION.TOTAL_CENTS, DECLARATION.DECLARATION_ID.eq(declarationId)))
                    .isEqualTo(-HUGE_CENTS);

            // The shape of the cumulative checks: net accepted volume of one allocation in one month.
            Long openVolume = dsl.select(DSL.sum(DECLARATION_LINE.VOLUME).cast(Long.class))
                    .from(DECLARATION_LINE)
                    .where(DECLARATION_LINE.MUNICIPALITY_CODE.eq("0405"))
                    .and(DECLARATION_LINE.ALLOCATION_NUMBER.eq("1001"))
                    .and(DECLARATION_LINE.PRODUCT_START.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                    .and(DECLARATION_LINE.VERDICT.eq(Verdict.ACCEPTED))
                    .and(DECLARATION_LINE.DC.eq("D"))
                    .and(DECLARATION_LINE.CREDITED_BY_LINE_ID.isNull())
                    .fetchOne().value1();
            assertThat(openVolume).isNull();

            dsl.insertInto(DECLARATION_RESPONSE)
                    .set(DECLARATION_RESPONSE.DECLARATION_ID, declarationId)
                    .set(DECLARATION_RESPONSE.CSV_PATH, "responses/12345678/decl.csv.M1.csv")
                    .set(DECLARATION_RESPONSE.CSV_SHA256, sha('c'))
                    .set(DECLARATION_RESPONSE.WRITTEN_AT, NOW)
                    .execute();

            long loadId = dsl.insertInto(REFERENCE_LOAD)
                    .set(REFERENCE_LOAD.FILE_NAME, "arrangements.csv").set(REFERENCE_LOAD.SHA256, sha('d'))
                    .set(REFERENCE_LOAD.ROW_COUNT, 4).set(REFERENCE_LOAD.LOADED_AT, NOW)
                    .returning(REFERENCE_LOAD.LOAD_ID).fetchOne().getLoadId();
            long versionId = dsl.insertInto(SETTLEMENT_VERSION)
                    .set(SETTLEMENT_VERSION.SETTLEMENT_PERIOD, "2026-03").set(SETTLEMENT_VERSION.VERSION_NUMBER, 1)
                    .set(SETTLEMENT_VERSION.INPUT_SHA256, sha('e')).set(SETTLEMENT_VERSION.STATUS, "PUBLISHED")
                    .set(SETTLEMENT_VERSION.RUN_ID, runId).set(SETTLEMENT_VERSION.CREATED_AT, NOW)
                    .returning(SETTLEMENT_VERSION.VERSION_ID).fetchOne().getVersionId();
            dsl.insertInto(SETTLEMENT_VERSION_LOAD)
                    .set(SETTLEMENT_VERSION_LOAD.VERSION_ID, versionId).set(SETTLEMENT_VERSION_LOAD.LOAD_ID, loadId)
                    .execute();
            dsl.insertInto(STATEMENT_LINE)
                    .set(STATEMENT_LINE.VERSION_ID, versionId).set(STATEMENT_LINE.FILE_KIND, "INVOICE")
                    .set(STATEMENT_LINE.LINE_ORDINAL, 1).set(STATEMENT_LINE.MUNICIPALITY_CODE, "0405")
                    .set(STATEMENT_LINE.LINE_TYPE, "TOTAL")
                    .set(STATEMENT_LINE.WITHHELD_CENTS, 0L).set(STATEMENT_LINE.AMOUNT_CENTS, 395651L)
                    .execute();
            dsl.insertInto(CORRECTION)
                    .set(CORRECTION.VERSION_ID, versionId).set(CORRECTION.MUNICIPALITY_CODE, "0405")
                    .set(CORRECTION.LINE_KEY, "TOTAL|||||")
                    .set(CORRECTION.PREVIOUS_AMOUNT_CENTS, 395000L).set(CORRECTION.NEW_AMOUNT_CENTS, 395651L)
                    .set(CORRECTION.DIFFERENCE_CENTS, 651L)
                    .execute();
            dsl.insertInto(RISK_INDICATOR)
                    .set(RISK_INDICATOR.SETTLEMENT_PERIOD, "2026-03").set(RISK_INDICATOR.MUNICIPALITY_CODE, "0405")
                    .set(RISK_INDICATOR.VERSION_ID, versionId).set(RISK_INDICATOR.LINE_ORDINAL, 1)
                    .set(RISK_INDICATOR.INDICATOR, "budget_forecast_JW")
                    .set(RISK_INDICATOR.INDICATOR_VALUE, "96.20%").set(RISK_INDICATOR.THRESHOLD, "95%/105%")
                    .set(RISK_INDICATOR.RISK_LEVEL, "WATCH").set(RISK_INDICATOR.RUN_ID, runId)
                    .execute();

            assertThat(dsl.fetchValue(STATEMENT_LINE.AMOUNT_CENTS, STATEMENT_LINE.VERSION_ID.eq(versionId)))
                    .isEqualTo(395651L);
            assertThat(dsl.fetchValue(CORRECTION.DIFFERENCE_CENTS, CORRECTION.VERSION_ID.eq(versionId)))
                    .isEqualTo(651L);
            assertThat(dsl.fetchValue(RISK_INDICATOR.RISK_LEVEL, RISK_INDICATOR.MUNICIPALITY_CODE.eq("0405")))
                    .isEqualTo("WATCH");
            assertThat(dsl.fetchValue(RUN_LOCK.RUN_ID, RUN_LOCK.LOCK_NAME.eq("settlement"))).isEqualTo(runId);
            assertThat(dsl.fetchValue(RUN_LOG.STARTED_AT, RUN_LOG.RUN_ID.eq(runId))).isEqualTo(NOW);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void guardsTheRulesThatNeedTheDatabase(Supplier<TestDatabase> databases) {
        try (TestDatabase database = databases.get()) {
            TestMigrations.migrate(database);
            DSLContext dsl = database.dsl();
            long runId = dsl.insertInto(RUN_LOG)
                    .set(RUN_LOG.COMMAND, "nightly").set(RUN_LOG.STARTED_AT, NOW).set(RUN_LOG.OUTCOME, "RUNNING")
                    .returning(RUN_LOG.RUN_ID).fetchOne().getRunId();

            insertFile(dsl, runId, "a.csv", sha('a'), "INGESTED", 1);
            // Copies of one content: any number of DUPLICATE rows (empty content_sha256 is no clash) ...
            dsl.insertInto(INBOX_FILE)
                    .set(INBOX_FILE.FILE_NAME, "b.csv").set(INBOX_FILE.SIZE_BYTES, 10L)
                    .set(INBOX_FILE.SHA256, sha('a')).set(INBOX_FILE.OUTCOME, "DUPLICATE")
                    .set(INBOX_FILE.RECEIVED_AT, NOW).set(INBOX_FILE.PROCESSING_ORDER, 2L).execute();
            dsl.insertInto(INBOX_FILE)
                    .set(INBOX_FILE.FILE_NAME, "c.csv").set(INBOX_FILE.SIZE_BYTES, 10L)
                    .set(INBOX_FILE.SHA256, sha('a')).set(INBOX_FILE.OUTCOME, "DUPLICATE")
                    .set(INBOX_FILE.RECEIVED_AT, NOW).set(INBOX_FILE.PROCESSING_ORDER, 3L).execute();
            // ... but the content is ingested once,
            assertConstraintViolation(() -> insertFile(dsl, runId, "d.csv", sha('a'), "INGESTED", 4));
            // each file has its own place in processing order,
            assertConstraintViolation(() -> insertFile(dsl, runId, "e.csv", sha('e'), "INGESTED", 1));
            // one run at a time,
            insertLock(dsl, runId);
            assertConstraintViolation(() -> insertLock(dsl, runId));
            // one version N per period,
            insertVersion(dsl, 1);
            assertConstraintViolation(() -> insertVersion(dsl, 1));
            // and a credit reverses a debit that exists.
            long fileId = dsl.fetchValue(INBOX_FILE.FILE_ID, INBOX_FILE.FILE_NAME.eq("a.csv"));
            long declarationId = dsl.insertInto(DECLARATION)
                    .set(DECLARATION.FILE_ID, fileId).set(DECLARATION.FILE_ORDINAL, 1)
                    .set(DECLARATION.SOURCE_FORMAT, "XML").set(DECLARATION.DECLARATION_CODES, List.of(ReturnCode.TECHNICAL))
                    .set(DECLARATION.RULE_NAMES, "FIELD:message_id")
                    .set(DECLARATION.ANSWER_CODE, List.of(ReturnCode.TECHNICAL)).set(DECLARATION.AWARDED_TOTAL_CENTS, 0L)
                    .returning(DECLARATION.DECLARATION_ID).fetchOne().getDeclarationId();
            assertConstraintViolation(() -> insertLine(dsl, declarationId, 1, "R2", "R1", "C", 999_999L));
        }
    }

    private static long insertFile(DSLContext dsl, long runId, String name, String sha256, String outcome,
            long processingOrder) {
        return dsl.insertInto(INBOX_FILE)
                .set(INBOX_FILE.FILE_NAME, name).set(INBOX_FILE.SIZE_BYTES, 10L)
                .set(INBOX_FILE.SHA256, sha256).set(INBOX_FILE.CONTENT_SHA256, sha256)
                .set(INBOX_FILE.OUTCOME, outcome).set(INBOX_FILE.ANSWER_BASE_NAME, name)
                .set(INBOX_FILE.RUN_ID, runId).set(INBOX_FILE.RECEIVED_AT, NOW).set(INBOX_FILE.PROCESSED_AT, NOW)
                .set(INBOX_FILE.PROCESSING_ORDER, processingOrder)
                .returning(INBOX_FILE.FILE_ID).fetchOne().getFileId();
    }

    private static long insertLine(DSLContext dsl, long declarationId, int ordinal, String reference,
                                   String previousReference, String dc, Long reversesLineId) {
        return dsl.insertInto(DECLARATION_LINE)
                .set(DECLARATION_LINE.DECLARATION_ID, declarationId).set(DECLARATION_LINE.LINE_ORDINAL, ordinal)
                .set(DECLARATION_LINE.SOURCE_POSITION, ordinal + 1)
                .set(DECLARATION_LINE.PROVIDER_AGB, "12345678").set(DECLARATION_LINE.MUNICIPALITY_CODE, "0405")
                .set(DECLARATION_LINE.LAW, "JW").set(DECLARATION_LINE.SETTLEMENT_PERIOD, "2026-03")
                .set(DECLARATION_LINE.BSN, "012345672")
                .set(DECLARATION_LINE.REFERENCE, reference).set(DECLARATION_LINE.PREVIOUS_REFERENCE, previousReference)
                .set(DECLARATION_LINE.ALLOCATION_NUMBER, "1001")
                .set(DECLARATION_LINE.CATEGORY, "45").set(DECLARATION_LINE.CODE, "45A01")
                .set(DECLARATION_LINE.PRODUCT_START, LocalDate.of(2026, 3, 2))
                .set(DECLARATION_LINE.PRODUCT_END, LocalDate.of(2026, 3, 2))
                .set(DECLARATION_LINE.VOLUME, 8L).set(DECLARATION_LINE.UNIT, "04")
                .set(DECLARATION_LINE.TARIFF_CENTS, 8550L).set(DECLARATION_LINE.AMOUNT_CENTS, HUGE_CENTS)
                .set(DECLARATION_LINE.DC, dc).set(DECLARATION_LINE.VERDICT, Verdict.ACCEPTED)
                .set(DECLARATION_LINE.CODES, "D".equals(dc)
                        ? List.of(ReturnCode.NO_ALLOCATION, ReturnCode.REFERENCE_ALREADY_SENT) : List.of())
                .set(DECLARATION_LINE.REVERSES_LINE_ID, reversesLineId)
                .returning(DECLARATION_LINE.LINE_ID).fetchOne().getLineId();
    }

    private static void insertLock(DSLContext dsl, long runId) {
        dsl.insertInto(RUN_LOCK)
                .set(RUN_LOCK.LOCK_NAME, "settlement").set(RUN_LOCK.RUN_ID, runId)
                .set(RUN_LOCK.HOLDER, "host:1").set(RUN_LOCK.ACQUIRED_AT, NOW)
                .execute();
    }

    private static void insertVersion(DSLContext dsl, int number) {
        dsl.insertInto(SETTLEMENT_VERSION)
                .set(SETTLEMENT_VERSION.SETTLEMENT_PERIOD, "2026-03").set(SETTLEMENT_VERSION.VERSION_NUMBER, number)
                .set(SETTLEMENT_VERSION.INPUT_SHA256, sha('f')).set(SETTLEMENT_VERSION.STATUS, "PUBLISHED")
                .set(SETTLEMENT_VERSION.CREATED_AT, NOW)
                .execute();
    }

    private static void assertConstraintViolation(Runnable statement) {
        assertThatThrownBy(statement::run)
                .isInstanceOfSatisfying(DataAccessException.class, e ->
                        assertThat(e.sqlStateClass()).isEqualTo(SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION));
    }

    private static Map<String, Table<?>> publicTables(DSLContext dsl) {
        Schema schema = dsl.meta().getSchemas().stream()
                .filter(s -> s.getName().equalsIgnoreCase("public"))
                .findFirst().orElseThrow();
        return schema.getTables().stream().collect(Collectors.toMap(
                table -> table.getName().toLowerCase(Locale.ROOT), table -> table, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Boolean> columns(Table<?> table) {
        Map<String, Boolean> columns = new TreeMap<>();
        for (Field<?> field : table.fields()) {
            columns.put(field.getName().toLowerCase(Locale.ROOT), field.getDataType().nullable());
        }
        return columns;
    }

    private static String sha(char c) {
        return String.valueOf(c).repeat(64);
    }
}
