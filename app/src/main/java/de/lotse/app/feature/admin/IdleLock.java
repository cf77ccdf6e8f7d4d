package de.lotse.app.feature.admin;

import java.util.function.IntPredicate;
import java.util.function.IntSupplier;

/**
 * The office's idle time before the window locks itself, as Einstellungen shows it: read and set
 * off the FX thread; {@code set} answers false for a number out of range; only who manages the
 * installation may change it ({@code mayChange}).
 */
public record IdleLock(IntSupplier minutes, IntPredicate set, boolean mayChange) { }
