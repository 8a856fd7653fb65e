package org.caresettle.batch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.results.Declared;
import org.caresettle.core.results.PaymentLine;
import org.caresettle.core.results.ProviderLandscape;
import org.caresettle.core.results.ResultsReport;
import org.caresettle.core.value.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The report step's results files (issue 16 items 1 and 2): reads what {@link ResultsReport} and
 * {@link ProviderLandscape} need and writes {@code results.csv}, {@code results_quarters.csv} and
 * {@code landscape.csv} into the period's (pending) report folder, beside
 * the risk reports, so they are published with them or not at all.
 */
@Service
class ResultsReporter {

    private final ResultsQueries queries;
    private final ReferenceDataRepository references;
    private final long smallProviderShareBp;

    ResultsReporter(ResultsQueries queries, ReferenceDataRepository references,
            @Value("${settlement.results.small-provider-share-bp:500}") long smallProviderShareBp) {
        this.queries = queries;
        this.references = references;
        this.smallProviderShareBp = smallProviderShareBp;
    }

    void writeInto(Path folder, Period period) throws IOException {
        ReferenceData reference = references.withoutAllocations();
        Map<String, String> regions = new HashMap<>();
        reference.municipalities().forEach(m -> regions.put(m.code().value(), m.regionCode()));
        List<Declared> declared = queries.declared(period);
        List<PaymentLine> payments = queries.payments(period);
        ResultsReport.Results results = ResultsReport.compute(period, regions, payments,
                queries.trajectories(period, reference, declared), declared);
        ResultsFiles.write(folder, period, results, reference);
        ResultsFiles.writeLandscape(folder, period,
                ProviderLandscape.compute(period, regions, payments, smallProviderShareBp), reference);
    }
}
