package org.caresettle.batch.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.caresettle.batch.exit.RefusedException;
import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the inbox step by provider ({@link InboxPartitionPlan}): lists the inbox in processing
 * order, leaves out the files the registry already knows, and gives every part its files (by
 * name, with their places in processing order and their size and SHA-256 as listed) in the plan
 * table ({@link InboxPlanStore}), and the plan, the part and its providers in the part's execution
 * context.
 * That is all a part needs besides the job parameters and the database, so it can run in another
 * process (issue 7).
 *
 * <p>On a restart the inbox is not planned again: Spring Batch asks for the part names only
 * ({@link PartitionNameProvider}) and hands each unfinished part its stored context, so a part
 * keeps its files and their places even though the files done meanwhile would change a new plan.
 * The names cover the whole grid; one that had no part the first time gets an empty context and
 * does nothing.
 */
class InboxPartitioner implements Partitioner, PartitionNameProvider {

    /** The plan in {@link InboxPlanStore}: the job execution that made it, and the part's number in it. */
    static final String PLAN = "inbox.plan";
    static final String PART = "inbox.part";
    static final String PROVIDERS = "inbox.providers";
    /**
     * The part's files as lists in its context, as versions before the plan table planned them (issue
     * 17); read only to finish a part such a version left unfinished.
     */
    static final String FILES = "inbox.files";
    static final String PROCESSING_ORDERS = "inbox.processingOrders";
    static final String SIZES = "inbox.sizes";
    static final String SHA256S = "inbox.sha256s";

    private final Path inbox;
    private final long jobExecutionId;
    private final InboxFileRegistry registry;
    private final InboxPlanStore plans;
    private final IngestProgressBoard progress;

    InboxPartitioner(Path inbox, long jobExecutionId, InboxFileRegistry registry, InboxPlanStore plans,
            IngestProgressBoard progress) {
        this.inbox = inbox;
        this.jobExecutionId = jobExecutionId;
        this.registry = registry;
        this.plans = plans;
        this.progress = progress;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        requireInbox();
        List<InboxFile> scanned = InboxScanner.scan(inbox);
        long firstOrder = registry.nextProcessingOrder();
        Set<InboxFile> known = registry.known(scanned);
        List<InboxFile> newFiles = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        for (int position = 0; position < scanned.size(); position++) {
            InboxFile file = scanned.get(position);
            if (!known.contains(file)) {
                newFiles.add(file);
                orders.add(firstOrder + position);
            }
        }
        // Reading each file's providers is most of the plan's work and the parts wait for it: on all cores.
        Map<InboxFile, Set<String>> providers = newFiles.parallelStream()
                .collect(Collectors.toConcurrentMap(Function.identity(), FileProviders::of));
        List<InboxPartitionPlan.Part> parts = InboxPartitionPlan.plan(newFiles, providers::get, gridSize);
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            plans.save(jobExecutionId, i, planned(parts.get(i), orders));
            contexts.put(name(i), context(i, parts.get(i)));
        }
        progress.start(newFiles, jobExecutionId);
        return contexts;
    }

    @Override
    public Collection<String> getPartitionNames(int gridSize) {
        requireInbox(); // a resumed run refuses as a fresh one would, instead of finding every file vanished
        return IntStream.range(0, gridSize).mapToObj(InboxPartitioner::name).toList();
    }

    private void requireInbox() {
        if (!Files.isDirectory(inbox)) {
            throw new RefusedException("no inbox folder " + inbox);
        }
    }

    private static String name(int part) {
        return "partition" + part;
    }

    /** A list the partitioner put in a part's context; empty for a part it did not make. */
    @SuppressWarnings("unchecked")
    static <T> List<T> listIn(ExecutionContext context, String key) {
        Object list = context.get(key);
        return list == null ? List.of() : (List<T>) list;
    }

    private static List<InboxPlanStore.PlannedFile> planned(InboxPartitionPlan.Part part, List<Long> orders) {
        return part.files().stream()
                .map(scheduled -> new InboxPlanStore.PlannedFile(scheduled.file().name(), orders.get(scheduled.position()),
                        scheduled.file().sizeBytes(), scheduled.file().sha256()))
                .toList();
    }

    private ExecutionContext context(int number, InboxPartitionPlan.Part part) {
        ExecutionContext context = new ExecutionContext();
        context.putLong(PLAN, jobExecutionId);
        context.putInt(PART, number);
        context.put(PROVIDERS, new ArrayList<>(part.providers()));
        return context;
    }
}
