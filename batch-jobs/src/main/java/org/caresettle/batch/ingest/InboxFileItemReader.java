package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.stereotype.Component;

/**
 * Hands out the files of one part of the inbox ({@link InboxPartitioner}), in processing order,
 * each fingerprinted as it is now. Files already recorded (same name and content) are handed out
 * too and passed over by the ingester, so a restarted part simply goes through its list again and
 * continues where the registry says the work stopped. One per part: step-scoped.
 */
@Component
@StepScope
class InboxFileItemReader implements ItemReader<QueuedFile>, StepExecutionListener {

    private Path inbox;
    private List<String> names = List.of();
    private List<Long> processingOrders = List.of();
    private int next;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        inbox = Path.of(stepExecution.getJobParameters().getString(IngestParameters.DATA)).resolve("inbox");
        names = InboxPartitioner.listIn(stepExecution.getExecutionContext(), InboxPartitioner.FILES);
        processingOrders = InboxPartitioner.listIn(stepExecution.getExecutionContext(),
                InboxPartitioner.PROCESSING_ORDERS);
        next = 0;
    }

    @Override
    public QueuedFile read() {
        if (next >= names.size()) {
            return null;
        }
        QueuedFile file = new QueuedFile(InboxScanner.fingerprint(inbox.resolve(names.get(next))),
                processingOrders.get(next));
        next++;
        return file;
    }
}
