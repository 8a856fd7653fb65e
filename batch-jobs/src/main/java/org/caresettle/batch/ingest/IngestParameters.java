package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The parameters of one ingest run, as the job repository records them. */
public final class IngestParameters {

    public static final String DATA = "data";
    public static final String OUT = "out";
    public static final String BUSINESS_DATE = "businessDate";
    public static final String RUN = "run";

    private IngestParameters() {
    }

    public static JobParameters of(Path data, Path out, LocalDate businessDate, long run) {
        return new JobParametersBuilder()
                .addString(DATA, data.toAbsolutePath().normalize().toString())
                .addString(OUT, out.toAbsolutePath().normalize().toString())
                .addLocalDate(BUSINESS_DATE, businessDate)
                .addLong(RUN, run)
                .toJobParameters();
    }
}
