package org.caresettle.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The form bench/run.sh reads from settle's log lines (issue 17): wall milliseconds, then the process's CPU. */
class StepTimerTest {

    @Test
    void tellsWallMillisecondsAndTheProcesssCpuSeconds() throws InterruptedException {
        StepTimer timer = StepTimer.start();
        Thread.sleep(20);
        String elapsed = timer.elapsed();
        assertThat(elapsed).matches("\\d+ ms \\(CPU \\d+\\.\\d s\\)");
        assertThat(Long.parseLong(elapsed.substring(0, elapsed.indexOf(' ')))).isGreaterThanOrEqualTo(20);
    }
}
