package org.caresettle.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.caresettle.core.check.TestDeclaration.TestLine;
import org.caresettle.core.check.ledger.InMemoryLedger;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.MunicipalityCode;
import org.junit.jupiter.api.Test;

/**
 * Random streams of declarations (mostly valid, some broken on purpose) against the fixture:
 * whatever arrives, the accepted lines never exceed a cap, a budget or a slot, the totals add
 * up, and deciding the same stream again gives the same answers.
 */
class DeclarationDeciderPropertyTest {

    private static final List<Template> TEMPLATES = List.of(
            new Template(CheckFixture.AGB_A, CheckFixture.HOORN, "JW", "1001", CheckFixture.BSN_1, "45", "45A01",
                    "04", 8550L),
            new Template(CheckFixture.AGB_A, CheckFixture.HOORN, "JW", "1002", CheckFixture.BSN_1, "45", "45B02",
                    "04", 7000L),
            new Template(CheckFixture.AGB_A, CheckFixture.HOORN, "JW", "1004", CheckFixture.BSN_1, "45", "45A01",
                    "04", 8550L),
            new Template(CheckFixture.AGB_A, CheckFixture.HOORN, "JW", "1005", CheckFixture.BSN_1, "47", "47X01",
                    "83", null),
            new Template(CheckFixture.AGB_A, CheckFixture.ENKHUIZEN, "JW", "2001", CheckFixture.BSN_2, "43", "43A01",
                    "82", 450000L),
            new Template(CheckFixture.AGB_B, CheckFixture.STEDE_BROEC, "WMO", "3001", CheckFixture.BSN_3, "02",
                    "02A01", "04", 6200L),
            new Template(CheckFixture.AGB_B, CheckFixture.STEDE_BROEC, "WMO", "3002", CheckFixture.BSN_3, "02",
                    "02A01", "04", 6200L));

    @Test
    void randomStreamsKeepTheInvariants() {
        long seed = Long.getLong("checks.seed", System.nanoTime());
        System.out.println("DeclarationDeciderPropertyTest seed = " + seed + " (rerun with -Dchecks.seed=" + seed + ")");
        Random random = new Random(seed);
        ReferenceData reference = CheckFixture.reference();
        int[] seen = new int[3];
        for (int round = 0; round < 20; round++) {
            List<RawDeclaration> stream = stream(random);
            List<DeclarationVerdict> first = decideAll(stream, reference);
            assertInvariants(stream, first, reference, seed, seen);
            assertThat(decideAll(stream, reference)).as("seed %d: deterministic", seed).isEqualTo(first);
        }
        // The generator must exercise both outcomes and credits, or the invariants prove little.
        assertThat(seen).as("seed %d: accepted debits, accepted credits, rejected lines", seed)
                .doesNotContain(0);
    }

    private static List<DeclarationVerdict> decideAll(List<RawDeclaration> stream, ReferenceData reference) {
        InMemoryLedger ledger = new InMemoryLedger();
        List<DeclarationVerdict> verdicts = new ArrayList<>();
        for (RawDeclaration raw : stream) {
            verdicts.add(DeclarationDecider.decide(raw, reference, ledger, CheckFixture.BUSINESS_DATE));
        }
        return verdicts;
    }

    private static List<RawDeclaration> stream(Random random) {
        List<RawDeclaration> stream = new ArrayList<>();
        Map<String, List<TestLine>> sentDebits = new HashMap<>();
        int reference = 0;
        for (int d = 0; d < 30; d++) {
            Template t = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
            String period = random.nextBoolean() ? "2026-03" : "2026-02";
            TestDeclaration declaration = TestDeclaration.of(t.provider, t.municipality, t.law, period);
            if (random.nextInt(20) == 0) {
                declaration.set(DeclarationColumn.MESSAGE_DATE, "2026-05-01");
            }
            int lines = 1 + random.nextInt(4);
            List<TestLine> previous = sentDebits.computeIfAbsent(t.key(), k -> new ArrayList<>());
            for (int l = 0; l < lines; l++) {
                String ref = "P" + (++reference);
                if (!previous.isEmpty() && random.nextInt(4) == 0) {
                    TestLine debit = previous.get(random.nextInt(previous.size()));
                    TestLine credit = t.line(ref, debit.fields().get(DeclarationColumn.PRODUCT_START),
                            debit.fields().get(DeclarationColumn.PRODUCT_END),
                            Long.parseLong(debit.fields().get(DeclarationColumn.VOLUME)))
                            .credit(debit.fields().get(DeclarationColumn.REFERENCE));
                    declaration.line(credit);
                    continue;
                }
                YearMonth month = YearMonth.parse(period).minusMonths(random.nextInt(2));
                int startDay = 1 + random.nextInt(month.lengthOfMonth());
                int endDay = startDay + random.nextInt(month.lengthOfMonth() - startDay + 1);
                long volume = t.unit.equals("83") ? random.nextInt(60000) : random.nextInt(12);
                TestLine line = t.line(random.nextInt(15) == 0 ? "P" + random.nextInt(reference) : ref,
                        month.atDay(startDay).toString(), month.atDay(endDay).toString(), volume);
                if (random.nextInt(15) == 0) {
                    line.amount(1);
                }
                if (random.nextInt(30) == 0) {
                    line.set(DeclarationColumn.BSN, CheckFixture.BSN_BAD_PROOF);
                }
                declaration.line(line);
                previous.add(line);
            }
            stream.add(declaration.raw());
        }
        return stream;
    }

