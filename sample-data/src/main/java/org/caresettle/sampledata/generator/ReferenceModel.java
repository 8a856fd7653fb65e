package org.caresettle.sampledata.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caresettle.core.value.Bsn;
import org.caresettle.sampledata.generator.Model.Allocation;
import org.caresettle.sampledata.generator.Model.Arrangement;
import org.caresettle.sampledata.generator.Model.Format;
import org.caresettle.sampledata.generator.Model.Municipality;
import org.caresettle.sampledata.generator.Model.Outcome;
import org.caresettle.sampledata.generator.Model.Provider;
import org.caresettle.sampledata.generator.Model.Region;

/**
 * Builds the reference data of a national data set: every CBS municipality with its youth-care
 * region, providers with arrangements per region, and as many allocations as the requested number
 * of declaration lines needs. Everything is drawn from one seeded stream, in a fixed order.
 */
final class ReferenceModel {

    static final int YEAR = 2026;
    /** Each allocation number is 1 000 000 + a permutation of its index below this modulus. */
    static final long NUMBER_MODULUS = 8_999_999L;
    static final long NUMBER_MULTIPLIER = 7_368_787L;

    final Window window;
    final List<Region> regions = new ArrayList<>();
    final List<Municipality> municipalities = new ArrayList<>();
    final List<Provider> providers = new ArrayList<>();
    final List<Arrangement> arrangements = new ArrayList<>();
    /** Sorted by provider, municipality code, allocation number: the order the inbox walks them. */
    Allocation[] allocations;
    final List<Outcome> outcomes = new ArrayList<>();
    final Map<Region, long[]> shares = new LinkedHashMap<>();
    final String[] testBsns;
    /** Per municipality index: the 2026 budget for JW and WMO. */
    long[][] budgets;
    long plannedLines;

    private final Rng rng;
    private int arrangementCounter;

    private ReferenceModel(Window window, Rng rng) {
        this.window = window;
        this.rng = rng;
        this.testBsns = testBsns();
    }

    static ReferenceModel build(Window window, long lines, long seed, InboxShape shape) {
        ReferenceModel model = new ReferenceModel(window, Rng.stream(seed, 1));
        model.buildMunicipalities();
        model.buildProviders(shape.providerCount(lines), shape);
        model.buildArrangements();
        model.buildAllocations(Math.max(1, Math.round(lines / 1.03)));
        model.buildOutcomes();
        model.buildShares();
        model.buildBudgets();
        return model;
    }

    /** Every number in 999900006–999999990 that passes the 11-proof (about 9 100 of them). */
    static String[] testBsns() {
        List<String> list = new ArrayList<>();
        for (int n = 999_900_006; n <= 999_999_990; n++) {
            String text = Integer.toString(n);
            if (Bsn.passesElevenProof(text)) {
                list.add(text);
            }
        }
        return list.toArray(String[]::new);
    }

