package org.caresettle.core.signals;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caresettle.core.risk.Ratio;
import org.caresettle.core.risk.RiskFormat;
import org.caresettle.core.risk.RiskLevel;

/**
 * The rows of {@code signals.csv}: for every provider with activity in P, the six {@link Signal}s in their
 * order. Each signal is one static function, testable alone.
 */
public final class ProviderSignals {

    private ProviderSignals() {
    }

    public static List<SignalRow> compute(List<ProviderActivity> activities, List<ProductCost> costs,
            List<SharedClient> sharedClients, SignalThresholds thresholds) {
        Map<String, ProviderActivity> byProvider = new TreeMap<>();
        activities.forEach(a -> byProvider.put(a.providerAgb(), a));
        TreeSet<String> providers = new TreeSet<>(byProvider.keySet());
        costs.forEach(c -> providers.add(c.providerAgb()));
        // Each provider's shared clients, found once: scanning every shared client for every provider grew
        // with providers times clients (a third of signals.csv's CPU at 1M lines). The order stays the list's.
        Map<String, List<SharedClient>> shared = new HashMap<>();
        sharedClients.forEach(c -> c.referencesByProvider().keySet()
                .forEach(p -> shared.computeIfAbsent(p, x -> new ArrayList<>()).add(c)));
        List<SignalRow> rows = new ArrayList<>();
        for (String provider : providers) {
            ProviderActivity a = byProvider.getOrDefault(provider,
                    new ProviderActivity(provider, 0, 0, 0, 0, List.of(), 0, List.of(), List.of(), List.of()));
            rows.add(rejectionRate(a, thresholds));
            rows.add(atVolumeCap(a, thresholds));
            rows.add(creditRedeclared(a, thresholds));
            rows.add(costRow(provider, costs, thresholds));
            rows.add(achievedSoon(a, thresholds));
            rows.add(manyProviders(provider, shared.getOrDefault(provider, List.of()), thresholds));
        }
        return rows;
    }

    static SignalRow rejectionRate(ProviderActivity a, SignalThresholds t) {
        String threshold = t.rejectionRate().describePercent() + "; rise " + t.rejectionRise().describeChange()
                + "; from " + t.rejectionMinLines() + " lines";
        SignalLimits limits = new SignalLimits(t.rejectionRate().watchFromBp(), t.rejectionRate().alertAboveBp(),
                SignalLimits.Unit.BASIS_POINTS, t.rejectionRise().watchFromBp(), t.rejectionRise().alertAboveBp(),
                t.rejectionMinLines(), null);
        if (a.received() < t.rejectionMinLines()) {
            return new SignalRow(a.providerAgb(), Signal.REJECTION_RATE, a.rejected() + "/" + a.received(), threshold,
                    RiskLevel.OK, "fewer than " + t.rejectionMinLines() + " lines: not rated",
                    SignalMeasure.part(a.rejected(), a.received(), null), limits, NotRated.TOO_FEW_LINES, List.of());
        }
        Ratio rate = Ratio.of(a.rejected(), a.received());
        RiskLevel level = t.rejectionRate().level(rate);
        String trend = "";
        SignalMeasure measure = SignalMeasure.part(a.rejected(), a.received(), rate.roundedBasisPoints());
        if (a.receivedBefore() > 0) {
            Ratio before = Ratio.of(a.rejectedBefore(), a.receivedBefore());
            Ratio rise = rate.minus(before);
            level = level.worst(t.rejectionRise().level(rise));
            trend = "; P-1 " + a.rejectedBefore() + "/" + a.receivedBefore() + " (" + RiskFormat.percent(before)
                    + "), change " + RiskFormat.signedBasisPoints(rise.roundedBasisPoints()) + " bp";
            measure = new SignalMeasure(a.rejected(), a.received(), rate.roundedBasisPoints(), a.rejectedBefore(),
                    a.receivedBefore(), before.roundedBasisPoints(), rise.roundedBasisPoints());
        }
        List<SignalItem> items = level == RiskLevel.OK ? List.of() : SignalItem.counted(a.rejectedReferences());
        return new SignalRow(a.providerAgb(), Signal.REJECTION_RATE,
                a.rejected() + "/" + a.received() + " (" + RiskFormat.percent(rate) + ")" + trend, threshold, level,
                items.isEmpty() ? "" : "rejected: " + countedList(items), measure, limits, null, items);
    }

