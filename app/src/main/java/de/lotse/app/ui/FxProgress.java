package de.lotse.app.ui;

import de.lotse.core.task.Progress;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * How far a piece of background work has come, for a progress bar: fed from the working thread,
 * read on the FX thread. Long work reports often; at most one update waits for the FX thread at a
 * time, so a flood of reports costs the screen one update per round.
 */
public final class FxProgress {

    /** The fraction until a first report, and whenever the amount of work is not known: a bar without a measure. */
    public static final double UNKNOWN = -1;

    private final AtomicLong fractionBits = new AtomicLong(Double.doubleToRawLongBits(UNKNOWN));
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(UNKNOWN);

    /** The reports of work, reaching {@link #fractionProperty()} through {@code fxThread}. Never cancels. */
    public Progress feed(Executor fxThread) {
        return (done, total) -> {
            // one value, so the FX thread never pairs a new done with an old total
            fractionBits.set(Double.doubleToRawLongBits(total <= 0 ? UNKNOWN : Math.clamp((double) done / total, 0, 1)));
            if (updateQueued.compareAndSet(false, true)) {
                fxThread.execute(() -> {
                    updateQueued.set(false);
                    fraction.set(Double.longBitsToDouble(fractionBits.get()));
                });
            }
        };
    }

    /** Back to {@link #UNKNOWN}, for the next piece of work; on the FX thread. */
    public void reset() {
        fractionBits.set(Double.doubleToRawLongBits(UNKNOWN));
        fraction.set(UNKNOWN);
    }

    /** 0 to 1, or {@link #UNKNOWN}; as {@code ProgressBar.progress} takes it. FX thread. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }
}
