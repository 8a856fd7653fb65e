package org.caresettle.core.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caresettle.core.math.Rounding;
import org.caresettle.core.value.Period;

/**
 * Computes {@code results.csv} and {@code results_quarters.csv} for period P (issue 16 item 1): every
 * figure per region and per municipality of it, each region row the sum of its municipalities' (the
 * trajectories counted once). Municipalities the reference does not place in a region are under region "".
 */
public final class ResultsReport {

    /** A financing type of SPEC 3: only RESULT products get a row in {@code results.csv}. */
    public static final String RESULT = "RESULT";

    private ResultsReport() {
    }

    public record Results(List<ResultRow> results, List<QuarterRow> quarters) {
    }

    public static Results compute(Period period, Map<String, String> regionOf, List<PaymentLine> payments,
            List<Trajectory> trajectories, List<Declared> declared) {
        return new Results(results(period, regionOf, payments, trajectories),
                quarters(period, regionOf, payments, declared));
    }

    private static final class ResultSums {
        int ended;
        int achieved;
        int partial;
        int notAchieved;
        int noOutcome;
        long direct;
        long released;
        long withheldToDate;
        long releasedToDate;
    }

    private static List<ResultRow> results(Period period, Map<String, String> regionOf, List<PaymentLine> payments,
            List<Trajectory> trajectories) {
        Map<Scope, Map<ProductKey, ResultSums>> sums = new TreeMap<>();
        for (Trajectory trajectory : trajectories) {
            for (Scope scope : scopes(trajectory.municipality(), regionOf)) {
                ResultSums s = sum(sums, scope, trajectory.product(), ResultSums::new);
                s.ended++;
                if (trajectory.outcome() == null) {
                    s.noOutcome++;
                } else {
                    switch (trajectory.outcome()) {
                        case Trajectory.ACHIEVED -> s.achieved++;
                        case Trajectory.PARTIAL -> s.partial++;
                        case Trajectory.NOT_ACHIEVED -> s.notAchieved++;
                        default -> throw new IllegalArgumentException("unknown outcome " + trajectory.outcome());
                    }
                }
            }
        }
        for (PaymentLine line : payments) {
            if (!RESULT.equals(line.financing()) || line.period().compareTo(period) > 0) {
                continue;
            }
            boolean thisYear = line.period().year() == period.year();
            for (Scope scope : scopes(line.municipality(), regionOf)) {
                ResultSums s = sum(sums, scope, line.product(), ResultSums::new);
                if (line.release()) {
                    s.releasedToDate = Math.addExact(s.releasedToDate, line.amountCents());
                    if (thisYear) {
                        s.released = Math.addExact(s.released, line.amountCents());
                    }
                } else {
                    s.withheldToDate = Math.addExact(s.withheldToDate, line.withheldCents());
                    if (thisYear) {
                        s.direct = Math.addExact(s.direct, line.amountCents());
                    }
                }
            }
        }
        List<ResultRow> rows = new ArrayList<>();
        sums.forEach((scope, products) -> products.forEach((product, s) -> {
            long paid = Math.addExact(s.direct, s.released);
            rows.add(new ResultRow(scope, product, s.ended, s.achieved, s.partial, s.notAchieved, s.noOutcome,
                    s.direct, s.released, paid, Math.subtractExact(s.withheldToDate, s.releasedToDate),
                    s.achieved == 0 ? null : Rounding.roundHalfUp(paid, s.achieved)));
        }));
        return rows;
    }

    private static final class QuarterSums {
        final Set<String> trajectories = new HashSet<>();
        final Set<String> trajectoriesBefore = new HashSet<>();
        long paid;
        long paidBefore;
    }

