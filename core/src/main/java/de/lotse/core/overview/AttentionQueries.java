package de.lotse.core.overview;

import java.time.LocalDate;
import java.util.UUID;

/** Port for the Start view's lists of what needs attention. */
public interface AttentionQueries {

    /**
     * What needs attention as of {@code today} for one caseworker (their cases and appointments;
     * everyone's when {@code caseworkerId} is null), each section cut to {@code limit} lines.
     */
    Attention attention(UUID caseworkerId, LocalDate today, int limit);
}