    private void buildMunicipalities() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        List<CbsList.Entry> entries = new ArrayList<>(CbsList.load());
        entries.sort(Comparator.comparing(CbsList.Entry::code));
        for (CbsList.Entry entry : entries) {
            Region region = byCode.computeIfAbsent(entry.regionCode(), Region::new);
            double u = rng.nextDouble();
            double weight = 0.3 + 25 * u * u * u;
            Municipality m = new Municipality(municipalities.size(), entry.code(), entry.name(), region, weight);
            municipalities.add(m);
            region.municipalities.add(m);
        }
        regions.addAll(byCode.values());
        regions.sort(Comparator.comparing(r -> r.code));
    }

    private static final String[] JW_NAMES = {"Jeugdhulp", "Stichting Jeugdzorg", "Kindertherapie", "Gezinshuis",
        "Jeugd-ggz", "Orthopedagogisch Centrum", "Zorgboerderij", "Pleegzorg", "Kinder- en Jeugdpraktijk"};
    private static final String[] WMO_NAMES = {"Thuishulp", "Zorgcoöperatie", "Begeleiding", "Dagbesteding",
        "Thuiszorg", "Welzijn en Zorg", "Huishoudelijke Hulp"};
    private static final String[] SUFFIXES = {"", "", " B.V.", " B.V.", " Zorg", " Noord", " Zuid", " en Omstreken"};

    private void buildProviders(int count, InboxShape shape) {
        Set<String> agbCodes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String law = i % 10 < 7 ? "JW" : "WMO";
            String agb;
            do {
                agb = (law.equals("JW") ? "41" : "75") + pad(rng.nextInt(1_000_000), 6);
            } while (!agbCodes.add(agb));
            Region home = regions.get(i % regions.size());
            String place = rng.pick(home.municipalities).name;
            String[] names = law.equals("JW") ? JW_NAMES : WMO_NAMES;
            String name = names[rng.nextInt(names.length)] + " " + place + SUFFIXES[rng.nextInt(SUFFIXES.length)];
            double f = rng.nextDouble();
            Format format = shape.format(f);
            String prefix = "" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
            Provider provider = new Provider(i, agb, name, law, prefix, format);
            provider.regions.add(home);
            int extra = rng.chance(0.35) ? (rng.chance(0.3) ? 2 : 1) : 0;
            for (int e = 0; e < extra; e++) {
                Region region = rng.pick(regions);
                if (!provider.regions.contains(region)) {
                    provider.regions.add(region);
                }
            }
            List<ProductSpec> catalogue = new ArrayList<>(ProductSpec.declarable(law));
            int products = rng.between(2, 4);
            for (int p = 0; p < products; p++) {
                ProductSpec product = catalogue.remove(rng.nextInt(catalogue.size()));
                provider.products.add(product);
            }
            provider.products.sort(Comparator.comparing(ProductSpec::code));
            provider.aspecific45 = provider.products.stream().anyMatch(p -> p.category().equals("45"))
                    && rng.chance(0.3);
            for (Region region : provider.regions) {
                region.providers.add(provider);
            }
            providers.add(provider);
        }
    }

    private static final int[] TARIFF_CHANGES = {
        Dates.day(2026, 7, 1), Dates.day(2026, 9, 1), Dates.day(2026, 9, 16), Dates.day(2026, 10, 1)};

    private void buildArrangements() {
        int from = Dates.day(2025, 1, 1);
        for (Provider provider : providers) {
            for (Region region : provider.regions) {
                List<Arrangement> list = new ArrayList<>();
                provider.arrangements.put(region, list);
                boolean aspecificDone = false;
                for (ProductSpec product : provider.products) {
                    String code = product.code();
                    if (provider.aspecific45 && product.category().equals("45") && !code.equals("45A02")) {
                        // one empty-code arrangement covers 45A01 and 45A03; a 45A02 row beside it wins for that code
                        if (aspecificDone) {
                            continue;
                        }
                        aspecificDone = true;
                        code = "";
                    }
                    long tariff = product.hasTariff() ? roundTo5(rng.between(product.tariffLow(), product.tariffHigh())) : -1;
                    int withhold = product.withholdBp() == 0 ? 0 : product.withholdBp() + 500 * rng.between(-1, 1);
                    if (tariff > 0 && rng.chance(0.15)) {
                        int change = TARIFF_CHANGES[rng.nextInt(TARIFF_CHANGES.length)];
                        list.add(arrangement(provider, region, product, code, tariff, from, change - 1, withhold, -1));
                        tariff = roundTo5(tariff * rng.between(102, 106) / 100);
                        list.add(arrangement(provider, region, product, code, tariff, change, Dates.OPEN, withhold, -1));
                    } else {
                        list.add(arrangement(provider, region, product, code, tariff, from, Dates.OPEN, withhold, -1));
                    }
                }
            }
        }
        ProductSpec crisis = ProductSpec.ALL.stream().filter(ProductSpec::isAvailability).findFirst().orElseThrow();
        for (Region region : regions) {
            List<Provider> youth = region.providers.stream().filter(p -> p.law.equals("JW")).toList();
            if (youth.isEmpty()) {
                continue;
            }
            Provider provider = rng.pick(youth);
            double weight = region.municipalities.stream().mapToDouble(m -> m.weight).sum();
            long annual = 10_000_000L + (long) (weight * rng.between(800_000, 1_600_000)) + rng.nextInt(12);
            String code = rng.chance(0.5) ? "" : crisis.code();
            provider.arrangements.computeIfAbsent(region, r -> new ArrayList<>())
                    .add(arrangement(provider, region, crisis, code, -1, from, Dates.OPEN, 0, annual));
        }
    }

    private Arrangement arrangement(Provider provider, Region region, ProductSpec product, String code, long tariff,
            int from, int to, int withhold, long annual) {
        arrangementCounter++;
        int partial = product.isResult() && withhold > 0 ? product.partialReleaseBp() : 0;
        Arrangement a = new Arrangement("A" + pad(arrangementCounter, 6), provider, region, product, code,
                product.financing(), product.unit(), tariff, from, to, withhold, partial, annual);
        arrangements.add(a);
        return a;
    }

    private void buildAllocations(long targetLines) {
        double[] cumulative = new double[municipalities.size()];
        double sum = 0;
        for (Municipality m : municipalities) {
            sum += m.region.providers.isEmpty() ? 0 : m.weight;
            cumulative[m.index] = sum;
        }
        long offset = rng.nextInt((int) NUMBER_MODULUS);
        Window.Slot slot = new Window.Slot();
        List<Allocation> list = new ArrayList<>();
        int windowStart = window.start();
        int windowEnd = window.end();
        while (plannedLines < targetLines) {
            int index = Arrays.binarySearch(cumulative, rng.nextDouble() * sum);
            Municipality municipality = municipalities.get(Math.min(index < 0 ? -index - 1 : index,
                    municipalities.size() - 1));
            if (municipality.region.providers.isEmpty()) {
                continue;
            }
            Provider provider = rng.pick(municipality.region.providers);
            ProductSpec product = rng.pick(provider.products);
            ProductSpec.Shape shape = rng.pick(product.shapes());
            String code = provider.aspecific45 && product.category().equals("45") && rng.chance(0.5) ? "" : product.code();
            int start = rng.chance(0.75) ? rng.between(Dates.day(2025, 1, 6), windowStart - 1)
                    : rng.between(windowStart + 1, windowEnd - 5);
            double e = rng.nextDouble();
            int end;
            if (e < 0.45) {
                end = Dates.OPEN;
            } else if (e < 0.80) {
                end = rng.between(windowEnd + 1, Dates.day(2027, 12, 31));
            } else if (e < 0.97 || start >= windowStart) {
                end = rng.between(Math.max(start, windowStart) + 3, windowEnd + 3);
            } else {
                end = rng.between(start, windowStart - 1);
            }
            long volume = rng.betweenLong(shape.volumeLow(), shape.volumeHigh());
            double s = rng.nextDouble();
            int split = product.unit().equals("82") ? 1 : s < 0.55 ? 1 : s < 0.8 ? 2 : 4;
            boolean deleted = rng.chance(0.015);
            long number = 1_000_000L + Math.floorMod((list.size() + offset) % NUMBER_MODULUS * NUMBER_MULTIPLIER,
                    NUMBER_MODULUS);
            Allocation allocation = new Allocation(Long.toString(number), municipality,
                    testBsns[rng.nextInt(testBsns.length)], provider, product, code, start, end, volume,
                    product.unit(), shape.frequency(), deleted, split);
            boolean budget = rng.chance(0.10);
            long maxAmount = 0;
            double expected = 0;
            long tariff = product.hasTariff() ? provider.maxTariff(municipality.region, product.category()) : 1;
            for (int month = 0; month < window.months; month++) {
                if (window.plan(allocation, month, slot)) {
                    plannedLines += slot.parts;
                    maxAmount += slot.cap * tariff;
                    expected += 0.75 * slot.cap * tariff;
                }
            }
            if (budget && maxAmount > 0) {
                allocation.budget = (maxAmount * 5 / 4 / 100 + 1) * 100;
            }
            if (!deleted) {
                municipality.expectedCost[product.law().equals("JW") ? 0 : 1] += expected;
            }
            list.add(allocation);
        }
        list.sort(Comparator.<Allocation>comparingInt(a -> a.provider.index)
                .thenComparing(a -> a.municipality.code).thenComparing(a -> a.number));
        allocations = list.toArray(Allocation[]::new);
    }

    private void buildOutcomes() {
        int first = window.start();
        int last = Dates.day(2026, 11, 15);
        for (Allocation a : allocations) {
            if (!a.product.isResult() || a.product.withholdBp() == 0 || a.deleted || !rng.chance(0.4)) {
                continue;
            }
            int reported = rng.between(Math.max(first, a.start), last);
            double k = rng.nextDouble();
            outcomes.add(new Outcome(a, reported, k < 0.6 ? "ACHIEVED" : k < 0.85 ? "PARTIAL" : "NOT_ACHIEVED"));
        }
    }

    /** Pooling key shares in millionths, proportional to the weights; the remainder on the largest. */
    private void buildShares() {
        for (Region region : regions) {
            List<Municipality> members = region.municipalities;
            double total = members.stream().mapToDouble(m -> m.weight).sum();
            long[] share = new long[members.size()];
            long sum = 0;
            int largest = 0;
            for (int i = 0; i < members.size(); i++) {
                share[i] = (long) Math.floor(members.get(i).weight / total * 1_000_000);
                sum += share[i];
                if (share[i] > share[largest]) {
                    largest = i;
                }
            }
            share[largest] += 1_000_000 - sum;
            shares.put(region, share);
        }
    }

    /**
     * Annual budget per municipality and law (JW, WMO): the expected spend of the window × 12 /
     * months, times 0.85–1.35, so that some municipalities overrun in the risk report.
     */
    private void buildBudgets() {
        budgets = new long[municipalities.size()][2];
        for (Municipality m : municipalities) {
            for (int law = 0; law < 2; law++) {
                double annual = m.expectedCost[law] * 12 / window.months * (0.85 + 0.5 * rng.nextDouble());
                budgets[m.index][law] = Math.max(2_500_000L, Math.round(annual / 10_000) * 10_000);
            }
        }
    }

    private static long roundTo5(long cents) {
        return Math.max(5, Math.round(cents / 5.0) * 5);
    }

    static String pad(long value, int width) {
        String text = Long.toString(value);
        if (text.length() >= width) {
            return text;
        }
        return "0".repeat(width - text.length()) + text;
    }
}
