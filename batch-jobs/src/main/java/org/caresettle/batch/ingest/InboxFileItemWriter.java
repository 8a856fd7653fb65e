package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * Ingests the files of a chunk of one part of the inbox, all in the chunk's transaction. Before
 * the part it loads what its providers' checks read: the reference data in force and the
 * cumulative state of earlier runs. The part's counts go into the part's execution context (with
 * the files and bytes done) at every chunk, which Spring Batch stores in the chunk's transaction: they always match the files
 * committed, so a part run again after a crash (on another worker, issue 7, or by a rerun) goes on
 * from them and counts no file twice or not at all; {@link IngestTallyAggregator} and the remote
 * progress line read them from there, in this process or not. Each file's result also feeds the
 * ingest metrics and the local progress line. One per part: step-scoped.
 */
@Component
@StepScope
class InboxFileItemWriter implements ItemWriter<QueuedFile>, ItemStream, StepExecutionListener {

    static final String TALLY = "inbox.tally";
    static final String FILES_DONE = "inbox.filesDone";
    static final String BYTES_DONE = "inbox.bytesDone";

    private final InboxFileIngester ingester;
    private final ReferenceDataRepository referenceData;
    private final LedgerRepository ledgers;
    private final IngestMetrics metrics;
    private final IngestProgressBoard progress;
    private IngestContext context;
    private IngestTally tally;
    private long filesDone;
    private long bytesDone;

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
    }

    /** Before the first chunk: the counts of the files this part committed before, if it ran before. */
    @Override
    @SuppressWarnings("unchecked")
    public void open(ExecutionContext executionContext) {
        Object counts = executionContext.get(TALLY);
        tally = counts == null ? new IngestTally() : IngestTally.of((Map<String, Long>) counts);
        filesDone = executionContext.getLong(FILES_DONE, 0L);
        bytesDone = executionContext.getLong(BYTES_DONE, 0L);
    }

    /** With every chunk, in its transaction. */
    @Override
    public void update(ExecutionContext executionContext) {
        executionContext.put(TALLY, new HashMap<>(tally.counts()));
        executionContext.putLong(FILES_DONE, filesDone);
        executionContext.putLong(BYTES_DONE, bytesDone);
    }

    @Override
    public void write(Chunk<? extends QueuedFile> chunk) throws Exception {
        for (QueuedFile file : chunk) {
            FileResult result = ingester.ingest(file, context);
            tally.add(result);
            metrics.record(result);
            progress.fileDone(file.file());
            filesDone++;
            bytesDone += file.file().sizeBytes();
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        context = null;
        return stepExecution.getExitStatus();
    }
}
