package de.lotse.core.account;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Failed logins in a map, for tests. */
final class InMemoryFailedLogins implements FailedLogins {

    private record Count(int failures, Instant last) { }

    private final Map<String, Count> counts = new HashMap<>();

    @Override
    public int failures(String userName) {
        Count count = counts.get(userName);
        return count == null ? 0 : count.failures();
    }

    @Override
    public Optional<Instant> lastFailure(String userName) {
        return Optional.ofNullable(counts.get(userName)).map(Count::last);
    }

    @Override
    public void recordFailure(String userName, Instant at) {
        counts.merge(userName, new Count(1, at), (old, next) -> new Count(old.failures() + 1, at));
    }

    @Override
    public void reset(String userName) {
        counts.remove(userName);
    }
}
