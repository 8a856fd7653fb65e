package org.caresettle.batch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caresettle.batch.privacy.PseudonymKeyGuard;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.caresettle.batch.run.CurrentRun;
import org.caresettle.batch.run.StepTimer;
import org.caresettle.batch.settle.SettlementVersionRepository;
import org.caresettle.batch.settle.SettlementVersionRepository.StoredVersion;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.risk.RiskLevel;
import org.caresettle.core.risk.RiskReport;
import org.caresettle.core.risk.RiskThresholds;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code report P} (SPEC 11): the risk report of every municipality of every region with an invoice in
 * the latest version of P, and the overview page. The municipalities of such a region without an invoice
 * of their own are reported too: the region's office answers for all its members.
 *
 * <p>Order, as for the statements: aggregate and compute, write the files into the pending folder, replace
 * the period's {@code risk_indicator} rows and commit, then rename the folder into view. A failure before the
 * commit leaves the database and the published folder as they were.
 */
@Service
public class PeriodReporter {

    private static final Logger log = LoggerFactory.getLogger(PeriodReporter.class);

    private final SettlementVersionRepository versions;
    private final ReferenceDataRepository references;
    private final ReportQueries queries;
    private final ClientLineReader clientLines;
    private final RiskIndicatorRepository indicators;
    private final RiskThresholdProperties thresholds;
    private final TransactionTemplate transaction;

    private final PseudonymKeyGuard keyGuard;
    private final CurrentRun currentRun;
    private final ReportMetrics metrics;
    private final ResultsReporter results;
    private final SignalsReporter signals;

