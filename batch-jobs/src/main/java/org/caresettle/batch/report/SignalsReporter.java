package org.caresettle.batch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.caresettle.batch.statement.StatementCsvWriter;
import org.caresettle.core.reference.Provider;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.signals.ProviderSignals;
import org.caresettle.core.signals.SignalRow;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;

/**
 * The report step's {@code signals.csv} (issue 16 item 3): per provider with lines or outcomes in P, the
 * six {@link org.caresettle.core.signals.Signal}s with value, thresholds, level and the lines behind them
 * by reference, in words and as numbers ({@link SignalsFile}). Written into the period's (pending) report folder beside the risk reports.
 */
@Service
class SignalsReporter {

    private final SignalQueries queries;
    private final ReferenceDataRepository references;
    private final SignalThresholdProperties thresholds;

    SignalsReporter(SignalQueries queries, ReferenceDataRepository references, SignalThresholdProperties thresholds) {
        this.queries = queries;
        this.references = references;
        this.thresholds = thresholds;
    }

    void writeInto(Path folder, Period period) throws IOException {
        ReferenceData reference = references.withoutAllocations();
        List<SignalRow> rows = ProviderSignals.compute(queries.activities(period),
                queries.productCosts(period, reference), queries.sharedClients(period), thresholds.thresholds());
        try (StatementCsvWriter writer = StatementCsvWriter.create(folder.resolve(SignalsFile.NAME),
                SignalsFile.COLUMNS)) {
            for (SignalRow row : rows) {
                writer.row(SignalsFile.cells(period, providerName(reference, row.providerAgb()), row), 0);
            }
            writer.finish();
        }
    }

    /** Ingest stores a provider code only when it is a well-formed AGB code, so every code here parses. */
    private static String providerName(ReferenceData reference, String agb) {
        return reference.provider(AgbCode.of(agb)).map(Provider::name).orElse("");
    }
}
