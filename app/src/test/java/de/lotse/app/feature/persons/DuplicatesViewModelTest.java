package de.lotse.app.feature.persons;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonPair;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.Sex;
import de.lotse.core.validation.Validated;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The possible duplicates list and the merge without a screen, against a real store. */
class DuplicatesViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private DuplicatesViewModel model;
    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        model = new DuplicatesViewModel(context.people(), tasks, failures::add);
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    private UUID stored(String family, String given, PartialDate birth) {
        return ((Validated.Valid<UUID>) context.people().add(new PersonDraft(family, given, birth, Sex.MALE,
                List.of("UA"), null))).value();
    }

    @Test
    void pairsAreFoundComparedAndMergedAndTheMergedPersonsPairsLeaveTheList() {
        UUID oleksandr = stored("Shevchenko", "Oleksandr", PartialDate.of(LocalDate.of(1979, 5, 14)));
        UUID aleksandr = stored("Schewtschenko", "Aleksandr", PartialDate.ofYear(1979));
        UUID alexander = stored("Shevchenko", "Alexander", PartialDate.of(LocalDate.of(1979, 5, 14)));
        stored("Kovalenko", "Iryna", PartialDate.ofYear(1990));

        model.load();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.pairs()).isNotEmpty().allSatisfy(pair -> assertThat(pair.score()).isGreaterThanOrEqualTo(0.85))
                .allSatisfy(pair -> assertThat(List.of(oleksandr, aleksandr, alexander))
                        .contains(pair.first().id(), pair.second().id()));
        var withAleksandr = model.pairs().stream().filter(pair -> pair.first().id().equals(aleksandr)
                || pair.second().id().equals(aleksandr)).findFirst().orElseThrow();
        model.selectedProperty().set(withAleksandr);
        assertThat(model.comparisonProperty().get().first().id()).isEqualTo(withAleksandr.first().id());

        List<UUID> survivors = new ArrayList<>();
        boolean keepFirst = !withAleksandr.first().id().equals(aleksandr);
        model.merge(keepFirst, survivors::add);

        assertThat(survivors).hasSize(1).doesNotContain(aleksandr);
        assertThat(context.people().find(aleksandr)).isEmpty();
        assertThat(model.pairs()).noneMatch(pair -> pair.first().id().equals(aleksandr)
                || pair.second().id().equals(aleksandr));
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(context.people().merges()).singleElement()
                .satisfies(merge -> assertThat(merge.mergedId()).isEqualTo(aleksandr));
    }

    @Test
    void aCancelledScanLeavesTheListAsItWasAndReportsNoFailure() {
        stored("Shevchenko", "Oleksandr", PartialDate.of(LocalDate.of(1979, 5, 14)));
        stored("Schewtschenko", "Aleksandr", PartialDate.ofYear(1979));
        model.load();
        List<PersonPair> before = List.copyOf(model.pairs());
        assertThat(before).hasSize(1);
        assertThat(model.cancelledProperty().get()).isFalse();
        // a pair the next scan would find, if it ran to its end
        stored("Kovalenko", "Iryna", PartialDate.of(LocalDate.of(1990, 2, 1)));
        stored("Kowalenko", "Irina", PartialDate.of(LocalDate.of(1990, 2, 1)));

        tasks.cancelAtFirstReport();
        model.load();

        assertThat(model.pairs()).containsExactlyElementsOf(before);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.cancelledProperty().get()).isTrue();
        assertThat(model.scanProperty().get()).as("no scan runs").isNull();
        assertThat(failures).as("a cancel is no failure").isEmpty();
    }
}
