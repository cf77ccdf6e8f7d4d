package de.lotse.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.task.CancelledException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task's progress and cancel, without a toolkit: its updates go through the executor it is given. */
class BackgroundTaskTest {

    @Test
    void progressIsUnknownUntilTheFirstReportAndThenTheFractionDone() throws Exception {
        List<Runnable> fxRounds = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.titled("duplicates.task", progress -> {
            progress.report(1, 4);
            progress.report(2, 4);
            progress.report(3, 4);
            return "found";
        });
        assertThat(task.progressProperty().get()).isEqualTo(FxProgress.UNKNOWN);

        assertThat(task.call(fxRounds::add)).isEqualTo("found");

        assertThat(fxRounds).as("three reports, one update waiting for the FX thread").hasSize(1);
        assertThat(task.progressProperty().get()).as("not yet on the FX thread").isEqualTo(FxProgress.UNKNOWN);
        fxRounds.getFirst().run();
        assertThat(task.progressProperty().get()).as("the latest report").isEqualTo(0.75);
    }

    @Test
    void aCancelledTaskStopsAtItsNextCheckOrDoesNotStart() {
        List<Long> reached = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.titled("duplicates.task", progress -> {
            for (long step = 0; step < 10; step++) {
                progress.stopIfCancelled();
                reached.add(step);
                progress.report(step + 1, 10);
            }
            return "all";
        });
        task.progressProperty().subscribe(fraction -> {
            if (fraction.doubleValue() >= 0.3) {
                task.cancel();
            }
        });

        assertThatThrownBy(() -> task.call(Runnable::run)).isInstanceOf(CancelledException.class);
        assertThat(reached).containsExactly(0L, 1L, 2L);
        assertThat(task.cancelRequestedProperty().get()).isTrue();

        BackgroundTask<String> never = BackgroundTask.titled("duplicates.task", progress -> {
            reached.add(-1L);
            return "ran";
        });
        never.cancel();
        assertThatThrownBy(() -> never.call(Runnable::run)).isInstanceOf(CancelledException.class);
        assertThat(reached).doesNotContain(-1L);
    }

    @Test
    void aCancelIsNoFailure() {
        List<String> told = new ArrayList<>();
        var sorting = BackgroundTask.failureOrCancel(() -> told.add("cancelled"),
                failure -> told.add("failed: " + failure.getClass().getSimpleName()));

        sorting.accept(new CancelledException());
        sorting.accept(new IllegalStateException());

        assertThat(told).containsExactly("cancelled", "failed: IllegalStateException");
    }
}
