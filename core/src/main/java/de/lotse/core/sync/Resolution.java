package de.lotse.core.sync;

/** How a person resolved a conflict. */
public sealed interface Resolution {

    /** Keep one of the competing values; {@code index} counts from 1 in {@link Conflict#values()}. */
    record Pick(int index) implements Resolution { }

    /** A new value typed in. */
    record NewValue(String value) implements Resolution { }
}
