package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rule: five failures in 15 minutes refuse the key for 30 s, doubling up to 15 minutes. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveFailuresRefuseForThirtySecondsThenEachFurtherFailureDoubles() {
        for (int i = 0; i < 4; i++) {
            throttle.fail("name:anna");
        }
        assertThat(throttle.isRefused("name:anna")).isFalse();
        throttle.fail("name:anna");
        assertThat(throttle.isRefused("name:anna")).isTrue();
        assertThat(throttle.isRefused("name:bert")).isFalse();
        clock.move(Duration.ofSeconds(29));
        assertThat(throttle.isRefused("name:anna")).isTrue();
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.isRefused("name:anna")).isFalse();

        throttle.fail("name:anna");
        clock.move(Duration.ofSeconds(59));
        assertThat(throttle.isRefused("name:anna")).isTrue();
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.isRefused("name:anna")).isFalse();
    }

    @Test
    void theDelayStopsAtFifteenMinutes() {
        for (int i = 0; i < 12; i++) {
            throttle.fail("address:10.0.0.1");
        }
        clock.move(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isRefused("address:10.0.0.1")).isTrue();
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.isRefused("address:10.0.0.1")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowAndASuccessAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.fail("name:anna");
        }
        clock.move(Duration.ofMinutes(15));
        assertThat(throttle.fail("name:anna")).isEqualTo(1);
        assertThat(throttle.isRefused("name:anna")).isFalse();

        for (int i = 0; i < 5; i++) {
            throttle.fail("name:bert");
        }
        throttle.succeed("name:bert");
        assertThat(throttle.isRefused("name:bert")).isFalse();
        assertThat(throttle.fail("name:bert")).isEqualTo(1);
    }

    @Test
    void aTypedNameIsCutMaskedAndKeptOnOneLine() {
        assertThat(TypedNames.safe("anna\nFAKE LOG LINE")).isEqualTo("anna?FAKE LOG LINE");
        assertThat(TypedNames.safe("123456782")).isEqualTo("*********");
        assertThat(TypedNames.safe("x".repeat(150))).hasSize(100);
        assertThat(TypedNames.safe(null)).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void move(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
