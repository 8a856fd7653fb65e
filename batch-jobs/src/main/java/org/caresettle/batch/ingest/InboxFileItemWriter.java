package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * Ingests the files of a chunk (one file per chunk, so one transaction per file). Before the
 * step it loads the reference data in force and the cumulative state of earlier runs; after
 * it, it leaves the summary in the job's execution context.
 */
@Component
class InboxFileItemWriter implements ItemWriter<InboxFile>, StepExecutionListener {

    static final String SUMMARY = "inbox.summary";

    private final InboxFileIngester ingester;
    private final ReferenceDataRepository referenceData;
    private final LedgerRepository ledgers;
    private final Clock clock;
    private IngestContext context;
    private IngestTally tally;
    private Instant started;

    InboxFileItemWriter(InboxFileIngester ingester, ReferenceDataRepository referenceData, LedgerRepository ledgers,
            Clock clock) {
        this.ingester = ingester;
        this.referenceData = referenceData;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        var parameters = stepExecution.getJobParameters();
        context = new IngestContext(Path.of(parameters.getString(IngestParameters.OUT)),
                parameters.getLocalDate(IngestParameters.BUSINESS_DATE), referenceData.current(), ledgers.load());
        tally = new IngestTally();
        started = clock.instant();
    }

    @Override
    public void write(Chunk<? extends InboxFile> chunk) throws Exception {
        for (InboxFile file : chunk) {
            tally.add(ingester.ingest(file, context));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        stepExecution.getJobExecution().getExecutionContext()
                .putString(SUMMARY, tally.summary(Duration.between(started, clock.instant())));
        context = null;
        return stepExecution.getExitStatus();
    }
}
