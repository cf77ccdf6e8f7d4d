package de.lotse.app.feature.sync;

import static de.lotse.app.sync.SampleConflicts.birthDateConflict;
import static de.lotse.app.sync.SampleConflicts.cityConflict;
import static de.lotse.app.sync.SampleConflicts.duplicatePerson;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.InlineTaskRunner;
import de.lotse.app.i18n.Messages;
import de.lotse.app.sync.FakeSyncPort;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The conflicts inbox without a screen: choosing, resolving through the port, the words of values. */
class ConflictsViewModelTest {

    private static final Messages GERMAN = new Messages(Locale.GERMAN);

    private final List<Throwable> failures = new ArrayList<>();

    private ConflictsViewModel model(FakeSyncPort port) {
        ConflictsViewModel model = new ConflictsViewModel(port, new InlineTaskRunner(), failures::add);
        model.load();
        return model;
    }

    @Test
    void resolvingByPickHandsTheIndexFromOneToThePortAndReadsTheListAnew() {
        FakeSyncPort port = new FakeSyncPort().withConflicts(List.of(cityConflict(), birthDateConflict()));
        ConflictsViewModel model = model(port);
        assertThat(model.conflicts()).hasSize(2);
        model.selectedProperty().set(model.conflicts().getFirst());
        assertThat(model.canResolveProperty().get()).as("nothing chosen yet").isFalse();
        model.choiceProperty().set(2);
        assertThat(model.canResolveProperty().get()).isTrue();
        int[] after = {0};
        model.afterResolve(() -> after[0]++);
        model.resolve();

        assertThat(port.resolvedIds).containsExactly("c-city");
        assertThat(port.resolutions).containsExactly(new Resolution.Pick(2));
        assertThat(model.conflicts()).extracting(Conflict::id).containsExactly("c-birth");
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(after[0]).isEqualTo(1);
        assertThat(failures).isEmpty();
    }

    @Test
    void aNewValueIsSentAsTypedForSyncToReadByTheFieldsType() {
        FakeSyncPort port = new FakeSyncPort().withConflicts(List.of(cityConflict(), birthDateConflict()));
        ConflictsViewModel model = model(port);
        model.selectedProperty().set(model.conflicts().getFirst());
        model.choiceProperty().set(ConflictsViewModel.NEW_VALUE);
        model.newValueProperty().set("  Hagen-Hohenlimburg ");
        model.resolve();
        model.selectedProperty().set(model.conflicts().getFirst());
        model.choiceProperty().set(ConflictsViewModel.NEW_VALUE);
        model.newValueProperty().set("04.12.1979");
        model.resolve();

        assertThat(port.resolutions).containsExactly(new Resolution.NewValue("Hagen-Hohenlimburg"),
                new Resolution.NewValue("04.12.1979"));
        assertThat(model.conflicts()).isEmpty();
    }

    @Test
    void aDomainConflictTakesNoTypedValue() {
        FakeSyncPort port = new FakeSyncPort().withConflicts(List.of(duplicatePerson()));
        ConflictsViewModel model = model(port);
        model.selectedProperty().set(model.conflicts().getFirst());
        model.choiceProperty().set(ConflictsViewModel.NEW_VALUE);
        assertThat(model.canResolveProperty().get()).isFalse();
        model.resolve();
        assertThat(port.resolutions).isEmpty();
        model.choiceProperty().set(1);
        model.resolve();
        assertThat(port.resolutions).containsExactly(new Resolution.Pick(1));
    }

    @Test
    void theChosenConflictStaysChosenWhenTheListIsReadAgain() {
        FakeSyncPort port = new FakeSyncPort().withConflicts(List.of(cityConflict(), birthDateConflict()));
        ConflictsViewModel model = model(port);
        model.selectedProperty().set(model.conflicts().get(1));
        model.choiceProperty().set(1);
        model.load();
        assertThat(model.selectedProperty().get().id()).isEqualTo("c-birth");
        assertThat(model.choiceProperty().get()).isEqualTo(1);
    }

    @Test
    void valuesReadAsPeopleWriteThem() {
        assertThat(ConflictValues.display(GERMAN, "\"Hagen\"")).isEqualTo("Hagen");
        assertThat(ConflictValues.display(GERMAN, "\"2026-03-01\"")).isEqualTo("01.03.2026");
        assertThat(ConflictValues.display(GERMAN, "\"2026-03-01T14:30\"")).isEqualTo("01.03.2026 14:30");
        assertThat(ConflictValues.display(GERMAN, "null")).isEqualTo("(leer)");
        assertThat(ConflictValues.display(GERMAN, "\"\"")).isEqualTo("(leer)");
        assertThat(ConflictValues.display(GERMAN, "12")).isEqualTo("12");
        assertThat(ConflictValues.display(GERMAN, "true")).isEqualTo("ja");
        assertThat(ConflictValues.display(GERMAN, "\"Sagt \\\"bald\\\"\"")).isEqualTo("Sagt \"bald\"");
        assertThat(ConflictValues.display(GERMAN, "kein json {")).isEqualTo("kein json {");
    }

    @Test
    void entitiesAndFieldsHaveLabelsOrTheirRawName() {
        assertThat(SyncTexts.entity(GERMAN, "case_file")).isEqualTo("Fall");
        assertThat(SyncTexts.field(GERMAN, "person", "city")).isEqualTo("Wohnort");
        assertThat(SyncTexts.field(GERMAN, "person", "shoe_size")).isEqualTo("shoe_size");
        assertThat(SyncTexts.entity(GERMAN, "volunteer")).isEqualTo("volunteer");
        assertThat(SyncTexts.subject(GERMAN, duplicatePerson())).isEqualTo("Person doppelt erfasst");
    }
}
