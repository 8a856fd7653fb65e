package org.caresettle.batch.report;

import static org.caresettle.schema.jooq.Tables.RISK_INDICATOR;

import java.util.ArrayList;
import java.util.List;
import org.caresettle.core.risk.RiskReport;
import org.caresettle.core.risk.RiskRow;
import org.caresettle.core.value.Period;
import org.caresettle.schema.jooq.tables.records.RiskIndicatorRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The rows of the period's risk files in {@code risk_indicator} (V5): a report run replaces the period's rows. */
@Repository
class RiskIndicatorRepository {

    private static final int ROWS_PER_INSERT = 500;

    private final DSLContext dsl;

    RiskIndicatorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Replaces the period's rows; the caller's transaction makes it all or nothing. */
    void replace(Period period, long versionId, List<RiskReport> reports) {
        dsl.deleteFrom(RISK_INDICATOR).where(RISK_INDICATOR.SETTLEMENT_PERIOD.eq(period.toString())).execute();
        List<RiskIndicatorRecord> records = new ArrayList<>();
        for (RiskReport report : reports) {
            int ordinal = 0;
            for (RiskRow row : report.rows()) {
                RiskIndicatorRecord record = new RiskIndicatorRecord();
                record.setSettlementPeriod(period.toString());
                record.setMunicipalityCode(report.municipality().value());
                record.setVersionId(versionId);
                record.setLineOrdinal(++ordinal);
                record.setIndicator(row.indicatorName());
                record.setIndicatorValue(row.value());
                record.setThreshold(row.threshold());
                record.setRiskLevel(row.level().name());
                record.setDetail(row.detail());
                records.add(record);
            }
        }
        for (int from = 0; from < records.size(); from += ROWS_PER_INSERT) {
            dsl.batchInsert(records.subList(from, Math.min(records.size(), from + ROWS_PER_INSERT))).execute();
        }
    }
}