    static SignalRow atVolumeCap(ProviderActivity a, SignalThresholds t) {
        String threshold = t.atCap().describePercent() + "; from " + t.atCapMinLines() + " lines";
        SignalLimits limits = new SignalLimits(t.atCap().watchFromBp(), t.atCap().alertAboveBp(),
                SignalLimits.Unit.BASIS_POINTS, null, null, t.atCapMinLines(), null);
        long atCap = a.atCapReferences().size();
        if (a.acceptedDebits() < t.atCapMinLines()) {
            return new SignalRow(a.providerAgb(), Signal.AT_VOLUME_CAP, atCap + "/" + a.acceptedDebits(), threshold,
                    RiskLevel.OK, "fewer than " + t.atCapMinLines() + " accepted lines: not rated",
                    SignalMeasure.part(atCap, a.acceptedDebits(), null), limits, NotRated.TOO_FEW_ACCEPTED_LINES,
                    List.of());
        }
        Ratio share = Ratio.of(atCap, a.acceptedDebits());
        RiskLevel level = t.atCap().level(share);
        List<SignalItem> items = level == RiskLevel.OK ? List.of() : SignalItem.counted(a.atCapReferences());
        return new SignalRow(a.providerAgb(), Signal.AT_VOLUME_CAP,
                atCap + "/" + a.acceptedDebits() + " (" + RiskFormat.percent(share) + ")", threshold, level,
                items.isEmpty() ? "" : "at the cap: " + countedList(items),
                SignalMeasure.part(atCap, a.acceptedDebits(), share.roundedBasisPoints()), limits, null, items);
    }

    static SignalRow creditRedeclared(ProviderActivity a, SignalThresholds t) {
        long count = a.redeclaredCredits().size();
        RiskLevel level = t.creditRedeclared().level(count);
        List<SignalItem> items = SignalItem.counted(a.redeclaredCredits());
        return new SignalRow(a.providerAgb(), Signal.CREDIT_REDECLARED, Long.toString(count),
                t.creditRedeclared().describe(), level, count == 0 ? "" : "credit→new line: " + countedList(items),
                SignalMeasure.count(count), countLimits(t.creditRedeclared()), null, items);
    }

    static SignalRow costRow(String provider, List<ProductCost> costs, SignalThresholds t) {
        Map<String, List<ProductCost>> byRegionProduct = new TreeMap<>();
        costs.stream().filter(c -> c.clients() > 0)
                .forEach(c -> byRegionProduct.computeIfAbsent(c.region() + " " + c.product(), k -> new ArrayList<>()).add(c));
        RiskLevel level = RiskLevel.OK;
        List<String> above = new ArrayList<>();
        List<SignalItem> items = new ArrayList<>();
        Ratio worst = null;
        for (Map.Entry<String, List<ProductCost>> entry : byRegionProduct.entrySet()) {
            List<ProductCost> group = entry.getValue();
            ProductCost own = group.stream().filter(c -> c.providerAgb().equals(provider)).findFirst().orElse(null);
            if (own == null || group.size() < t.costMinProviders()) {
                continue;
            }
            Ratio median = median(group.stream().map(c -> Ratio.of(c.costCents(), c.clients())).toList());
            if (median.signum() <= 0) {
                continue;
            }
            Ratio share = Ratio.of(own.costCents(), own.clients()).dividedBy(median);
            RiskLevel productLevel = t.costAboveMedian().level(share);
            if (productLevel != RiskLevel.OK) {
                long ownPerClient = Ratio.of(own.costCents(), own.clients()).rounded();
                above.add(entry.getKey() + " " + RiskFormat.percent(share) + " of median ("
                        + RiskFormat.euros(ownPerClient) + " per client, median " + RiskFormat.euros(median.rounded())
                        + ")");
                items.add(new SignalItem(entry.getKey(),
                        List.of(share.roundedBasisPoints(), ownPerClient, median.rounded())));
            }
            level = level.worst(productLevel);
            if (worst == null || share.compareTo(worst) > 0) {
                worst = share;
            }
        }
        String noMedian = "no product with " + t.costMinProviders() + " or more providers in its region";
        return new SignalRow(provider, Signal.COST_ABOVE_REGION_MEDIAN,
                worst == null ? "" : "highest " + RiskFormat.percent(worst) + " of median",
                t.costAboveMedian().describePercent() + "; from " + t.costMinProviders() + " providers", level,
                worst == null ? noMedian : above.isEmpty() ? "" : RiskFormat.list(above),
                worst == null ? SignalMeasure.NONE : SignalMeasure.share(worst.roundedBasisPoints()),
                new SignalLimits(t.costAboveMedian().watchFromBp(), t.costAboveMedian().alertAboveBp(),
                        SignalLimits.Unit.BASIS_POINTS, null, null, (long) t.costMinProviders(), null),
                worst == null ? NotRated.TOO_FEW_PROVIDERS : null, items);
    }

