package org.caresettle.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caresettle.core.risk.RiskLevel;
import org.caresettle.core.signals.NotRated;
import org.caresettle.core.signals.Signal;
import org.caresettle.core.signals.SignalItem;
import org.caresettle.core.signals.SignalLimits;
import org.caresettle.core.signals.SignalMeasure;
import org.caresettle.core.signals.SignalRow;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;

/** A row of {@code signals.csv} written and read back is the same row, whatever a provider puts in a reference. */
class SignalsFileTest {

    private static SignalRow readBack(SignalRow row) {
        List<String> cells = SignalsFile.cells(Period.parse("2026-10"), "Name", row);
        assertThat(cells).hasSameSizeAs(SignalsFile.COLUMNS);
        return SignalsFile.row(column -> cells.get(SignalsFile.COLUMNS.indexOf(column)));
    }

    @Test
    void referencesWithTheirCountsAndEveryNumberSurviveTheFile() {
        SignalRow row = new SignalRow("41710148", Signal.REJECTION_RATE, "22/47 (46.81%)", "t", RiskLevel.ALERT,
                "rejected: …", new SignalMeasure(22L, 47L, 4681L, 0L, 25L, 0L, 4681L),
                new SignalLimits(1_000, 2_500, SignalLimits.Unit.BASIS_POINTS, 500L, 1_500L, 20L, null), null,
                List.of(new SignalItem("KO1", List.of(2L)), new SignalItem("a;b\\c: d", List.of(1L)),
                        new SignalItem("", List.of(3L))), 4);
        Map<String, String> cells = Map.of("items", SignalsFile.items(row.items()));
        assertThat(cells.get("items")).isEqualTo("KO1:2; a\\;b\\\\c: d:1; :3");
        assertThat(readBack(row)).isEqualTo(row);
    }

    @Test
    void aSignalNotRatedAndOneWithoutNumbersReadBackWithTheirBlanks() {
        SignalRow cost = new SignalRow("41710148", Signal.COST_ABOVE_REGION_MEDIAN, "", "t", RiskLevel.OK, "no product",
                new SignalMeasure(null, null, null, null, null, null, null),
                new SignalLimits(15_000, 20_000, SignalLimits.Unit.BASIS_POINTS, null, null, 3L, null),
                NotRated.TOO_FEW_PROVIDERS, List.of(), 0);
        assertThat(readBack(cost)).isEqualTo(cost);
        SignalRow above = new SignalRow("41710148", Signal.COST_ABOVE_REGION_MEDIAN, "", "t", RiskLevel.WATCH, "d",
                new SignalMeasure(null, null, 15_000L, null, null, null, null),
                new SignalLimits(15_000, 20_000, SignalLimits.Unit.BASIS_POINTS, null, null, 3L, null), null,
                List.of(new SignalItem("WEST-FRIESLAND JW/45/45A01", List.of(15_000L, 150L, -100L))), 0);
        assertThat(readBack(above)).isEqualTo(above);
        assertThat(SignalsFile.cells(Period.parse("2026-10"), "Name", cost))
                .contains("tOO_FEW_PROVIDERS".toLowerCase(), "basis_points");
    }
}
