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
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * Ingests the files of a chunk of one part of the inbox, all in the chunk's transaction. Before
 * the part it loads what its providers' checks read: the reference data in force and the
 * cumulative state of earlier runs. The part's counts (with the files and bytes done) go into the
 * part's execution context at every chunk, which Spring Batch stores in the chunk's transaction, so
 * they always match the files committed. A step execution that runs again after its worker died
 * (redelivered to another worker, issue 7) goes on from them: no file counted twice or not at all.
 * A rerun of a failed job starts a new step execution with a copy of that context; it counts from
 * zero, so that each run's summary and run log count the files that run ingested, as before.
 * {@link IngestTallyAggregator} and the remote progress line read the counts from the repository,
 * in this process or not. Each file's result also feeds the ingest metrics and the local progress
 * line. One per part: step-scoped.
 */
@Component
@StepScope
class InboxFileItemWriter implements ItemWriter<QueuedFile>, ItemStream, StepExecutionListener {

    static final String TALLY = "inbox.tally";
    static final String FILES_DONE = "inbox.filesDone";
    static final String BYTES_DONE = "inbox.bytesDone";
    /** The step execution whose counts the context holds. */
    static final String COUNTED_BY = "inbox.countedBy";

    private final InboxFileIngester ingester;
    private final ReferenceDataRepository referenceData;
    private final LedgerRepository ledgers;
    private final IngestMetrics metrics;
    private final IngestProgressBoard progress;
    private IngestContext context;
    private long stepExecutionId;
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
                new RollbackSafeLedger(() -> ledgers.load(providers)), progress);
        stepExecutionId = stepExecution.getId();
    }

    /** After {@link #beforeStep}: the counts this step execution committed before it died, if it did. */
    @Override
    public void open(ExecutionContext executionContext) {
        boolean ranBefore = executionContext.getLong(COUNTED_BY, -1L) == stepExecutionId;
        tally = ranBefore ? IngestTally.inContext(executionContext, TALLY) : new IngestTally();
        filesDone = ranBefore ? executionContext.getLong(FILES_DONE) : 0L;
        bytesDone = ranBefore ? executionContext.getLong(BYTES_DONE) : 0L;
    }

    /** With every chunk, in its transaction. */
    @Override
    public void update(ExecutionContext executionContext) {
        executionContext.put(TALLY, new HashMap<>(tally.counts()));
        executionContext.putLong(FILES_DONE, filesDone);
        executionContext.putLong(BYTES_DONE, bytesDone);
        executionContext.putLong(COUNTED_BY, stepExecutionId);
    }

    @Override
    public void write(Chunk<? extends QueuedFile> chunk) throws Exception {
        ChunkWrites writes = ingester.chunkWrites(chunk.getItems());
        for (QueuedFile file : chunk) {
            FileResult result = ingester.ingest(file, context, writes);
            tally.add(result);
            metrics.record(result);
            progress.fileDone(file.file());
            filesDone++;
            bytesDone += file.file().sizeBytes();
        }
        writes.finish();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        context = null;
        return stepExecution.getExitStatus();
    }
}
