package org.caresettle.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caresettle.core.math.LargestRemainder;
import org.caresettle.core.math.Rounding;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.Municipality;
import org.caresettle.core.reference.Outcome;
import org.caresettle.core.reference.OutcomeKind;
import org.caresettle.core.reference.PoolingKeyShare;
import org.caresettle.core.reference.ProductDefinition;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.testing.Seeds;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Share;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;

/**
 * Random regions, keys, arrangements (tariff changes included), outcomes and thousands of lines
 * with credits, settled and compared with a brute-force oracle that keeps every line and reads
 * SPEC 7 and 8 literally. The settle step checks the invariants itself; this test also checks the
 * money per municipality and provider, and that the input order does not matter.
 */
class SettlementPropertyTest {

    private static final int YEAR = 2026;
    private static final List<Product> PRODUCTS = List.of(
            new Product(Law.JW, "43", "43A01"), new Product(Law.JW, "43", "43B02"),
            new Product(Law.JW, "45", "45A01"), new Product(Law.JW, "47", "47X"),
            new Product(Law.WMO, "02", "02A01"));

    @Test
    void randomPeriodsSettleLikeTheOracle() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            String context = "seed " + seed + ", round " + round;
            World world = World.random(random);
            Period period = Period.of(YEAR, 1 + random.nextInt(6));

            Settlement settlement;
            try {
                settlement = PeriodSettlement.settle(SettlementRequest.firstVersion(period, world.reference,
                        world.lines.iterator()));
            } catch (RuntimeException e) {
                throw new AssertionError(context, e);
            }
            Oracle oracle = new Oracle(world, period);

            Map<MunicipalityCode, Long> totals = new TreeMap<>();
            settlement.invoices().forEach(i -> totals.put(i.municipality(), i.total().amountCents()));
            for (MunicipalityCode municipality : world.regionOf.keySet()) {
                assertThat(totals.getOrDefault(municipality, 0L)).as(context + ", invoice " + municipality)
                        .isEqualTo(oracle.invoiceTotal(municipality));
            }
            Map<AgbCode, Long> paid = new TreeMap<>();
            settlement.payments().forEach(p -> paid.put(p.provider(), p.total().amountCents()));
            TreeSet<AgbCode> providers = new TreeSet<>(paid.keySet());
            providers.addAll(oracle.paymentTotals().keySet());
            for (AgbCode provider : providers) {
                assertThat(paid.getOrDefault(provider, 0L)).as(context + ", payment " + provider)
                        .isEqualTo(oracle.paymentTotals().getOrDefault(provider, 0L));
            }
            assertThat(settlement.totals().settledCents()).as(context).isEqualTo(oracle.settled());
            assertThat(settlement.totals().releaseCents()).as(context).isEqualTo(oracle.releases());
            assertThat(settlement.invoices().stream().flatMap(i -> i.lines().stream())
                    .filter(l -> l.type() == LineType.DIRECT).mapToLong(StatementLine::lineCount).sum())
                    .as(context).isEqualTo(world.lines.stream().filter(l -> l.declarationPeriod().equals(period)).count());
            SettlementInvariants.check(settlement);

