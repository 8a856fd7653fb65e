package org.caresettle.batch.inquiry;

import java.util.List;
import java.util.Optional;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settled periods as the console shows them: versions with their invoice totals per
 * municipality, the corrections between versions, the risk alerts and the names beside the codes.
 */
@Service
@Transactional(readOnly = true)
public class SettlementInquiry {

    private final SettlementQueries queries;
    private final ReferenceNamesRepository names;

    SettlementInquiry(SettlementQueries queries, ReferenceNamesRepository names) {
        this.queries = queries;
        this.names = names;
    }

    /** Every settled period, oldest first. */
    public List<PeriodSummary> periods() {
        return queries.periods(null);
    }

    public Optional<PeriodSummary> period(Period period) {
        return queries.periods(period).stream().findFirst();
    }

    /** Every correction of the period's versions (from version 2 on), by version and municipality. */
    public List<CorrectionRow> corrections(Period period) {
        return queries.corrections(period);
    }

    public List<RiskAlert> alerts(Period period) {
        return queries.alerts(period);
    }

    public ReferenceNames names() {
        return names.names();
    }
}
