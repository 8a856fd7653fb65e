package org.caresettle.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.testing.Seeds;
import org.junit.jupiter.api.Test;

class ResultWithholdingTest {

    private static final BasisPoints TEN_PERCENT = new BasisPoints(1000);

    @Test
    void withholdsTenPercentOfTheWorkedExample() {
        // SPEC 12: 2001, 1 piece of 450000 at withhold_bp 1000.
        assertThat(ResultWithholding.withheld(450_000, TEN_PERCENT)).isEqualTo(45_000);
        assertThat(ResultWithholding.costNow(450_000, TEN_PERCENT)).isEqualTo(405_000);
    }

    @Test
    void roundsHalfCentsUp() {
        assertThat(ResultWithholding.withheld(12_345, TEN_PERCENT)).isEqualTo(1_235); // 1234.5
        assertThat(ResultWithholding.costNow(12_345, TEN_PERCENT)).isEqualTo(11_110);
        assertThat(ResultWithholding.withheld(12_344, TEN_PERCENT)).isEqualTo(1_234); // 1234.4
        assertThat(ResultWithholding.withheld(5, TEN_PERCENT)).isEqualTo(1); // 0.5
        assertThat(ResultWithholding.withheld(4, TEN_PERCENT)).isZero(); // 0.4
        assertThat(ResultWithholding.withheld(333, new BasisPoints(2500))).isEqualTo(83); // 83.25
        assertThat(ResultWithholding.withheld(334, new BasisPoints(2500))).isEqualTo(84); // 83.5
    }

    @Test
    void noWithholdingAndFullWithholding() {
        assertThat(ResultWithholding.withheld(450_000, BasisPoints.ZERO)).isZero();
        assertThat(ResultWithholding.costNow(450_000, BasisPoints.ZERO)).isEqualTo(450_000);
        assertThat(ResultWithholding.withheld(450_000, new BasisPoints(10_000))).isEqualTo(450_000);
        assertThat(ResultWithholding.costNow(450_000, new BasisPoints(10_000))).isZero();
    }

    @Test
    void aCreditWithholdsExactlyMinusItsDebit() {
        assertThat(ResultWithholding.withheld(-12_345, TEN_PERCENT)).isEqualTo(-1_235);
        assertThat(ResultWithholding.costNow(-12_345, TEN_PERCENT)).isEqualTo(-11_110);

        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            long amount = random.nextInt(100_000_000);
            BasisPoints bp = new BasisPoints(random.nextInt(10_001));
            assertThat(ResultWithholding.withheld(-amount, bp)).as("seed %d", seed)
                    .isEqualTo(-ResultWithholding.withheld(amount, bp));
            assertThat(ResultWithholding.costNow(amount, bp) + ResultWithholding.withheld(amount, bp))
                    .as("seed %d", seed).isEqualTo(amount);
        }
    }
}
