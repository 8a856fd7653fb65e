package org.caresettle.batch.run;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall time and the process's CPU time since it was started, for the log lines that time a step (issue 17:
 * the benchmark reads them). On a machine shared with other work the wall time says as much about the
 * others as about the step; the CPU time (all threads of this process: parts, JIT, GC, an embedded
 * database) is the steadier figure.
 */
public final class StepTimer {

    private final long startNanos = System.nanoTime();
    private final long startCpuNanos = processCpuNanos();

    private StepTimer() {
    }

    public static StepTimer start() {
        return new StepTimer();
    }

    /** {@code 12345 ms (CPU 23.4 s)}; the CPU part is left out where the platform does not tell it. */
    public String elapsed() {
        long wallMillis = (System.nanoTime() - startNanos) / 1_000_000;
        long cpu = processCpuNanos();
        if (cpu < 0 || startCpuNanos < 0) {
            return wallMillis + " ms";
        }
        return String.format(Locale.ROOT, "%d ms (CPU %.1f s)", wallMillis, (cpu - startCpuNanos) / 1e9);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
