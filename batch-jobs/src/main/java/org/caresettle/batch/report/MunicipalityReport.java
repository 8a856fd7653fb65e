package org.caresettle.batch.report;

import java.util.List;
import org.caresettle.core.risk.BudgetPosition;
import org.caresettle.core.risk.RiskReport;

/**
 * One municipality's part of the period's report: what its risk file says, and the invoice figures the
 * overview draws. {@code invoiceTotalCents} is {@code null} when the municipality has no invoice in P.
 */
record MunicipalityReport(ReportQueries.Member member, Long invoiceTotalCents, long periodAdjustmentCents,
        List<BudgetPosition> budgets, RiskReport risk) {
}
