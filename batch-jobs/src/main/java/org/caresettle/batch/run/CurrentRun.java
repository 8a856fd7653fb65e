package org.caresettle.batch.run;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the steps of the run in progress share with the run around them: the operator's error
 * stream (for progress lines) and the counts each step reports for the run log. One run at a
 * time per process (the scheduler of {@code serve} starts the next only when one has ended).
 */
@Component
public class CurrentRun {

    private volatile PrintStream err = System.err;
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

    /** Where progress lines go: the standard error of the command line that started the run. */
    public PrintStream err() {
        return err;
    }

    /** Records a step's counts; a step that runs twice in one run (nightly) keeps the last. */
    public synchronized void count(String step, Map<String, Long> stepCounts) {
        counts.put(step, new LinkedHashMap<>(stepCounts));
    }

    synchronized void begin(PrintStream errStream) {
        this.err = errStream;
        counts.clear();
    }

    synchronized Map<String, Map<String, Long>> counts() {
        return new LinkedHashMap<>(counts);
    }
}
