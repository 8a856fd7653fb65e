package org.caresettle.batch.ingest;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.stereotype.Component;

/**
 * Hands out the files of one part of the inbox ({@link InboxPartitioner}), in processing order,
 * each fingerprinted as it is now. Files already recorded (same name and content) are handed out
 * too and passed over by the ingester, so a restarted part simply goes through its list again and
 * continues where the registry says the work stopped. A file that left the inbox, or whose content
 * is no longer what the plan listed, is handed out as the plan saw it, marked vanished (issue 11):
 * the ingester passes it over when it was ingested before it went, and records it as VANISHED
 * otherwise, instead of failing the part (and every rerun of it). A changed file is not read here
 * because the plan put it in this part by the providers of its old content. One per part:
 * step-scoped.
 */
@Component
@StepScope
class InboxFileItemReader implements ItemReader<QueuedFile>, StepExecutionListener {

    static final String GONE = "no longer in the inbox";
    static final String CHANGED = "changed in the inbox after this ingest listed it; the next ingest takes it as it is now";

    private Path inbox;
    private List<String> names = List.of();
    private List<Long> processingOrders = List.of();
    private List<Long> sizes = List.of();
    private List<String> sha256s = List.of();
    private int next;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        inbox = Path.of(stepExecution.getJobParameters().getString(IngestParameters.DATA)).resolve("inbox");
        var context = stepExecution.getExecutionContext();
        names = InboxPartitioner.listIn(context, InboxPartitioner.FILES);
        processingOrders = InboxPartitioner.listIn(context, InboxPartitioner.PROCESSING_ORDERS);
        sizes = InboxPartitioner.listIn(context, InboxPartitioner.SIZES);
        sha256s = InboxPartitioner.listIn(context, InboxPartitioner.SHA256S);
        next = 0;
    }

    @Override
    public QueuedFile read() {
        while (next < names.size()) {
            int index = next++;
            Path path = inbox.resolve(names.get(index));
            Optional<InboxFile> now = fingerprintIfPresent(path);
            long order = processingOrders.get(index);
            if (sha256s.isEmpty()) { // planned by a version before issue 11, without fingerprints
                if (now.isPresent()) {
                    return new QueuedFile(now.get(), order, null);
                }
                continue; // nothing to record it by; it is not in the registry, so no later run misses it
            }
            InboxFile planned = new InboxFile(path, names.get(index), sizes.get(index), sha256s.get(index));
            if (now.isEmpty()) {
                return new QueuedFile(planned, order, GONE);
            }
            return now.get().sha256().equals(planned.sha256())
                    ? new QueuedFile(now.get(), order, null)
                    : new QueuedFile(planned, order, CHANGED);
        }
        return null;
    }

    private static Optional<InboxFile> fingerprintIfPresent(Path path) {
        try {
            return Optional.of(InboxScanner.fingerprint(path));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