    PeriodReporter(SettlementVersionRepository versions, ReferenceDataRepository references, ReportQueries queries,
            ClientLineReader clientLines, RiskIndicatorRepository indicators, RiskThresholdProperties thresholds,
            PlatformTransactionManager transactionManager, PseudonymKeyGuard keyGuard, CurrentRun currentRun,
            ReportMetrics metrics, ResultsReporter results, SignalsReporter signals) {
        this.results = results;
        this.signals = signals;
        this.currentRun = currentRun;
        this.metrics = metrics;
        this.keyGuard = keyGuard;
        this.versions = versions;
        this.references = references;
        this.queries = queries;
        this.clientLines = clientLines;
        this.indicators = indicators;
        this.thresholds = thresholds;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Writes the period's risk reports and overview, and tells the run its counts (issue 14), summed over
     * the periods of a nightly: periods reported, municipalities reported, report folders written.
     */
    public ReportOutcome report(Path out, Period period) throws IOException {
        ReportOutcome outcome = reportPeriod(out, period);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        counts.put("periods_reported", 1L);
        counts.put("municipalities", (long) outcome.municipalities());
        counts.put("reports_written", outcome.written() ? 1L : 0L);
        currentRun.add("report", counts);
        return outcome;
    }

    private ReportOutcome reportPeriod(Path out, Period period) throws IOException {
        keyGuard.requireSecretKeyInProduction();
        RiskThresholds configured = thresholds.thresholds();
        ReportFolders folders = ReportFolders.of(out, period);
        Stored stored;
        try {
            stored = transaction.execute(status -> computeAndStore(folders, period, configured));
        } catch (UncheckedIOException e) {
            folders.discard();
            throw e.getCause();
        } catch (RuntimeException e) {
            folders.discard();
            throw e;
        }
        boolean written;
        try {
            written = folders.publish();
        } catch (IOException | RuntimeException e) {
            folders.discard();
            throw e;
        }
        metrics.reported(period, stored.regions());
        return outcome(period, folders, stored, written);
    }

    private record Stored(int version, List<RegionReport> regions) {
    }

    /** Inside the transaction: the files go into the pending folder before the rows are committed. */
    private Stored computeAndStore(ReportFolders folders, Period period, RiskThresholds configured) {
        StoredVersion version = versions.latest(period).orElseThrow(() -> new RefusedException(
                "period " + period + " has no settled version; run settle first"));
        StepTimer risk = StepTimer.start();
        List<RegionReport> regions = compute(period, configured);
        try {
            Path folder = folders.prepare();
            ReportFilesWriter.write(folder, period, version.number(), regions);
            String riskTime = risk.elapsed();
            // Issue 16: what the money buys, in files of their own beside the risk reports.
            StepTimer resultsTimer = StepTimer.start();
            results.writeInto(folder, period);
            String resultsTime = resultsTimer.elapsed();
            StepTimer signalsTimer = StepTimer.start();
            signals.writeInto(folder, period);
            // Each report's own time, for the benchmark (issue 16 wants all of them within 30 s together).
            log.info("period {}: risk reports in {}, results in {}, signals in {}", period, riskTime, resultsTime,
                    signalsTimer.elapsed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        indicators.replace(period, version.versionId(), regions.stream()
                .flatMap(r -> r.municipalities().stream()).map(MunicipalityReport::risk).toList());
        return new Stored(version.number(), regions);
    }

    private List<RegionReport> compute(Period period, RiskThresholds configured) {
        ReferenceData reference = references.withoutAllocations();
        SettledFigures settled = queries.settledFigures(period);
        RiskInputs inputs = new RiskInputs(period, reference, settled, clientLines.read(period, reference),
                queries.allocationUse(period), queries.providerLines(period));
        Map<String, List<MunicipalityReport>> byRegion = new TreeMap<>();
        for (ReportQueries.Member member : reported(settled)) {
            SettledFigures.Figures figures = settled.of(member.code());
            RiskReport risk = RiskReport.compute(inputs.of(member), configured);
            byRegion.computeIfAbsent(member.regionCode(), r -> new ArrayList<>()).add(new MunicipalityReport(member,
                    figures.invoiceTotalCents, figures.periodAdjustmentCents, inputs.budgets(member.code()), risk));
        }
        List<RegionReport> regions = new ArrayList<>();
        byRegion.forEach((region, members) -> regions.add(new RegionReport(region, members)));
        return regions;
    }

    /**
     * The members of every region with an invoice in P, by code. An invoiced municipality that the reference
     * in force no longer lists is still reported (under its code, without region) rather than dropped.
     */
    private List<ReportQueries.Member> reported(SettledFigures settled) {
        Set<MunicipalityCode> invoiced = new TreeSet<>();
        settled.byMunicipality().forEach((code, figures) -> {
            if (figures.invoiceTotalCents != null) {
                invoiced.add(code);
            }
        });
        Map<MunicipalityCode, ReportQueries.Member> known = new TreeMap<>();
        queries.municipalities().forEach(m -> known.put(m.code(), m));
        Set<String> regions = new TreeSet<>();
        for (MunicipalityCode code : invoiced) {
            ReportQueries.Member member = known.get(code);
            regions.add(member == null ? "" : member.regionCode());
        }
        Map<MunicipalityCode, ReportQueries.Member> reported = new TreeMap<>();
        known.values().stream().filter(m -> regions.contains(m.regionCode())).forEach(m -> reported.put(m.code(), m));
        for (MunicipalityCode code : invoiced) {
            reported.putIfAbsent(code, new ReportQueries.Member(code, code.value(), ""));
        }
        return List.copyOf(reported.values());
    }

    private static ReportOutcome outcome(Period period, ReportFolders folders, Stored stored, boolean written) {
        List<MunicipalityReport> all = stored.regions().stream().flatMap(r -> r.municipalities().stream()).toList();
        long alert = all.stream().filter(m -> m.risk().worstLevel() == RiskLevel.ALERT).count();
        long watch = all.stream().filter(m -> m.risk().worstLevel() == RiskLevel.WATCH).count();
        String what = all.size() + (all.size() == 1 ? " municipality" : " municipalities") + " in "
                + stored.regions().size() + (stored.regions().size() == 1 ? " region" : " regions") + ", from v"
                + stored.version() + "; worst level ALERT " + alert + ", WATCH " + watch + ", OK "
                + (all.size() - alert - watch);
        String message = written
                ? "period " + period + ": risk reports written to " + folders.published() + " (" + what + ")"
                : "period " + period + ": risk reports unchanged in " + folders.published() + " (" + what + ")";
        return new ReportOutcome(period, all.size(), written, message);
    }
}
