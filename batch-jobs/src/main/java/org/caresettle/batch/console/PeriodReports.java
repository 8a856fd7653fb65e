package org.caresettle.batch.console;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * What the issue 16 report pages (results, signals, landscape) share: the period from the path, a 404
 * when it was never settled, and the period's published report read from the out folder that
 * {@code serve --out} names. Absent (not an error page) when there is no out folder or no report yet:
 * the page says so in the reader's language.
 */
@Component
class PeriodReports {

    private final SettlementInquiry inquiry;
    private final OutFolderSetting out;

    PeriodReports(SettlementInquiry inquiry, OutFolderSetting out) {
        this.inquiry = inquiry;
        this.out = out;
    }

    /** The settled period the path names, or the page's 404. */
    Period settled(String text) {
        Period period = PathValues.period(text);
        inquiry.period(period).orElseThrow(() -> new NotFound("notfound.period", text));
        return period;
    }

    /** One of {@link org.caresettle.batch.report.PublishedResults}'s readers, applied to this period. */
    <T> Optional<T> read(BiFunction<Path, Period, Optional<T>> reader, Period period) {
        return out.out().flatMap(folder -> reader.apply(folder, period));
    }
}
