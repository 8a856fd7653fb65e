package org.caresettle.batch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.risk.AllocationUse;
import org.caresettle.core.risk.BudgetPosition;
import org.caresettle.core.risk.PoolingPosition;
import org.caresettle.core.risk.ProviderLines;
import org.caresettle.core.risk.RiskInput;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/** Everything aggregated for one period, cut into the core's {@link RiskInput} per municipality. */
record RiskInputs(Period period, ReferenceData reference, SettledFigures settled, ClientFigures clients,
        Map<MunicipalityCode, List<AllocationUse>> allocations, Map<MunicipalityCode, List<ProviderLines>> providerLines) {

    RiskInput of(ReportQueries.Member member) {
        MunicipalityCode code = member.code();
        SettledFigures.Figures figures = settled.of(code);
        return new RiskInput(code, period, budgets(code),
                new PoolingPosition(figures.periodAdjustmentCents, figures.yearAdjustmentCents),
                clients.clientCosts(code),
                allocations.getOrDefault(code, List.of()),
                providerLines.getOrDefault(code, List.of()),
                clients.costPerClient(code),
                clients.municipalityProviderCosts(code),
                clients.regionProviderCosts(member.regionCode()));
    }

    /** Spend to date and the year's budget per law, both laws always. */
    List<BudgetPosition> budgets(MunicipalityCode code) {
        return budgets(period, reference, settled, code);
    }

    /** As {@link #budgets(MunicipalityCode)}; also what the console's overview shows (issue 13). */
    static List<BudgetPosition> budgets(Period period, ReferenceData reference, SettledFigures settled,
            MunicipalityCode code) {
        SettledFigures.Figures figures = settled.of(code);
        List<BudgetPosition> positions = new ArrayList<>();
        for (Law law : Law.values()) {
            positions.add(new BudgetPosition(law, figures.spent(law),
                    BudgetPosition.budgetOf(reference.budgets(), code, period.year(), law)));
        }
        return positions;
    }
}
