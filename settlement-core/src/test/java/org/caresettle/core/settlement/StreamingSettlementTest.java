package org.caresettle.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.settlement.WorkedExample.*;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;

/**
 * The settlement consumes an iterator and keeps sums, not lines: half a million lines generated on
 * the fly settle into a handful of invoice lines. (The lines never exist as a list, so a settlement
 * that kept them would show up as memory, and this test as slow.)
 */
class StreamingSettlementTest {

    @Test
    void aLargeStreamSettlesIntoFewLines() {
        int count = 500_000;
        Iterator<AcceptedLine> lines = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public AcceptedLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                Period period = i % 3 == 0 ? FEBRUARY : MARCH;
                return i % 2 == 0
                        ? new AcceptedLine(i, period, HOORN, YOUTH_PROVIDER, P45A01, "1001", LocalDate.of(2026, 2, 1 + i % 28),
                                1, Unit.HOUR, 8_550, DebitCredit.D, i)
                        : new AcceptedLine(i, period, ENKHUIZEN, YOUTH_PROVIDER, P43A01, "2" + String.format("%03d", i % 1000),
                                LocalDate.of(2026, 2, 15), 1, Unit.PIECE_OUTPUT, 450_000, DebitCredit.D, i);
            }
        };

        Settlement march = PeriodSettlement.settle(SettlementRequest.firstVersion(MARCH, reference(), lines));

        long marchLines = march.totals().lineCount();
        assertThat(marchLines).isEqualTo(count - (count + 2) / 3);
        assertThat(march.invoiceLines()).hasSizeLessThan(20);
        // Only allocation 2001 has an outcome: its withheld total up to March is released.
        assertThat(march.releases()).singleElement().satisfies(r -> assertThat(r.group().allocationNumber()).isEqualTo("2001"));
    }
}
