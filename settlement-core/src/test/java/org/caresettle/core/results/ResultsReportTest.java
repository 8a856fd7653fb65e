package org.caresettle.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;

/** results.csv and results_quarters.csv on small sets whose every figure is worked out by hand here. */
class ResultsReportTest {

    private static final Map<String, String> REGIONS = Map.of("0001", "R", "0002", "R");
    private static final ProductKey RESULT = new ProductKey("11111111", "JW", "43", "43A01");
    private static final ProductKey EFFORT = new ProductKey("22222222", "WMO", "02", "02A01");
    private static final Period MARCH = Period.parse("2026-03");

    private static PaymentLine direct(String municipality, ProductKey product, String period, long amount,
            long withheld) {
        return new PaymentLine(municipality, product, product == RESULT ? "RESULT" : "PERFORMANCE",
                Period.parse(period), false, amount, withheld);
    }

    private static PaymentLine release(String municipality, String period, long amount) {
        return new PaymentLine(municipality, RESULT, "RESULT", Period.parse(period), true, amount, 0);
    }

    @Test
    void outcomesPaidWithheldAndCostPerResultPerRegionAndMunicipality() {
        List<PaymentLine> payments = List.of(
                direct("0001", RESULT, "2025-12", 90_000, 10_000), // last year: only in what is still withheld
                direct("0001", RESULT, "2026-01", 90_000, 10_000),
                direct("0002", RESULT, "2026-02", 45_000, 5_000),
                release("0001", "2026-03", 20_000),
                direct("0001", RESULT, "2026-04", 90_000, 10_000)); // after P: not counted
        List<Trajectory> trajectories = List.of(
                new Trajectory("0001", "1", RESULT, LocalDate.of(2026, 2, 28), Trajectory.ACHIEVED),
                new Trajectory("0001", "2", RESULT, LocalDate.of(2026, 3, 15), null),
                new Trajectory("0002", "3", RESULT, LocalDate.of(2026, 1, 31), Trajectory.NOT_ACHIEVED));

        List<ResultRow> rows = ResultsReport.compute(MARCH, REGIONS, payments, trajectories, List.of()).results();

        // region R: 3 ended (1 achieved, 1 not, 1 awaiting); paid 90 000 + 45 000 + 20 000 released;
        // withheld 10 000 + 10 000 + 5 000 to date, 20 000 of it released.
        assertThat(rows).containsExactly(
                new ResultRow(Scope.region("R"), RESULT, 3, 1, 0, 1, 1, 135_000, 20_000, 155_000, 5_000, 155_000L),
                new ResultRow(new Scope("R", "0001"), RESULT, 2, 1, 0, 0, 1, 90_000, 20_000, 110_000, 0, 110_000L),
                new ResultRow(new Scope("R", "0002"), RESULT, 1, 0, 0, 1, 0, 45_000, 0, 45_000, 5_000, null));
    }

    @Test
    void costPerAchievedResultIsRoundedHalfUp() {
        List<PaymentLine> payments = List.of(direct("0001", RESULT, "2026-01", 100_001, 0));
        List<Trajectory> trajectories = List.of(
                new Trajectory("0001", "1", RESULT, LocalDate.of(2026, 1, 31), Trajectory.ACHIEVED),
                new Trajectory("0001", "2", RESULT, LocalDate.of(2026, 1, 31), Trajectory.ACHIEVED),
                new Trajectory("0001", "3", RESULT, LocalDate.of(2026, 1, 31), Trajectory.PARTIAL));

        ResultRow municipality = ResultsReport.compute(MARCH, REGIONS, payments, trajectories, List.of()).results().get(1);

        // 100 001 / 2 = 50 000.5 -> 50 001
        assertThat(municipality.costPerAchievedCents()).isEqualTo(50_001L);
        assertThat(municipality.partial()).isEqualTo(1);
    }

    @Test
    void costPerTrajectoryByQuarterAgainstTheSameMonthsAYearBefore() {
        List<PaymentLine> payments = List.of(
                direct("0001", EFFORT, "2026-01", 10_000, 0), direct("0001", EFFORT, "2026-02", 10_000, 0),
                direct("0001", EFFORT, "2026-03", 10_001, 0),
                direct("0001", EFFORT, "2025-01", 9_000, 0), direct("0001", EFFORT, "2025-02", 9_000, 0),
                direct("0001", EFFORT, "2025-03", 9_000, 0),
                direct("0001", EFFORT, "2025-04", 99_999, 0), // not a month of P's quarters
                direct("0001", EFFORT, "2024-03", 99_999, 0)); // two years back
        List<Declared> declared = List.of(
                declared("x", "2026-01"), declared("x", "2026-02"), declared("x", "2026-03"), declared("y", "2026-03"),
                declared("x", "2025-01"), declared("z", "2025-02"), declared("w", "2025-03"));

        List<QuarterRow> rows = ResultsReport.compute(MARCH, REGIONS, payments, List.of(), declared).quarters();

        // 2026 Q1: 30 001 over x and y = 15 000.5 -> 15 001; 2025 Q1: 27 000 over x, z, w = 9 000; +6 001.
        QuarterRow expected = new QuarterRow(Scope.region("R"), EFFORT, "PERFORMANCE", 1, MARCH.previous().previous(),
                MARCH, 2, 30_001, 15_001L, 3, 27_000, 9_000L, 6_001L);
        assertThat(rows).containsExactly(expected,
                new QuarterRow(new Scope("R", "0001"), EFFORT, "PERFORMANCE", 1, expected.from(), MARCH, 2, 30_001,
                        15_001L, 3, 27_000, 9_000L, 6_001L));
    }

    @Test
    void aQuarterUnderWayComparesOnlyItsMonthsSoFar() {
        Period may = Period.parse("2026-05");
        List<PaymentLine> payments = List.of(direct("0001", EFFORT, "2026-04", 5_000, 0),
                direct("0001", EFFORT, "2025-04", 4_000, 0), direct("0001", EFFORT, "2025-06", 77_777, 0));
        List<Declared> declared = List.of(declared("x", "2026-04"), declared("x", "2025-04"), declared("v", "2025-06"));

        List<QuarterRow> rows = ResultsReport.compute(may, REGIONS, payments, List.of(), declared).quarters();

        assertThat(rows).hasSize(2).first().satisfies(row -> {
            assertThat(row.quarter()).isEqualTo(2);
            assertThat(row.from()).isEqualTo(Period.parse("2026-04"));
            assertThat(row.to()).isEqualTo(may);
            assertThat(row.paidYearBeforeCents()).isEqualTo(4_000);
            assertThat(row.trajectoriesYearBefore()).isEqualTo(1);
            assertThat(row.changeCents()).isEqualTo(1_000L);
        });
    }

    @Test
    void noTrajectoryNoCostAndNoChange() {
        List<PaymentLine> payments = List.of(direct("0002", EFFORT, "2026-02", 5_000, 0));

        QuarterRow row = ResultsReport.compute(MARCH, REGIONS, payments, List.of(), List.of()).quarters().get(0);

        assertThat(row.costPerTrajectoryCents()).isNull();
        assertThat(row.costPerTrajectoryYearBeforeCents()).isNull();
        assertThat(row.changeCents()).isNull();
    }

    private static Declared declared(String allocation, String period) {
        return new Declared("0001", allocation, EFFORT, Period.parse(period));
    }
}
