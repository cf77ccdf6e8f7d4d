package de.lotse.app.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.InlineTaskRunner;
import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import org.junit.jupiter.api.Test;

/** The form kit without a screen: dirty, cancel, problems, and a save that hands the base to the service. */
class FormTest {

    /** A record as small as a form's can be: a room with a name and the day it opened. */
    record Room(UUID id, String name, LocalDate since) { }

    /** A service that checks like the real ones and keeps what it was given. */
    private final class Rooms {
        final List<Room[]> saves = new ArrayList<>();
        RuntimeException failure;

        Validated<Room> save(Room base, Room edited) {
            if (failure != null) {
                throw failure;
            }
            if (edited.name().isBlank()) {
                return new Validated.Invalid<>(List.of(FieldProblem.of("name", "required"),
                        FieldProblem.of("name", "tooLong")));
            }
            saves.add(new Room[] {base, edited});
            return new Validated.Valid<>(new Room(edited.id(), edited.name().strip(), edited.since()));
        }
    }

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty since = new SimpleStringProperty("");
    private final List<Throwable> failures = new ArrayList<>();
    private final Rooms rooms = new Rooms();
    private final UUID newId = UUID.randomUUID();
    private final Form<Room> form = new Form<>(new InlineTaskRunner(), failures::add, () -> newId, this::fill,
            this::read);
    private final Room stored = new Room(UUID.randomUUID(), "Zimmer 3", LocalDate.of(2026, 3, 7));
    private final List<Room> saved = new ArrayList<>();
    private int invalid;

    {
        form.track(name, since);
    }

    private void fill(Room room) {
        name.set(room == null ? "" : room.name());
        since.set(room == null ? "" : Days.format(room.since()));
    }

    private Room read(UUID id, List<FieldProblem> found) {
        LocalDate day = Days.parse("since", since.get(), found);
        return found.isEmpty() ? new Room(id, name.get(), day) : null;
    }

    private void save() {
        form.save(rooms::save, saved::add, () -> invalid++);
    }

    @Test
    void anEmptyFormIsNeverDirtyAndSavesNothing() {
        assertThat(form.modeProperty().get()).isEqualTo(FormMode.EMPTY);
        name.set("Zimmer 4");
        assertThat(form.isDirty()).isFalse();
        save();
        assertThat(rooms.saves).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void dirtyFollowsTheFieldsAndCancelPutsBackWhatWasOpened() {
        form.open(stored.id(), stored);
        assertThat(form.modeProperty().get()).isEqualTo(FormMode.EDIT);
        assertThat(form.editingProperty().get()).isEqualTo(stored.id());
        assertThat(name.get()).isEqualTo("Zimmer 3");
        assertThat(since.get()).isEqualTo("07.03.2026");
        assertThat(form.isDirty()).isFalse();
        List<Boolean> heard = new ArrayList<>();
        form.dirtyBinding().addListener((obs, old, now) -> heard.add(now));

        name.set("Zimmer 30");
        assertThat(form.isDirty()).isTrue();
        name.set("Zimmer 3");
        assertThat(form.isDirty()).as("back to what was opened").isFalse();
        since.set("8.3.2026");
        form.cancel();
        assertThat(since.get()).isEqualTo("07.03.2026");
        assertThat(form.isDirty()).isFalse();
        assertThat(form.modeProperty().get()).isEqualTo(FormMode.EDIT);
        assertThat(heard).containsExactly(true, false, true, false);

        form.newRecord();
        assertThat(form.editingProperty().get()).isNull();
        assertThat(form.baseProperty().get()).isNull();
        name.set("Zimmer 5");
        assertThat(form.isDirty()).isTrue();
        form.cancel();
        assertThat(form.modeProperty().get()).as("a new record is dropped").isEqualTo(FormMode.EMPTY);
        assertThat(name.get()).isEmpty();
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void aFieldThatIsNoValueShowsItsProblemAndNothingGoesToTheService() {
        form.open(stored.id(), stored);
        name.set("Zimmer 30");
        since.set("31.02.2026");
        save();
        assertThat(form.problems()).containsOnlyKeys("since");
        assertThat(form.problems().get("since").code()).isEqualTo("dayFormat");
        assertThat(rooms.saves).as("nothing saved half").isEmpty();
        assertThat(saved).isEmpty();
        assertThat(invalid).isEqualTo(1);
        assertThat(form.isDirty()).isTrue();
        assertThat(form.baseProperty().get()).isEqualTo(stored);
    }

    @Test
    void theServicesProblemsShowTheFirstOfEachFieldAndTheFormStaysAsTyped() {
        form.newRecord();
        since.set("1.4.2026");
        save();
        assertThat(form.problems()).containsOnlyKeys("name");
        assertThat(form.problems().get("name").code()).as("the first problem of the field").isEqualTo("required");
        assertThat(saved).isEmpty();
        assertThat(invalid).isEqualTo(1);
        assertThat(form.isDirty()).isTrue();
        assertThat(form.modeProperty().get()).isEqualTo(FormMode.NEW);
        assertThat(since.get()).isEqualTo("1.4.2026");

        name.set(" Zimmer 6 ");
        save();
        assertThat(form.problems()).isEmpty();
        assertThat(saved).containsExactly(new Room(newId, "Zimmer 6", LocalDate.of(2026, 4, 1)));
        assertThat(rooms.saves.getFirst()[0]).as("a new record has no base").isNull();
    }

    @Test
    void aSaveHandsTheServiceWhatTheFormShowedAsTheBase() {
        form.open(stored.id(), stored);
        name.set("Zimmer 3a");
        save();
        assertThat(rooms.saves).singleElement().satisfies(call -> {
            assertThat(call[0]).isEqualTo(stored);
            assertThat(call[1]).isEqualTo(new Room(stored.id(), "Zimmer 3a", stored.since()));
        });
        Room now = saved.getFirst();
        form.open(now.id(), now);
        since.set("9.3.2026");
        save();
        assertThat(rooms.saves.getLast()[0]).as("the record as last opened").isEqualTo(now);

        form.saved(now.id(), rooms.saves.getLast()[1]);
        assertThat(form.isDirty()).isFalse();
        assertThat(since.get()).as("kept as typed").isEqualTo("9.3.2026");
        assertThat(form.baseProperty().get().since()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aFailedSaveIsReportedAndLeavesTheFormAsItWas() {
        form.open(stored.id(), stored);
        name.set("Zimmer 7");
        rooms.failure = new IllegalStateException("disk full");
        save();
        assertThat(failures).singleElement().isSameAs(rooms.failure);
        assertThat(saved).isEmpty();
        assertThat(form.isDirty()).isTrue();
        assertThat(form.baseProperty().get()).isEqualTo(stored);
    }

    @Test
    void viewsKeepHearingTheProblems() {
        List<String> heard = new ArrayList<>();
        form.problems().addListener((MapChangeListener<String, FieldProblem>) change -> heard.add(change.getKey()));
        System.gc();
        assertThat(form.problems()).isSameAs(form.problems());
        form.newRecord();
        since.set("morgen");
        save();
        assertThat(heard).containsExactly("since");
        form.dropProblems(field -> field.equals("since"));
        assertThat(form.problems()).isEmpty();
    }
}
