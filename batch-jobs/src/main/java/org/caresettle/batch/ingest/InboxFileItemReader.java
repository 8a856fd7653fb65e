package org.caresettle.batch.ingest;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
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
 * because the plan put it in this part by the providers of its old content. The part's files come
 * from the plan table ({@link InboxPlanStore}). One per part: step-scoped.
 */
@Component
@StepScope
class InboxFileItemReader implements ItemReader<QueuedFile>, StepExecutionListener {

    static final String GONE = "no longer in the inbox";
    static final String CHANGED = "changed in the inbox after this ingest listed it; the next ingest takes it as it is now";

    private final InboxPlanStore plans;
    private Path inbox;
    private List<InboxPlanStore.PlannedFile> files = List.of();
    private int next;

    InboxFileItemReader(InboxPlanStore plans) {
        this.plans = plans;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        inbox = Path.of(stepExecution.getJobParameters().getString(IngestParameters.DATA)).resolve("inbox");
        var context = stepExecution.getExecutionContext();
        files = context.containsKey(InboxPartitioner.PLAN)
                ? plans.files(context.getLong(InboxPartitioner.PLAN), context.getInt(InboxPartitioner.PART))
                : listedInContext(context);
        next = 0;
    }

    /** A part planned by a version before the plan table, its files in lists in its context; a part it did not make has none. */
    private static List<InboxPlanStore.PlannedFile> listedInContext(ExecutionContext context) {
        List<String> names = InboxPartitioner.listIn(context, InboxPartitioner.FILES);
        List<Long> processingOrders = InboxPartitioner.listIn(context, InboxPartitioner.PROCESSING_ORDERS);
        List<Long> sizes = InboxPartitioner.listIn(context, InboxPartitioner.SIZES);
        List<String> sha256s = InboxPartitioner.listIn(context, InboxPartitioner.SHA256S);
        List<InboxPlanStore.PlannedFile> listed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            // planned by a version before issue 11: no size and fingerprint
            listed.add(sha256s.isEmpty()
                    ? new InboxPlanStore.PlannedFile(names.get(i), processingOrders.get(i), 0, null)
                    : new InboxPlanStore.PlannedFile(names.get(i), processingOrders.get(i), sizes.get(i), sha256s.get(i)));
        }
        return listed;
    }

    @Override
    public QueuedFile read() {
        while (next < files.size()) {
            InboxPlanStore.PlannedFile listed = files.get(next++);
            Path path = inbox.resolve(listed.name());
            Optional<InboxFile> now = fingerprintIfPresent(path);
            long order = listed.processingOrder();
            if (listed.sha256() == null) { // planned by a version before issue 11, without fingerprints
                if (now.isPresent()) {
                    return new QueuedFile(now.get(), order, null);
                }
                continue; // nothing to record it by; it is not in the registry, so no later run misses it
            }
            InboxFile planned = new InboxFile(path, listed.name(), listed.sizeBytes(), listed.sha256());
            if (now.isEmpty()) {
                return new QueuedFile(planned, order, GONE);
            }
            return now.get().sha256().equals(planned.sha256())
                    ? new QueuedFile(now.get(), order, null)
                    : new QueuedFile(planned, order, CHANGED);
        }
        return null;
    }

    /** A completed part never runs again: its rows of the plan can go. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        var context = stepExecution.getExecutionContext();
        if (stepExecution.getStatus() == BatchStatus.COMPLETED && context.containsKey(InboxPartitioner.PLAN)) {
            plans.forget(context.getLong(InboxPartitioner.PLAN), context.getInt(InboxPartitioner.PART));
        }
        return stepExecution.getExitStatus();
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
