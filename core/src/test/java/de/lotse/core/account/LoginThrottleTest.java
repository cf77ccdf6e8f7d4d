package de.lotse.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void threeFailuresAreFreeThenTheWaitDoublesUpToAMinute() {
        assertThat(java.util.stream.IntStream.rangeClosed(0, 12).mapToObj(LoginThrottle::delayAfter)
                .map(Duration::toSeconds).toList())
                .containsExactly(0L, 0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(LoginThrottle.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
    }

    @Property
    void theWaitNeverShrinksAndStaysCapped(@ForAll @IntRange(min = 0, max = 100_000) int failures) {
        Duration now = LoginThrottle.delayAfter(failures);
        assertThat(LoginThrottle.delayAfter(failures + 1)).isGreaterThanOrEqualTo(now);
        assertThat(now).isLessThanOrEqualTo(Duration.ofSeconds(LoginThrottle.MAX_SECONDS));
    }

    @Test
    void theNextAttemptWaitsFromTheLastFailure() {
        LoginThrottle throttle = new LoginThrottle(new InMemoryFailedLogins());
        for (int i = 0; i < 5; i++) {
            throttle.failed("Anna", T0);
        }
        // five failures: 2 s from the last one; the name counts however it is cased
        assertThat(throttle.waitBefore("anna", T0.plusMillis(500))).isEqualTo(Duration.ofMillis(1500));
        assertThat(throttle.waitBefore(" ANNA ", T0.plusSeconds(2))).isZero();

        throttle.succeeded("anna");
        assertThat(throttle.waitBefore("anna", T0)).isZero();
    }

    @Test
    void aNameWithoutAccountWaitsTheSame() {
        // the throttle knows no accounts: what it answers cannot tell which names exist
        LoginThrottle throttle = new LoginThrottle(new InMemoryFailedLogins());
        for (int i = 0; i < 4; i++) {
            throttle.failed("nobody-has-this", T0);
            throttle.failed("anna", T0);
        }
        assertThat(throttle.waitBefore("nobody-has-this", T0)).isEqualTo(throttle.waitBefore("anna", T0))
                .isEqualTo(Duration.ofSeconds(1));
    }
}