            List<AcceptedLine> shuffled = new ArrayList<>(world.lines);
            Collections.shuffle(shuffled, random);
            assertThat(PeriodSettlement.settle(SettlementRequest.firstVersion(period, world.reference, shuffled.iterator())))
                    .as(context + ", shuffled").isEqualTo(settlement);
        }
    }

    @Test
    void correctionsBetweenRandomVersionsAddUpToTheChangeOfTheTotals() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            String context = "seed " + seed + ", round " + round;
            World world = World.random(random);
            Period period = Period.of(YEAR, 1 + random.nextInt(6));
            List<AcceptedLine> fewer = world.lines.stream().filter(l -> random.nextInt(10) > 0).toList();
            Settlement first = PeriodSettlement.settle(SettlementRequest.firstVersion(period, world.reference,
                    fewer.iterator()));
            Settlement second = PeriodSettlement.settle(SettlementRequest.nextVersion(period, 2, world.reference,
                    world.lines.iterator(), first.invoiceLines()));

            long previousTotal = first.invoices().stream().mapToLong(i -> i.total().amountCents()).sum();
            long newTotal = second.invoices().stream().mapToLong(i -> i.total().amountCents()).sum();
            List<Correction> corrections = second.corrections().orElseThrow();
            long totalDifference = corrections.stream().filter(c -> c.key().type() == LineType.TOTAL)
                    .mapToLong(Correction::differenceCents).sum();
            long lineDifference = corrections.stream().filter(c -> c.key().type() != LineType.TOTAL)
                    .mapToLong(Correction::differenceCents).sum();
            assertThat(totalDifference).as(context).isEqualTo(newTotal - previousTotal);
            assertThat(lineDifference).as(context).isEqualTo(newTotal - previousTotal);
            // A line that appears or vanishes is listed even at 0 cents (a zero-amount line); a changed one never is.
            assertThat(corrections).as(context).filteredOn(c -> c.change() == Correction.Change.CHANGED)
                    .allSatisfy(c -> assertThat(c.differenceCents()).isNotZero());
        }
    }

    /** Random reference data and lines of January to June, every line priceable. */
    static final class World {
        final Map<MunicipalityCode, String> regionOf = new TreeMap<>();
        final List<PoolingKeyShare> keys = new ArrayList<>();
        final List<Arrangement> arrangements = new ArrayList<>();
        final List<AcceptedLine> lines = new ArrayList<>();
        ReferenceData reference;

        static World random(Random random) {
            World world = new World();
            int regionCount = 1 + random.nextInt(3);
            TreeSet<Integer> codes = new TreeSet<>();
            List<String> regions = new ArrayList<>();
            for (int r = 0; r < regionCount; r++) {
                String region = "R" + r;
                regions.add(region);
                int size = 1 + random.nextInt(6);
                List<MunicipalityCode> members = new ArrayList<>();
                while (members.size() < size) {
                    int code = random.nextInt(10_000);
                    if (codes.add(code)) {
                        MunicipalityCode municipality = MunicipalityCode.of(String.format("%04d", code));
                        members.add(municipality);
                        world.regionOf.put(municipality, region);
                    }
                }
                List<Integer> cuts = new ArrayList<>(List.of(0, Share.ONE));
                for (int i = 0; i < size - 1; i++) {
                    cuts.add(random.nextInt(Share.ONE + 1));
                }
                Collections.sort(cuts);
                for (int i = 0; i < size; i++) {
                    world.keys.add(new PoolingKeyShare(region, YEAR, members.get(i), new Share(cuts.get(i + 1) - cuts.get(i))));
                }
            }
            List<AgbCode> providers = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                providers.add(AgbCode.of(String.format("%08d", 10_000_000 + i)));
            }
            int id = 0;
            List<Arrangement> priced = new ArrayList<>();
            for (AgbCode provider : providers) {
                for (String region : regions) {
                    for (Product product : PRODUCTS) {
                        Product scope = product.code().equals("47X") ? new Product(Law.JW, "47", null) : product;
                        LocalDate split = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(180));
                        boolean changes = random.nextInt(3) == 0;
                        priced.add(randomArrangement(random, "X" + id++, provider, region, scope,
                                LocalDate.of(YEAR, 1, 1), changes ? split.minusDays(1) : null));
                        if (changes) {
                            priced.add(randomArrangement(random, "X" + id++, provider, region, scope, split, null));
                        }
                    }
                }
            }
            world.arrangements.addAll(priced);
            for (String region : regions) {
                for (int i = 0; i < random.nextInt(3); i++) {
                    LocalDate from = random.nextBoolean() ? LocalDate.of(YEAR, 1, 1)
                            : LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(180));
                    world.arrangements.add(new Arrangement("V" + id++, providers.get(random.nextInt(providers.size())),
                            region, new Product(Law.JW, "9" + i, null), Financing.AVAILABILITY, null, null, from, null,
                            null, null, random.nextBoolean() ? (long) random.nextInt(100) : (long) random.nextInt(50_000_000)));
                }
            }

            List<MunicipalityCode> municipalities = new ArrayList<>(world.regionOf.keySet());
            record Alloc(MunicipalityCode municipality, String number, AgbCode provider, Product product) {
            }
            List<Alloc> allocations = new ArrayList<>();
            List<Outcome> outcomes = new ArrayList<>();
            int allocationCount = 20 + random.nextInt(400);
            for (int i = 0; i < allocationCount; i++) {
                Alloc alloc = new Alloc(municipalities.get(random.nextInt(municipalities.size())), String.valueOf(1000 + i),
                        providers.get(random.nextInt(providers.size())), PRODUCTS.get(random.nextInt(PRODUCTS.size())));
                allocations.add(alloc);
                if (random.nextInt(10) < 6) {
                    outcomes.add(new Outcome(alloc.number(), alloc.municipality(),
                            LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(200)),
                            OutcomeKind.values()[random.nextInt(3)]));
                }
            }
            int debits = 500 + random.nextInt(2500);
            List<Long> orders = new ArrayList<>();
            for (long i = 0; i < debits * 2L; i++) {
                orders.add(i);
            }
            Collections.shuffle(orders, random);
            int next = 0;
            for (int i = 0; i < debits; i++) {
                Alloc alloc = allocations.get(random.nextInt(allocations.size()));
                Period period = Period.of(YEAR, 1 + random.nextInt(6));
                LocalDate start = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(181));
                long amount = random.nextInt(4) == 0 ? random.nextInt(30) : random.nextInt(10_000_000);
                AcceptedLine debit = new AcceptedLine(i, period, alloc.municipality(), alloc.provider(), alloc.product(),
                        alloc.number(), start, random.nextInt(100), Unit.HOUR, amount, DebitCredit.D, orders.get(next++));
                world.lines.add(debit);
                if (random.nextInt(5) == 0) {
                    // Mostly later than its debit, sometimes declared for an earlier period (SPEC 7.2's odd case).
                    Period creditPeriod = random.nextInt(10) == 0 ? Period.of(YEAR, 1 + random.nextInt(6))
                            : Period.of(YEAR, period.month().getMonthValue() + random.nextInt(7 - period.month().getMonthValue()));
                    world.lines.add(new AcceptedLine(debits + i, creditPeriod, debit.municipality(), debit.provider(),
                            debit.product(), debit.allocationNumber(), debit.productStart(), debit.volume(), debit.unit(),
                            debit.amountCents(), DebitCredit.C, orders.get(next++)));
                }
            }
            List<Municipality> municipalityRows = new ArrayList<>();
            world.regionOf.forEach((code, region) -> municipalityRows.add(new Municipality(code, "M" + code, region)));
            List<ProductDefinition> products = List.of(
                    new ProductDefinition(PRODUCTS.get(0), "", true), new ProductDefinition(PRODUCTS.get(1), "", true),
                    new ProductDefinition(PRODUCTS.get(2), "", false), new ProductDefinition(PRODUCTS.get(4), "", false));
            world.reference = new ReferenceData(municipalityRows, List.of(), products, world.arrangements, List.of(),
                    world.keys, List.of(), outcomes);
            return world;
        }

        private static Arrangement randomArrangement(Random random, String id, AgbCode provider, String region,
                Product product, LocalDate from, LocalDate to) {
            if (random.nextBoolean()) {
                return new Arrangement(id, provider, region, product, Financing.PERFORMANCE, Unit.HOUR, 1L, from, to,
                        null, null, null);
            }
            return new Arrangement(id, provider, region, product, Financing.RESULT, Unit.PIECE_OUTPUT, 1L, from, to,
                    new BasisPoints(random.nextInt(3) == 0 ? random.nextInt(10_001) : 1000),
                    random.nextInt(5) == 0 ? null : new BasisPoints(random.nextInt(10_001)), null);
        }
    }

    /** SPEC 7 and 8 read literally, over the full list of lines. */
    static final class Oracle {
        private final Map<MunicipalityCode, Long> own = new HashMap<>();
        private final Map<AgbCode, Long> paid = new TreeMap<>();
        private final Map<MunicipalityCode, Long> pooled = new HashMap<>();
        private final Map<MunicipalityCode, Long> adjustment = new HashMap<>();
        private long settled;
        private long releases;

        Oracle(World world, Period period) {
            ReferenceData reference = world.reference;
            record Group(MunicipalityCode m, String allocation, AgbCode provider, Product product) {
            }
            Map<Group, List<AcceptedLine>> groups = new HashMap<>();
            for (AcceptedLine line : world.lines) {
                Arrangement arrangement = arrangementOf(reference, line);
                long withheld = arrangement.financing() == Financing.RESULT
                        ? Rounding.roundHalfUp(line.amountCents() * (long) bp(arrangement.withhold()), 10_000) : 0;
                if (line.declarationPeriod().equals(period)) {
                    long cost = line.dc().sign() * (line.amountCents() - withheld);
                    book(line.municipality(), line.provider(), cost, pooled(reference, line.product()));
                }
                if (arrangement.financing() == Financing.RESULT) {
                    groups.computeIfAbsent(new Group(line.municipality(), line.allocationNumber(), line.provider(),
                            line.product()), g -> new ArrayList<>()).add(line);
                }
            }
            groups.forEach((group, lines) -> {
                if (lines.stream().noneMatch(l -> l.declarationPeriod().compareTo(period) <= 0)) {
                    return;
                }
                Optional<Outcome> outcome = reference.outcome(group.m(), group.allocation());
                long release = releasable(reference, lines, period, outcome)
                        - releasable(reference, lines, period.previous(), outcome);
                releases += release;
                book(group.m(), group.provider(), release, pooled(reference, group.product()));
            });
            for (Arrangement arrangement : world.arrangements) {
                if (arrangement.financing() != Financing.AVAILABILITY || !arrangement.isValidOn(period.firstDay())) {
                    continue;
                }
                long annual = arrangement.annualAmountCents();
                int month = period.month().getMonthValue();
                long amount = annual / 12 + (month <= annual % 12 ? 1 : 0);
                LargestRemainder.split(amount, keyOf(world, arrangement.regionCode()))
                        .forEach((m, part) -> book(m, arrangement.providerAgb(), part, false));
            }
            Map<String, Long> regionTotals = new TreeMap<>();
            pooled.forEach((m, cents) -> regionTotals.merge(world.regionOf.get(m), cents, Long::sum));
            regionTotals.forEach((region, total) -> {
                SortedMap<MunicipalityCode, Long> shares = LargestRemainder.split(total, keyOf(world, region));
                shares.forEach((m, share) -> adjustment.put(m, share - pooled.getOrDefault(m, 0L)));
            });
        }

        private void book(MunicipalityCode m, AgbCode provider, long cents, boolean isPooled) {
            own.merge(m, cents, Long::sum);
            paid.merge(provider, cents, Long::sum);
            settled += cents;
            if (isPooled) {
                pooled.merge(m, cents, Long::sum);
            }
        }

        private static long releasable(ReferenceData reference, List<AcceptedLine> lines, Period q, Optional<Outcome> outcome) {
            if (outcome.isEmpty() || outcome.get().reportedOn().isAfter(q.lastDay())) {
                return 0;
            }
            long w = 0;
            for (AcceptedLine line : lines) {
                if (line.declarationPeriod().compareTo(q) <= 0) {
                    Arrangement arrangement = arrangementOf(reference, line);
                    w += line.dc().sign() * Rounding.roundHalfUp(line.amountCents() * (long) bp(arrangement.withhold()), 10_000);
                }
            }
            Comparator<AcceptedLine> latest = Comparator.comparing(AcceptedLine::productStart)
                    .thenComparingLong(AcceptedLine::acceptedOrder);
            Optional<AcceptedLine> decider = lines.stream().filter(l -> !l.isCredit())
                    .filter(l -> l.declarationPeriod().compareTo(q) <= 0).max(latest);
            if (decider.isEmpty()) {
                decider = lines.stream().filter(l -> !l.isCredit()).max(latest);
            }
            int partial = bp(arrangementOf(reference, decider.orElseThrow()).partialRelease());
            return switch (outcome.get().outcome()) {
                case ACHIEVED -> w;
                case PARTIAL -> Rounding.roundHalfUp(w * partial, 10_000);
                case NOT_ACHIEVED -> 0;
            };
        }

        private static Arrangement arrangementOf(ReferenceData reference, AcceptedLine line) {
            return reference.arrangementFor(line.provider(), reference.regionOf(line.municipality()).orElseThrow(),
                    line.product(), line.productStart()).orElseThrow();
        }

        private static boolean pooled(ReferenceData reference, Product product) {
            return reference.product(product).map(ProductDefinition::pooled).orElse(false);
        }

        private static int bp(BasisPoints bp) {
            return bp == null ? 0 : bp.value();
        }

        private static Map<MunicipalityCode, Share> keyOf(World world, String region) {
            Map<MunicipalityCode, Share> key = new TreeMap<>();
            world.keys.stream().filter(k -> k.regionCode().equals(region)).forEach(k -> key.put(k.municipality(), k.share()));
            return key;
        }

        long invoiceTotal(MunicipalityCode m) {
            return own.getOrDefault(m, 0L) + adjustment.getOrDefault(m, 0L);
        }

        Map<AgbCode, Long> paymentTotals() {
            return paid;
        }

        long settled() {
            return settled;
        }

        long releases() {
            return releases;
        }
    }
}
