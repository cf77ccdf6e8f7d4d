package de.lotse.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.demo.DemoGenerator;
import de.lotse.core.task.CancelledException;
import de.lotse.core.task.RecordingProgress;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The duplicate scan reports how far it has come and stops when the person cancels. */
class DuplicatesProgressTest {

    /** Large enough for many reports (a report every few dozen persons and blocks). */
    private static final List<Duplicates.Entry> REGISTER = new DemoGenerator(7, LocalDate.of(2026, 11, 21))
            .generate(3_000).persons().stream().map(person -> new Duplicates.Entry(person.id(), person.familyName(),
                    person.givenName(), person.birthDate(), person.sex())).toList();

    @Test
    void progressNeverGoesBackAndEndsAtItsTotalWithTheSamePairs() {
        RecordingProgress progress = RecordingProgress.recording();

        List<DuplicateCandidate> pairs = Duplicates.pairs(REGISTER, Duplicates.LIKELY, progress);

        assertThat(pairs).as("reporting changes nothing found").isEqualTo(Duplicates.pairs(REGISTER, Duplicates.LIKELY));
        assertThat(progress.reports()).hasSizeGreaterThan(20);
        assertThat(progress.reports()).extracting(RecordingProgress.Report::total).containsOnly(
                progress.reports().getFirst().total());
        assertThat(progress.reports()).extracting(RecordingProgress.Report::done)
                .isSortedAccordingTo(Comparator.naturalOrder());
        RecordingProgress.Report last = progress.reports().getLast();
        assertThat(last.done()).isEqualTo(last.total());
        assertThat(progress.fractions()).as("the scan moves in steps, not in one jump at the end")
                .anySatisfy(fraction -> assertThat(fraction).isBetween(0.3, 0.9));
    }

    @Test
    void aCancelStopsTheScanBeforeItsEnd() {
        // the names of all are folded first, a report every 64 persons; then the blocks are compared
        RecordingProgress whileComparing = RecordingProgress.cancellingAfter(REGISTER.size() / 64 + 5);
        RecordingProgress whilePreparing = RecordingProgress.cancellingAfter(3);

        assertThatThrownBy(() -> Duplicates.pairs(REGISTER, Duplicates.LIKELY, whilePreparing))
                .isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> Duplicates.pairsWith(REGISTER.subList(0, 100), REGISTER.subList(100, REGISTER.size()),
                Duplicates.LIKELY, whileComparing)).isInstanceOf(CancelledException.class);

        assertThat(whilePreparing.reports()).as("no report after the cancel was noticed").hasSize(3);
        for (RecordingProgress cancelled : List.of(whilePreparing, whileComparing)) {
            RecordingProgress.Report last = cancelled.reports().getLast();
            assertThat(last.done()).as("stopped before the end").isLessThan(last.total());
        }
    }
}