    /** Median of the values; an even count takes the mean of the middle two. */
    static Ratio median(List<Ratio> values) {
        List<Ratio> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).times(Ratio.of(1, 2));
    }

    static SignalRow achievedSoon(ProviderActivity a, SignalThresholds t) {
        String threshold = t.achievedSoon().describePercent() + " of ACHIEVED within " + t.achievedSoonDays() + " days";
        SignalLimits limits = new SignalLimits(t.achievedSoon().watchFromBp(), t.achievedSoon().alertAboveBp(),
                SignalLimits.Unit.BASIS_POINTS, null, null, null, (long) t.achievedSoonDays());
        List<SignalItem> soon = new ArrayList<>();
        for (ProviderActivity.Achieved achieved : a.achieved()) {
            long days = ChronoUnit.DAYS.between(achieved.start(), achieved.reportedOn());
            if (days < t.achievedSoonDays()) {
                soon.add(new SignalItem(achieved.allocation(), List.of(days)));
            }
        }
        if (a.achieved().isEmpty()) {
            return new SignalRow(a.providerAgb(), Signal.ACHIEVED_SOON, "0/0", threshold, RiskLevel.OK, "",
                    SignalMeasure.part(0, 0, null), limits, NotRated.NO_ACHIEVED, List.of());
        }
        Ratio share = Ratio.of(soon.size(), a.achieved().size());
        RiskLevel level = t.achievedSoon().level(share);
        return new SignalRow(a.providerAgb(), Signal.ACHIEVED_SOON,
                soon.size() + "/" + a.achieved().size() + " (" + RiskFormat.percent(share) + ")", threshold, level,
                soon.isEmpty() ? "" : "allocations: "
                        + RiskFormat.list(soon.stream().map(s -> s.name() + " (" + s.figures().get(0) + " days)").toList()),
                SignalMeasure.part(soon.size(), a.achieved().size(), share.roundedBasisPoints()), limits, null, soon);
    }

    static SignalRow manyProviders(String provider, List<SharedClient> clients, SignalThresholds t) {
        int most = 0;
        long clientsAtWatch = 0;
        List<SignalItem> items = new ArrayList<>();
        for (SharedClient client : clients) {
            List<String> own = client.referencesByProvider().get(provider);
            int count = client.referencesByProvider().size();
            if (own == null) {
                continue;
            }
            most = Math.max(most, count);
            if (t.manyProviders().level(count) != RiskLevel.OK) {
                clientsAtWatch++;
                items.add(new SignalItem(String.join(" ", own), List.of((long) count)));
            }
        }
        return new SignalRow(provider, Signal.CLIENT_MANY_PROVIDERS,
                clientsAtWatch + (clientsAtWatch == 1 ? " client" : " clients"),
                t.manyProviders().describe() + " providers per client in one month", t.manyProviders().level(most),
                items.isEmpty() ? "" : "lines: " + RiskFormat.list(items.stream()
                        .map(i -> i.name() + " (" + i.figures().get(0) + " providers)").toList()),
                SignalMeasure.count(clientsAtWatch), countLimits(t.manyProviders()), null, items);
    }

    private static SignalLimits countLimits(CountBand band) {
        return new SignalLimits(band.watchFrom(), band.alertAbove(), SignalLimits.Unit.COUNT, null, null, null, null);
    }

    /** Counted items in words, capped as every detail is. */
    private static String countedList(List<SignalItem> items) {
        return RiskFormat.list(items.stream().map(SignalItem::countedText).toList());
    }
}
