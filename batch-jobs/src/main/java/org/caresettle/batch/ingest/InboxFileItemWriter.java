package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * Ingests the files of a chunk of one part of the inbox, all in the chunk's transaction. Before
 * the part it loads what its providers' checks read: the reference data in force and the
 * cumulative state of earlier runs; after it, it leaves the part's counts in the part's execution
 * context, where {@link IngestTallyAggregator} finds them, in this process or not (issue 7). Each
 * file's result also feeds the ingest metrics and the progress line. One per part: step-scoped.
 */
@Component
@StepScope
class InboxFileItemWriter implements ItemWriter<QueuedFile>, StepExecutionListener {

    static final String TALLY = "inbox.tally";

    private final InboxFileIngester ingester;
    private final ReferenceDataRepository referenceData;
    private final LedgerRepository ledgers;
    private final IngestMetrics metrics;
    private final IngestProgressBoard progress;
    private IngestContext context;
    private IngestTally tally;

    InboxFileItemWriter(InboxFileIngester ingester, ReferenceDataRepository referenceData, LedgerRepository ledgers,
            IngestMetrics metrics, IngestProgressBoard progress) {
        this.ingester = ingester;
        this.referenceData = referenceData;
        this.ledgers = ledgers;
        this.metrics = metrics;
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        var parameters = stepExecution.getJobParameters();
        List<String> providers = InboxPartitioner.listIn(stepExecution.getExecutionContext(), InboxPartitioner.PROVIDERS);
        context = new IngestContext(Path.of(parameters.getString(IngestParameters.OUT)),
                parameters.getLocalDate(IngestParameters.BUSINESS_DATE), referenceData.forProviders(providers),
                ledgers.load(providers), progress);
        tally = new IngestTally();
    }

    @Override
    public void write(Chunk<? extends QueuedFile> chunk) throws Exception {
        for (QueuedFile file : chunk) {
            FileResult result = ingester.ingest(file, context);
            tally.add(result);
            metrics.record(result);
            progress.fileDone(file.file());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        stepExecution.getExecutionContext().put(TALLY, new HashMap<>(tally.counts()));
        context = null;
        return stepExecution.getExitStatus();
    }
}
