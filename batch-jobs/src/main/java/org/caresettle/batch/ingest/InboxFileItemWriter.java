package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.caresettle.batch.run.CurrentRun;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Ingests the files of a chunk (one file per chunk, so one transaction per file). Before the
 * step it loads the reference data in force and the cumulative state of earlier runs and starts
 * the progress line; after it, it leaves the summary in the job's execution context and the
 * counts with the run. Each file's result also feeds the ingest metrics.
 */
@Component
class InboxFileItemWriter implements ItemWriter<InboxFile>, StepExecutionListener {

    static final String SUMMARY = "inbox.summary";

    private final InboxFileIngester ingester;
    private final ReferenceDataRepository referenceData;
    private final LedgerRepository ledgers;
    private final Clock clock;
    private final InboxFileItemReader reader;
    private final IngestMetrics metrics;
    private final CurrentRun currentRun;
    private final Duration progressInterval;
    private IngestContext context;
    private IngestTally tally;
    private Instant started;

    InboxFileItemWriter(InboxFileIngester ingester, ReferenceDataRepository referenceData, LedgerRepository ledgers,
            Clock clock, InboxFileItemReader reader, IngestMetrics metrics, CurrentRun currentRun,
            @Value("${settlement.progress.interval:10s}") Duration progressInterval) {
        this.ingester = ingester;
        this.referenceData = referenceData;
        this.ledgers = ledgers;
        this.clock = clock;
        this.reader = reader;
        this.metrics = metrics;
        this.currentRun = currentRun;
        this.progressInterval = progressInterval;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        var parameters = stepExecution.getJobParameters();
        context = new IngestContext(Path.of(parameters.getString(IngestParameters.OUT)),
                parameters.getLocalDate(IngestParameters.BUSINESS_DATE), referenceData.current(), ledgers.load(),
                IngestProgress.reporting(reader.scanned(), currentRun.err(), progressInterval));
        tally = new IngestTally();
        started = clock.instant();
    }

    @Override
    public void write(Chunk<? extends InboxFile> chunk) throws Exception {
        for (InboxFile file : chunk) {
            FileResult result = ingester.ingest(file, context);
            tally.add(result);
            metrics.record(result);
            context.progress().fileDone(file);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        stepExecution.getJobExecution().getExecutionContext()
                .putString(SUMMARY, tally.summary(Duration.between(started, clock.instant())));
        currentRun.count("ingest", tally.counts());
        if (context != null) {
            context.progress().close();
        }
        context = null;
        return stepExecution.getExitStatus();
    }
}
