package org.caresettle.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** What the runs page learns from {@link CurrentRun} (issue 13): the run, its step, and lines done of how many. */
class CurrentRunProgressTest {

    private final CurrentRun run = new CurrentRun();

    @Test
    void nothingGoesOnUntilARunHasStartedAndAfterItEnded() {
        run.begin(new PrintStream(OutputStream.nullOutputStream()), null, null);
        assertThat(run.progress()).isEmpty();
        run.started(7);
        assertThat(run.progress()).contains(new CurrentRun.Progress(7, null, null, null, null));
        run.ended();
        assertThat(run.progress()).isEmpty();
    }

    @Test
    void partsOfOneStepAddUpAndANewStepStartsAfresh() {
        run.begin(new PrintStream(OutputStream.nullOutputStream()), null, null);
        run.started(8);
        run.step("settle", "2026-10");
        run.stepLines("settle", "2026-10", () -> 5, 10);
        run.stepLines("settle", "2026-10", () -> 3, 20);
        assertThat(run.progress()).contains(new CurrentRun.Progress(8, "settle", "2026-10", 8L, 30L));
        run.stepLines("settle", "2026-11", () -> 1, 2);
        assertThat(run.progress()).contains(new CurrentRun.Progress(8, "settle", "2026-11", 1L, 2L));
        run.stepLines("ingest", null, () -> 42, -1);
        assertThat(run.progress()).contains(new CurrentRun.Progress(8, "ingest", null, 42L, null));
        run.step("report", "2026-10");
        assertThat(run.progress()).contains(new CurrentRun.Progress(8, "report", "2026-10", null, null));
    }
}