    private static void assertInvariants(List<RawDeclaration> stream, List<DeclarationVerdict> verdicts,
            ReferenceData reference, long seed, int[] seen) {
        Map<String, Map<DeclarationColumn, String>> acceptedDebits = new HashMap<>();
        Set<String> credited = new HashSet<>();
        for (int i = 0; i < stream.size(); i++) {
            RawDeclaration raw = stream.get(i);
            DeclarationVerdict verdict = verdicts.get(i);
            assertThat(verdict.lines()).hasSameSizeAs(raw.lines());
            long awarded = 0;
            for (int l = 0; l < raw.lines().size(); l++) {
                RawLine line = raw.lines().get(l);
                LineVerdict lineVerdict = verdict.lines().get(l);
                assertThat(lineVerdict.position()).as("seed %d: file order", seed).isEqualTo(line.position());
                assertThat(lineVerdict.accepted() || !lineVerdict.codes().isEmpty()).isTrue();
                if (!lineVerdict.accepted()) {
                    seen[2]++;
                    continue;
                }
                awarded += lineVerdict.signedAmountCents();
                String provider = raw.get(DeclarationColumn.PROVIDER_AGB);
                if ("C".equals(line.get(DeclarationColumn.DC))) {
                    String debit = provider + "/" + line.get(DeclarationColumn.PREVIOUS_REFERENCE);
                    assertThat(acceptedDebits).as("seed %d: a credit reverses an accepted debit", seed)
                            .containsKey(debit);
                    assertThat(credited.add(debit)).as("seed %d: credited once", seed).isTrue();
                    seen[1]++;
                } else {
                    Map<DeclarationColumn, String> fields = new HashMap<>(line.fields());
                    fields.put(DeclarationColumn.MUNICIPALITY_CODE, raw.get(DeclarationColumn.MUNICIPALITY_CODE));
                    assertThat(acceptedDebits.put(provider + "/" + line.get(DeclarationColumn.REFERENCE), fields))
                            .as("seed %d: a reference is accepted once", seed).isNull();
                    seen[0]++;
                }
            }
            assertThat(verdict.awardedTotalCents()).as("seed %d: awarded total", seed).isEqualTo(awarded);
            if (verdict.rejectedWhole()) {
                assertThat(awarded).isZero();
            }
        }
        Map<String, Long> monthVolumes = new HashMap<>();
        Map<String, Long> totalVolumes = new HashMap<>();
        Map<String, Long> amounts = new HashMap<>();
        Set<String> slots = new HashSet<>();
        acceptedDebits.forEach((key, line) -> {
            if (credited.contains(key)) {
                return;
            }
            String allocation = line.get(DeclarationColumn.MUNICIPALITY_CODE) + "/"
                    + line.get(DeclarationColumn.ALLOCATION_NUMBER);
            String month = line.get(DeclarationColumn.PRODUCT_START).substring(0, 7);
            long volume = Long.parseLong(line.get(DeclarationColumn.VOLUME));
            monthVolumes.merge(allocation + "@" + month, volume, Long::sum);
            totalVolumes.merge(allocation, volume, Long::sum);
            amounts.merge(allocation, Long.parseLong(line.get(DeclarationColumn.AMOUNT_CENTS)), Long::sum);
            assertThat(slots.add(allocation + line.get(DeclarationColumn.CODE) + line.get(DeclarationColumn.PRODUCT_START)
                    + line.get(DeclarationColumn.PRODUCT_END))).as("seed %d: one open debit per slot", seed).isTrue();
        });
        monthVolumes.forEach((key, volume) -> {
            Allocation allocation = allocation(reference, key.substring(0, key.indexOf('@')));
            if (allocation.frequency() != Frequency.TOTAL) {
                long cap = MonthlyCap.of(allocation, YearMonth.parse(key.substring(key.indexOf('@') + 1)));
                assertThat(volume).as("seed %d: month cap of %s", seed, key).isLessThanOrEqualTo(cap);
            }
        });
        totalVolumes.forEach((key, volume) -> {
            Allocation allocation = allocation(reference, key);
            if (allocation.frequency() == Frequency.TOTAL) {
                assertThat(volume).as("seed %d: total of %s", seed, key).isLessThanOrEqualTo(allocation.volume());
            }
        });
        amounts.forEach((key, amount) -> {
            Allocation allocation = allocation(reference, key);
            if (allocation.budgetCents() != null) {
                assertThat(amount).as("seed %d: budget of %s", seed, key)
                        .isLessThanOrEqualTo(allocation.budgetCents());
            }
        });
    }

    private static Allocation allocation(ReferenceData reference, String key) {
        String[] parts = key.split("/");
        return reference.allocation(MunicipalityCode.of(parts[0]), parts[1]).orElseThrow();
    }

    private record Template(String provider, String municipality, String law, String allocation, String bsn,
            String category, String code, String unit, Long tariff) {

        String key() {
            return provider + municipality + law;
        }

        TestLine line(String reference, String start, String end, long volume) {
            return TestLine.debit(reference, allocation, bsn, category, code, start, end, volume, unit, tariff);
        }
    }
}