    private static List<QuarterRow> quarters(Period period, Map<String, String> regionOf, List<PaymentLine> payments,
            List<Declared> declared) {
        int year = period.year();
        // quarter -> scope -> product; hash maps while adding up (a row per allocation and month of two years,
        // hundreds of thousands nationally), put in order once below
        Map<Integer, Map<Scope, Map<ProductKey, QuarterSums>>> sums = new HashMap<>();
        Map<ProductKey, String> financing = new HashMap<>();
        for (PaymentLine line : payments) {
            Integer quarter = quarterOf(line.period(), period);
            if (quarter == null) {
                continue;
            }
            financing.put(line.product(), line.financing());
            boolean before = line.period().year() < year;
            for (Scope scope : scopes(line.municipality(), regionOf)) {
                QuarterSums s = quarterSums(sums, quarter, scope, line.product());
                if (before) {
                    s.paidBefore = Math.addExact(s.paidBefore, line.amountCents());
                } else {
                    s.paid = Math.addExact(s.paid, line.amountCents());
                }
            }
        }
        for (Declared d : declared) {
            Integer quarter = quarterOf(d.period(), period);
            if (quarter == null) {
                continue;
            }
            String trajectory = d.municipality() + "|" + d.allocationNumber();
            for (Scope scope : scopes(d.municipality(), regionOf)) {
                QuarterSums s = quarterSums(sums, quarter, scope, d.product());
                (d.period().year() < year ? s.trajectoriesBefore : s.trajectories).add(trajectory);
            }
        }
        List<QuarterRow> rows = new ArrayList<>();
        Map<Scope, Map<ProductKey, Map<Integer, QuarterSums>>> byScope = new TreeMap<>(); // the file's order
        sums.forEach((quarter, scopes) -> scopes.forEach((scope, products) -> products.forEach((product, s) ->
                byScope.computeIfAbsent(scope, x -> new TreeMap<>()).computeIfAbsent(product, x -> new TreeMap<>())
                        .put(quarter, s))));
        byScope.forEach((scope, products) -> products.forEach((product, quarters) -> quarters.forEach((quarter, s) -> {
            Long cost = perTrajectory(s.paid, s.trajectories.size());
            Long costBefore = perTrajectory(s.paidBefore, s.trajectoriesBefore.size());
            Period from = Period.of(year, quarter * 3 - 2);
            Period to = Period.of(year, quarter * 3).compareTo(period) > 0 ? period : Period.of(year, quarter * 3);
            rows.add(new QuarterRow(scope, product, financing.getOrDefault(product, ""), quarter, from, to,
                    s.trajectories.size(), s.paid, cost, s.trajectoriesBefore.size(), s.paidBefore, costBefore,
                    cost == null || costBefore == null ? null : Math.subtractExact(cost, costBefore)));
        })));
        return rows;
    }

    /**
     * The quarter (1–4) of P's year whose months up to P hold {@code month}, or the same months a year
     * earlier; null for any other month.
     */
    static Integer quarterOf(Period month, Period period) {
        int year = month.year();
        if (year != period.year() && year != period.year() - 1) {
            return null;
        }
        int monthNumber = month.month().getMonthValue();
        if (monthNumber > period.month().getMonthValue()) {
            return null;
        }
        return (monthNumber - 1) / 3 + 1;
    }

    private static Long perTrajectory(long paid, int trajectories) {
        return trajectories == 0 ? null : Rounding.roundHalfUp(paid, trajectories);
    }

    private static List<Scope> scopes(String municipality, Map<String, String> regionOf) {
        String region = regionOf.getOrDefault(municipality, "");
        return List.of(Scope.region(region), new Scope(region, municipality));
    }

    private static QuarterSums quarterSums(Map<Integer, Map<Scope, Map<ProductKey, QuarterSums>>> sums, int quarter,
            Scope scope, ProductKey product) {
        return sums.computeIfAbsent(quarter, q -> new HashMap<>()).computeIfAbsent(scope, s -> new HashMap<>())
                .computeIfAbsent(product, p -> new QuarterSums());
    }

    private static <T> T sum(Map<Scope, Map<ProductKey, T>> sums, Scope scope, ProductKey product,
            java.util.function.Supplier<T> empty) {
        return sums.computeIfAbsent(scope, s -> new TreeMap<>()).computeIfAbsent(product, p -> empty.get());
    }
}
