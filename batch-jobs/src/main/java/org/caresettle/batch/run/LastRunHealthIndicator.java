package org.caresettle.batch.run;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code lastRun}: the run that ended last, of those that tell
 * the health of the work ({@link RunRecord#countsForHealth()}). UP when it was done (or no such run
 * has ended yet), DOWN when it failed, or when a scheduled run was refused: either way the night's
 * work did not happen and someone must look, and the details say which run and why. A run someone
 * asked for by hand and that was refused (bad arguments, the lock held) leaves health as it was
 * (issue 15): that person saw the refusal, and nothing changed.
 */
@Component
public class LastRunHealthIndicator implements HealthIndicator {

    private final RunLogRepository runLog;

    LastRunHealthIndicator(RunLogRepository runLog) {
        this.runLog = runLog;
    }

    @Override
    public Health health() {
        return runLog.lastEndedThatCounts(null).map(run -> {
            Health.Builder health = "DONE".equals(run.getOutcome()) ? Health.up() : Health.down();
            health.withDetail("runId", run.getRunId())
                    .withDetail("command", run.getCommand())
                    .withDetail("outcome", run.getOutcome())
                    .withDetail("exitStatus", run.getExitStatus())
                    .withDetail("endedAt", run.getEndedAt() + "Z");
            if (run.getMessageText() != null) {
                health.withDetail("message", run.getMessageText());
            }
            return health.build();
        }).orElseGet(() -> Health.up().withDetail("outcome", "no run has ended yet").build());
    }
}
