package de.lotse.core.log;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Describes a failure for the log without its messages: database and parser messages can quote
 * the values of a row, and no personal data may reach a log line.
 */
public final class Failures {

    private static final int FRAMES = 6;

    private Failures() {
    }

    /** Exception classes of the cause chain, each with its first few stack frames. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- caused by ");
            }
            text.append(t.getClass().getName());
            text.append(Arrays.stream(t.getStackTrace()).limit(FRAMES).map(StackTraceElement::toString)
                    .collect(Collectors.joining(", ", " [", "]")));
        }
        return text.toString();
    }
}
