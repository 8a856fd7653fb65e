package org.caresettle.batch.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Counts of one ingest run, for the summary line and the run log. */
final class IngestTally {

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

    long lines() {
        return linesAccepted + linesRejected;
    }

    /** One line: files by outcome, declarations, lines accepted and rejected, time and speed. */
    String summary(Duration elapsed) {
        int newFiles = files.values().stream().mapToInt(Integer::intValue).sum();
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format(Locale.ROOT,
                "inbox: %d new files (%d ingested, %d duplicate, %d rejected, %d skipped), %d declarations, "
                        + "lines %d accepted %d rejected, %.1f s, %.0f lines/s",
                newFiles, count(FileOutcome.INGESTED), count(FileOutcome.DUPLICATE), count(FileOutcome.REJECTED),
                count(FileOutcome.SKIPPED), declarations, linesAccepted, linesRejected, seconds, lines() / seconds);
    }

    /** The same counts by name, for the run log ({@code runs/<run-id>.json}). */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FileOutcome outcome : FileOutcome.values()) {
            counts.put("files_" + outcome.name().toLowerCase(Locale.ROOT), (long) count(outcome));
        }
        counts.put("declarations", (long) declarations);
        counts.put("lines_accepted", linesAccepted);
        counts.put("lines_rejected", linesRejected);
        return counts;
    }

    private int count(FileOutcome outcome) {
        return files.getOrDefault(outcome, 0);
    }
}
