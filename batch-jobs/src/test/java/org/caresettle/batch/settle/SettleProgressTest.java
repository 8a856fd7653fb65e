package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import org.caresettle.core.settlement.AcceptedLine;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;

/** The settle's progress line counts the lines as the settlement consumes them (no timing involved). */
class SettleProgressTest {

    @Test
    void countsTheLinesReadOfThePeriodsTotal() {
        PrintStream err = new PrintStream(new ByteArrayOutputStream());
        try (SettleProgress progress = new SettleProgress(Period.parse("2026-03"), 6, err, Duration.ofHours(1))) {
            Iterator<AcceptedLine> lines = progress.counting(Arrays.<AcceptedLine>asList(null, null, null).iterator());
            while (lines.hasNext()) {
                lines.next();
            }

            assertThat(progress.line()).startsWith("settle progress: 2026-03, 3 of 6 lines, ").contains(" s left");
        }
    }
}
