package org.caresettle.batch.report;

import java.nio.file.Path;
import org.caresettle.batch.settle.VersionPublishedListener;
import org.caresettle.core.value.Period;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refreshes a period's risk reports as soon as a new version of it is published (issue 15), by hand, in a
 * nightly or on approval, so a report never speaks of an older version than the statements beside it.
 * First of the follow-ups: reports are small and the finance office reads them first.
 */
@Component
@Order(1)
class ReportOnPublication implements VersionPublishedListener {

    private final PeriodReporter reporter;

    ReportOnPublication(PeriodReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public String published(Path out, Period period, int version) throws Exception {
        return reporter.report(out, period).message();
    }

    @Override
    public String what() {
        return "reports";
    }
}
