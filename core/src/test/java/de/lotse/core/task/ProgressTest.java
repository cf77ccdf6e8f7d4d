package de.lotse.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aPartFillsItsStretchOfTheWholeScale() {
        RecordingProgress whole = RecordingProgress.recording();

        Progress first = whole.part(0, 100, 1_000);
        first.report(0, 7);
        first.report(7, 7);
        Progress second = whole.part(100, 1_000, 1_000);
        second.report(1, 3);
        second.report(3, 3);
        whole.part(1_000, 1_000, 1_000).report(0, 0);

        assertThat(whole.reports()).extracting(RecordingProgress.Report::done).containsExactly(0L, 100L, 400L, 1_000L,
                1_000L);
        assertThat(whole.reports()).extracting(RecordingProgress.Report::total).containsOnly(1_000L);
    }

    @Test
    void aPartHasTheCancelOfTheWholeAndStopsWithACancelledException() {
        RecordingProgress whole = RecordingProgress.cancellingAfter(1);
        Progress part = whole.part(0, 10, 10);

        part.stopIfCancelled();
        part.report(1, 2);

        assertThat(part.isCancelled()).isTrue();
        assertThatThrownBy(part::stopIfCancelled).isInstanceOf(CancelledException.class);
        assertThat(new CancelledException().getStackTrace()).as("a cancel is no bug to trace").isEmpty();
        assertThat(Progress.NONE.isCancelled()).isFalse();
    }

    @Test
    void aPartOutsideTheWholeIsABug() {
        assertThatThrownBy(() -> Progress.NONE.part(5, 3, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Progress.NONE.part(0, 11, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
