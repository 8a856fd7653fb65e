package org.caresettle.batch.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * What the steps of the run in progress share with the run around them: the operator's error
 * stream (for progress lines) and the counts each step reports for the run log. One run at a
 * time per process (the scheduler of {@code serve} starts the next only when one has ended).
 *
 * <p>It also knows, for the console's runs page (issue 13), which run of the run log is going on in this
 * process, which step it is at and, where a step counts its lines, how many it has done of how many.
 */
@Component
public class CurrentRun {

    private volatile PrintStream err = System.err;
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private final List<Written> versions = new ArrayList<>();
    private final List<Written> previews = new ArrayList<>();
    private Long runId;
    private String requestedBy;
    private String reason;
    private String step;
    private String stepPeriod;
    private final List<LongSupplier> stepLines = new ArrayList<>();
    private long stepTotal;
    private boolean stepTotalKnown;

    /**
     * Where the run in this process is: its step ({@code ingest}, {@code settle}, {@code report}), the
     * period the step works on (null when none), the lines done (null when the step does not count them)
     * and of how many (null when unknown).
     */
    public record Progress(long runId, String step, String period, Long linesDone, Long linesTotal) {
    }

    /**
     * A settlement version or a preview that the run wrote (issue 14, for the run record): its period, its
     * version number and, for a preview, its folder under {@code --out} (null for a published version).
     */
    public record Written(String period, int version, String folder) {
    }

    /** Where progress lines go: the standard error of the command line that started the run. */
    public PrintStream err() {
        return err;
    }

    /** Records a step's counts; a step that runs twice in one run (nightly) keeps the last. */
    public synchronized void count(String step, Map<String, Long> stepCounts) {
        counts.put(step, new LinkedHashMap<>(stepCounts));
    }

    /**
     * Adds {@code stepCounts} to the step's counts: for a step that runs once per period (settle and report
     * in a nightly), the run's counts are the sums over its periods. A name counted first comes first.
     */
    public synchronized void add(String step, Map<String, Long> stepCounts) {
        Map<String, Long> sums = counts.computeIfAbsent(step, s -> new LinkedHashMap<>());
        stepCounts.forEach((name, value) -> sums.merge(name, value, Long::sum));
    }

    /** The run published version {@code version} of {@code period}. */
    public synchronized void versionWritten(String period, int version) {
        versions.add(new Written(period, version, null));
    }

    /** The run wrote a preview of version {@code version} of {@code period} into {@code folder}. */
    public synchronized void previewWritten(String period, int version, String folder) {
        previews.add(new Written(period, version, folder));
    }

    synchronized List<Written> versions() {
        return List.copyOf(versions);
    }

    synchronized List<Written> previews() {
        return List.copyOf(previews);
    }

    /** A run begins here, asked for by {@code who} (or null) for {@code why} (or null). */
    synchronized void begin(PrintStream errStream, String who, String why) {
        this.err = errStream;
        this.requestedBy = who;
        this.reason = why;
        counts.clear();
        versions.clear();
        previews.clear();
        runId = null;
        step(null, null);
    }

    /**
     * Who asked for the run going on here ({@code cli:<OS user>}, {@code schedule}, a console user), or null:
     * what a step that leaves something for later (a rerun request under approval) names as its author.
     */
    public synchronized String requestedBy() {
        return requestedBy;
    }

    /** The reason given for the run going on here, or null. */
    public synchronized String reason() {
        return reason;
    }

    /** The run log's number of the run that has begun here. */
    synchronized void started(long id) {
        runId = id;
    }

    /** The run has moved on to a step that does not count lines (or not yet). */
    public synchronized void step(String name, String period) {
        step = name;
        stepPeriod = period;
        stepLines.clear();
        stepTotal = 0;
        stepTotalKnown = false;
    }

    /**
     * A part of the step counts its lines: {@code done} says how many so far, {@code total} of how many
     * (negative: unknown). Parts of the same step and period that run side by side add up.
     */
    public synchronized void stepLines(String name, String period, LongSupplier done, long total) {
        if (!name.equals(step) || !Objects.equals(period, stepPeriod)) {
            step(name, period);
        }
        if (stepLines.isEmpty()) {
            stepTotalKnown = true;
        }
        stepLines.add(done);
        if (total < 0) {
            stepTotalKnown = false;
        } else {
            stepTotal += total;
        }
    }

    /** The run going on in this process and where it is, if one is. */
    public synchronized Optional<Progress> progress() {
        if (runId == null) {
            return Optional.empty();
        }
        Long done = stepLines.isEmpty() ? null : stepLines.stream().mapToLong(LongSupplier::getAsLong).sum();
        Long total = done != null && stepTotalKnown ? stepTotal : null;
        return Optional.of(new Progress(runId, step, stepPeriod, done, total));
    }

    /** The run has ended: nothing goes on here any more. */
    synchronized void ended() {
        runId = null;
        step(null, null);
    }

    synchronized Map<String, Map<String, Long>> counts() {
        return new LinkedHashMap<>(counts);
    }
}
