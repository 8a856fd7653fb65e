package org.caresettle.batch.settle;

import java.nio.file.Path;
import org.caresettle.core.value.Period;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The parameters of one settle run, as the job repository records them. */
final class SettleParameters {

    static final String OUT = "out";
    static final String PERIOD = "period";
    static final String RUN = "run";

    private SettleParameters() {
    }

    static JobParameters of(Path out, Period period, long run) {
        return new JobParametersBuilder()
                .addString(OUT, out.toAbsolutePath().normalize().toString())
                .addString(PERIOD, period.toString())
                .addLong(RUN, run)
                .toJobParameters();
    }
}
