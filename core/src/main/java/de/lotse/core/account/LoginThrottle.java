package de.lotse.core.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The growing wait after failed logins (BSI ORP.4): the first {@value #FREE_FAILURES} failures in
 * a row cost nothing (a typo, caps lock), then the next attempt waits 1 s, 2 s, 4 s, 8 s … up to
 * {@value #MAX_SECONDS} s, so guessing is slow while a person who mistyped is barely held up.
 * No lock-out: that would let anyone lock a colleague out by typing their name.
 *
 * <p>A user name no account has counts exactly like one that has, so the wait tells nobody
 * which names exist.
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 3;
    public static final int MAX_SECONDS = 60;

    private final FailedLogins failed;

    public LoginThrottle(FailedLogins failed) {
        this.failed = failed;
    }

    /** The wait before the next attempt after {@code failures} failures in a row. */
    public static Duration delayAfter(int failures) {
        int doublings = failures - FREE_FAILURES - 1;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        // far past the cap already; shifting further would overflow
        return Duration.ofSeconds(Math.min(MAX_SECONDS, 1L << Math.min(doublings, 30)));
    }

    /** How long the next attempt for {@code userName} must still wait at {@code now}; zero when it may go. */
    public Duration waitBefore(String userName, Instant now) {
        String name = UserNames.normalize(userName);
        Duration delay = delayAfter(failed.failures(name));
        if (delay.isZero()) {
            return Duration.ZERO;
        }
        return failed.lastFailure(name).map(last -> Duration.between(now, last.plus(delay)))
                .filter(Duration::isPositive).orElse(Duration.ZERO);
    }

    /** Counts a failed attempt at {@code at}. */
    public void failed(String userName, Instant at) {
        failed.recordFailure(UserNames.normalize(userName), at);
    }

    /** Clears the count after a successful login. */
    public void succeeded(String userName) {
        failed.reset(UserNames.normalize(userName));
    }
}
