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

    private SettleParameters() {
    }

    static JobParameters of(Path out, Period period, long run) {
        return new JobParametersBuilder()
                .addString(OUT, out.toAbsolutePath().normalize().toString())
                .addString(PERIOD, period.toString())
                .addLong(RUN, run)
                .toJobParameters();
    }

    static Path out(JobParameters parameters) {
        return Path.of(parameters.getString(OUT));
    }

    static Period period(JobParameters parameters) {
        return Period.parse(parameters.getString(PERIOD));
    }
}
