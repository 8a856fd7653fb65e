package org.caresettle.batch.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Counts of one ingest run, for the summary line and the run log. */
final class IngestTally {

    private static final String DECLARATIONS = "declarations";
    private static final String LINES_ACCEPTED = "lines_accepted";
    private static final String LINES_REJECTED = "lines_rejected";

    private final Map<FileOutcome, Integer> files = new EnumMap<>(FileOutcome.class);
    private int declarations;
    private long linesAccepted;
    private long linesRejected;

    void add(FileResult result) {
        if (result.outcome() == null) {
            return;
        }
        files.merge(result.outcome(), 1, Integer::sum);
        declarations += result.declarations();
        linesAccepted += result.linesAccepted();
        linesRejected += result.linesRejected();
    }

    /** Adds the counts of another part of the same run. */
    void add(IngestTally other) {
        other.files.forEach((outcome, count) -> files.merge(outcome, count, Integer::sum));
        declarations += other.declarations;
        linesAccepted += other.linesAccepted;
        linesRejected += other.linesRejected;
    }

    /** The tally whose {@link #counts()} these are. */
    /**
     * The counts a part of the ingest keeps in its execution context under {@code key} (none yet:
     * an empty tally); wherever the part ran, since the context comes from the job repository.
     */
    @SuppressWarnings("unchecked") // written by the part as a map of counts, see InboxFileItemWriter
    static IngestTally inContext(ExecutionContext context, String key) {
        Object counts = context.get(key);
        return counts == null ? new IngestTally() : of((Map<String, Long>) counts);
    }

    static IngestTally of(Map<String, Long> counts) {
        IngestTally tally = new IngestTally();
        for (FileOutcome outcome : FileOutcome.values()) {
            int count = counts.getOrDefault(fileKey(outcome), 0L).intValue();
            if (count > 0) {
                tally.files.put(outcome, count);
            }
        }
        tally.declarations = counts.getOrDefault(DECLARATIONS, 0L).intValue();
        tally.linesAccepted = counts.getOrDefault(LINES_ACCEPTED, 0L);
        tally.linesRejected = counts.getOrDefault(LINES_REJECTED, 0L);
        return tally;
    }

    long lines() {
        return linesAccepted + linesRejected;
    }

    /**
     * One line: files by outcome, declarations, lines accepted and rejected, time and speed. Vanished
     * files are rare (issue 11) and named only when there are any.
     */
    String summary(Duration elapsed) {
        int newFiles = files.values().stream().mapToInt(Integer::intValue).sum();
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        int vanished = count(FileOutcome.VANISHED);
        return String.format(Locale.ROOT,
                "inbox: %d new files (%d ingested, %d duplicate, %d rejected, %d skipped%s), %d declarations, "
                        + "lines %d accepted %d rejected, %.1f s, %.0f lines/s",
                newFiles, count(FileOutcome.INGESTED), count(FileOutcome.DUPLICATE), count(FileOutcome.REJECTED),
                count(FileOutcome.SKIPPED), vanished == 0 ? "" : ", " + vanished + " vanished", declarations,
                linesAccepted, linesRejected, seconds, lines() / seconds);
    }

    /** The same counts by name, for the run log ({@code runs/<run-id>.json}). */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FileOutcome outcome : FileOutcome.values()) {
            counts.put(fileKey(outcome), (long) count(outcome));
        }
        counts.put(DECLARATIONS, (long) declarations);
        counts.put(LINES_ACCEPTED, linesAccepted);
        counts.put(LINES_REJECTED, linesRejected);
        return counts;
    }

    private static String fileKey(FileOutcome outcome) {
        return "files_" + outcome.name().toLowerCase(Locale.ROOT);
    }

    private int count(FileOutcome outcome) {
        return files.getOrDefault(outcome, 0);
    }
}
