package org.caresettle.batch.inquiry;

import static org.caresettle.schema.jooq.Tables.CORRECTION;
import static org.caresettle.schema.jooq.Tables.RISK_INDICATOR;
import static org.caresettle.schema.jooq.Tables.RUN_LOG;
import static org.caresettle.schema.jooq.Tables.SETTLEMENT_VERSION;
import static org.caresettle.schema.jooq.Tables.STATEMENT_LINE;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caresettle.core.value.Period;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The jOOQ queries behind {@link SettlementInquiry}: versions, their invoice totals, corrections, alerts. */
@Repository
class SettlementQueries {

    private static final String TOTAL = "TOTAL";
    private static final String INVOICE = "INVOICE";
    private static final String ALERT = "ALERT";
    /** The commands that settle (run_log.command). */
    private static final List<String> SETTLING = List.of("settle", "nightly");

    private final DSLContext dsl;

    SettlementQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every version of every period (or of one period), by period, then number. */
    List<PeriodSummary> periods(Period only) {
        Map<Long, Map<String, Long>> totals = invoiceTotals(only);
        Map<String, List<VersionSummary>> byPeriod = new TreeMap<>();
        dsl.selectFrom(SETTLEMENT_VERSION)
                .where(only == null ? DSL.noCondition() : SETTLEMENT_VERSION.SETTLEMENT_PERIOD.eq(only.toString()))
                .orderBy(SETTLEMENT_VERSION.SETTLEMENT_PERIOD, SETTLEMENT_VERSION.VERSION_NUMBER)
                .forEach(v -> {
                    Long runId = v.getRunId() != null ? v.getRunId() : runAt(v.getCreatedAt());
                    byPeriod.computeIfAbsent(v.getSettlementPeriod(), p -> new ArrayList<>())
                            .add(VersionSummary.of(v.getVersionNumber(), v.getStatus(), v.getCreatedAt(), runId,
                                    runWho(runId), totals.getOrDefault(v.getVersionId(), Map.of())));
                });
        List<PeriodSummary> periods = new ArrayList<>();
        byPeriod.forEach((period, versions) -> periods.add(new PeriodSummary(Period.parse(period), versions)));
        return periods;
    }

    private Map<Long, Map<String, Long>> invoiceTotals(Period only) {
        Map<Long, Map<String, Long>> totals = new HashMap<>();
        dsl.select(STATEMENT_LINE.VERSION_ID, STATEMENT_LINE.MUNICIPALITY_CODE, STATEMENT_LINE.AMOUNT_CENTS)
                .from(STATEMENT_LINE)
                .join(SETTLEMENT_VERSION).on(SETTLEMENT_VERSION.VERSION_ID.eq(STATEMENT_LINE.VERSION_ID))
                .where(STATEMENT_LINE.FILE_KIND.eq(INVOICE).and(STATEMENT_LINE.LINE_TYPE.eq(TOTAL))
                        .and(only == null ? DSL.noCondition()
                                : SETTLEMENT_VERSION.SETTLEMENT_PERIOD.eq(only.toString())))
                .forEach(r -> totals.computeIfAbsent(r.value1(), id -> new HashMap<>()).put(r.value2(), r.value3()));
        return totals;
    }

    /**
     * The settling run in progress when a version was stored: settle does not write its run on the
     * version (V4 run_id stays empty), but runs hold the run lock one at a time, so the latest
     * settling run started by then is the one.
     */
    private Long runAt(LocalDateTime createdAt) {
        return dsl.select(RUN_LOG.RUN_ID).from(RUN_LOG)
                .where(RUN_LOG.COMMAND.in(SETTLING).and(RUN_LOG.STARTED_AT.le(createdAt))
                        .and(RUN_LOG.ENDED_AT.isNull().or(RUN_LOG.ENDED_AT.ge(createdAt))))
                .orderBy(RUN_LOG.STARTED_AT.desc())
                .limit(1)
                .fetchOptional(r -> r.value1())
                .orElse(null);
    }

    /** Who asked for the run and why, as its run record says (issue 14). */
    private VersionSummary.RunWho runWho(Long runId) {
        if (runId == null) {
            return VersionSummary.RunWho.UNKNOWN;
        }
        return dsl.select(RUN_LOG.REQUESTED_BY, RUN_LOG.REASON).from(RUN_LOG).where(RUN_LOG.RUN_ID.eq(runId))
                .fetchOptional(r -> new VersionSummary.RunWho(r.value1() == null ? "" : r.value1(),
                        r.value2() == null ? "" : r.value2()))
                .orElse(VersionSummary.RunWho.UNKNOWN);
    }

    /** The corrections of every version of the period, by version and municipality, in stored order. */
    List<CorrectionRow> corrections(Period period) {
        return dsl.select(SETTLEMENT_VERSION.VERSION_NUMBER, CORRECTION.MUNICIPALITY_CODE, CORRECTION.LINE_KEY,
                        CORRECTION.PREVIOUS_AMOUNT_CENTS, CORRECTION.NEW_AMOUNT_CENTS, CORRECTION.DIFFERENCE_CENTS)
                .from(CORRECTION)
                .join(SETTLEMENT_VERSION).on(SETTLEMENT_VERSION.VERSION_ID.eq(CORRECTION.VERSION_ID))
                .where(SETTLEMENT_VERSION.SETTLEMENT_PERIOD.eq(period.toString()))
                .orderBy(SETTLEMENT_VERSION.VERSION_NUMBER, CORRECTION.MUNICIPALITY_CODE, CORRECTION.CORRECTION_ID)
                .fetch(r -> correction(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** The stored line key is {@code type|provider|law|category|code|financing|unit} (settle's lineKey). */
    private static CorrectionRow correction(int version, String municipality, String lineKey, long previous,
            long now, long difference) {
        String[] parts = lineKey.split("\\|", -1);
        return new CorrectionRow(version, municipality, part(parts, 0), part(parts, 1), part(parts, 2),
                part(parts, 3), part(parts, 4), part(parts, 5), part(parts, 6), previous, now, difference);
    }

    private static String part(String[] parts, int index) {
        return index < parts.length && !parts[index].isEmpty() ? parts[index] : null;
    }

    /** The ALERT indicators of the period's risk reports, by municipality. */
    List<RiskAlert> alerts(Period period) {
        return dsl.select(RISK_INDICATOR.MUNICIPALITY_CODE, RISK_INDICATOR.INDICATOR, RISK_INDICATOR.INDICATOR_VALUE,
                        RISK_INDICATOR.THRESHOLD, RISK_INDICATOR.DETAIL)
                .from(RISK_INDICATOR)
                .where(RISK_INDICATOR.SETTLEMENT_PERIOD.eq(period.toString()).and(RISK_INDICATOR.RISK_LEVEL.eq(ALERT)))
                .orderBy(RISK_INDICATOR.MUNICIPALITY_CODE, RISK_INDICATOR.LINE_ORDINAL)
                .fetch(r -> new RiskAlert(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
