package org.caresettle.batch.run;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code lastRun}: the run that ended last. UP when it was
 * done (or no run has ended yet), DOWN when it failed or was refused: either way the night's
 * work did not happen and someone must look, and the details say which run and why.
 */
@Component
public class LastRunHealthIndicator implements HealthIndicator {

    private final RunLogRepository runLog;

    LastRunHealthIndicator(RunLogRepository runLog) {
        this.runLog = runLog;
    }

    @Override
    public Health health() {
        return runLog.lastEnded().map(run -> {
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
