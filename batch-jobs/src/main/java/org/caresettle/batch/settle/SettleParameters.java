package org.caresettle.batch.settle;

import java.nio.file.Path;
import org.caresettle.core.value.Period;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one settle run, as the job repository records them, and read back as the
 * values they are: the steps never parse a parameter themselves.
 */
final class SettleParameters {

    private static final String OUT = "out";
    private static final String PERIOD = "period";
    private static final String RUN = "run";
    private static final String MODE = "mode";
    private static final String POOLING_KEY = "poolingKey";
    private static final String APPROVAL = "approval";

    private SettleParameters() {
    }

    static JobParameters of(Path out, Period period, long run) {
        return of(out, period, run, SettleMode.PUBLISH, null);
    }

    /** A run in {@code mode}; {@code poolingKey} is the proposed key file of a what-if, else null. */
    static JobParameters of(Path out, Period period, long run, SettleMode mode, Path poolingKey) {
        return of(out, period, run, mode, poolingKey, null);
    }

    /**
     * As {@link #of(Path, Period, long, SettleMode, Path)}; {@code approval} is the rerun request whose
     * approval this publication is (see {@link ApprovedPublication}), or null.
     */
    static JobParameters of(Path out, Period period, long run, SettleMode mode, Path poolingKey, Long approval) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(OUT, out.toAbsolutePath().normalize().toString())
                .addString(PERIOD, period.toString())
                .addLong(RUN, run)
                .addString(MODE, mode.name());
        if (poolingKey != null) {
            parameters.addString(POOLING_KEY, poolingKey.toAbsolutePath().normalize().toString());
        }
        if (approval != null) {
            parameters.addLong(APPROVAL, approval);
        }
        return parameters.toJobParameters();
    }

    /** The rerun request this publication approves, or null for a plain settle. */
    static Long approval(JobParameters parameters) {
        return parameters.getLong(APPROVAL);
    }

    /** The mode; a run recorded before issue 14 has none and published. */
    static SettleMode mode(JobParameters parameters) {
        String mode = parameters.getString(MODE);
        return mode == null ? SettleMode.PUBLISH : SettleMode.valueOf(mode);
    }

    /** The proposed pooling key file of a what-if, or null. */
    static Path poolingKey(JobParameters parameters) {
        String file = parameters.getString(POOLING_KEY);
        return file == null ? null : Path.of(file);
    }

    static Path out(JobParameters parameters) {
        return Path.of(parameters.getString(OUT));
    }

    static Period period(JobParameters parameters) {
        return Period.parse(parameters.getString(PERIOD));
    }
}
