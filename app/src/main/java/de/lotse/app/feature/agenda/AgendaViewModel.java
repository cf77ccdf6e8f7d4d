package de.lotse.app.feature.agenda;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.agenda.AgendaService;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.person.PersonService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A week of appointments, Monday to Sunday, for the chosen caseworker or the whole office: moving
 * between weeks, the names of the persons the appointments are with, and the export of the week
 * as an iCalendar file.
 */
public final class AgendaViewModel {

    /** Made on first use: logging starts when something is logged, not on the way to the first frame. */
    private static final class Log {
        private static final Logger LOG = LoggerFactory.getLogger(AgendaViewModel.class);
    }

    /** An appointment as the agenda shows it. */
    public record Entry(Appointment appointment, String personName, String caseworkerName) { }

    /** One day of the week with its appointments, by start. */
    public record Day(LocalDate date, List<Entry> entries) {

        public Day {
            entries = List.copyOf(entries);
        }
    }

    /** How the last export ended. */
    public sealed interface Export {

        /** {@code count} appointments are in {@code file}. */
        record Written(Path file, int count) implements Export { }

        /** The file could not be written (a folder without write access, a full disk); nothing changed. */
        record Failed(Path file) implements Export { }
    }

    private final AgendaService agenda;
    private final DirectoryService directory;
    private final PersonService people;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Clock clock;

    private final ObjectProperty<UUID> caseworker = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LocalDate> weekStart;
    private final ObservableList<Caseworker> caseworkers = FXCollections.observableArrayList();
    private final ObservableList<Day> days = FXCollections.observableArrayList();
    /** Held here: an unmodifiable view only weakly listens to its list, and a view's listeners must last. */
    private final ObservableList<Caseworker> caseworkersView = FXCollections.unmodifiableObservableList(caseworkers);
    private final ObservableList<Day> daysView = FXCollections.unmodifiableObservableList(days);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Export> lastExport = new ReadOnlyObjectWrapper<>();
    /** Only the answer to the latest request is shown when a person moves through weeks quickly. */
    private long generation;
    private boolean active;

    /** {@code clock} stamps the exported calendar. */
    public AgendaViewModel(AgendaService agenda, DirectoryService directory, PersonService people, TaskRunner tasks, Consumer<Throwable> onFailure,
            Clock clock) {
        this.agenda = agenda;
        this.directory = directory;
        this.people = people;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.clock = clock;
        weekStart = new ReadOnlyObjectWrapper<>(monday(agenda.today()));
        days.setAll(emptyWeek(weekStart.get()));
        caseworker.addListener((obs, old, now) -> {
            if (active) {
                load();
            }
        });
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static List<Day> emptyWeek(LocalDate monday) {
        List<Day> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            week.add(new Day(monday.plusDays(i), List.of()));
        }
        return week;
    }

    /** Reads the caseworkers and the shown week (on entering the agenda, F5). */
    public void load() {
        active = true;
        long asked = ++generation;
        UUID chosen = caseworker.get();
        LocalDate monday = weekStart.get();
        tasks.run(() -> read(chosen, monday), week -> {
            if (asked != generation) {
                return;
            }
            caseworkers.setAll(week.caseworkers());
            if (chosen != null && week.caseworkers().stream().noneMatch(c -> c.id().equals(chosen))) {
                // a caseworker remembered in the settings who is no longer in the office's list
                caseworker.set(null);
                return;
            }
            days.setAll(week.days());
            count.set(week.days().stream().mapToInt(day -> day.entries().size()).sum());
            loaded.set(true);
        }, onFailure);
    }

    private record Week(List<Caseworker> caseworkers, List<Day> days) { }

    private Week read(UUID chosen, LocalDate monday) {
        List<Caseworker> staff = directory.caseworkers();
        Map<UUID, String> staffNames = staff.stream().collect(Collectors.toMap(Caseworker::id, Caseworker::name,
                (a, b) -> a));
        List<Appointment> appointments = agenda.between(chosen, monday, monday.plusDays(7));
        Map<UUID, String> personNames = AgendaExport.personNames(people, appointments);
        List<Day> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            week.add(new Day(date, appointments.stream().filter(a -> a.startsAt().toLocalDate().equals(date))
                    .map(a -> new Entry(a, personNames.get(a.personId()),
                            a.caseworkerId() == null ? null : staffNames.get(a.caseworkerId())))
                    .toList()));
        }
        return new Week(staff, week);
    }

    public void previousWeek() {
        showWeekOf(weekStart.get().minusWeeks(1));
    }

    public void nextWeek() {
        showWeekOf(weekStart.get().plusWeeks(1));
    }

    /** Back to the week of today. */
    public void thisWeek() {
        showWeekOf(today());
    }

    /** Shows the week (Monday to Sunday) that holds {@code day}. */
    public void showWeekOf(LocalDate day) {
        LocalDate monday = monday(day);
        if (!monday.equals(weekStart.get())) {
            weekStart.set(monday);
            days.setAll(emptyWeek(monday));
            count.set(0);
            loaded.set(false);
            lastExport.set(null);
        }
        load();
    }

    /** Today in the office's time zone. */
    public LocalDate today() {
        return agenda.today();
    }

    /** The day a new appointment starts on: today in the week of today, else the Monday shown. */
    public LocalDate dayForNew() {
        LocalDate today = today();
        return monday(today).equals(weekStart.get()) ? today : weekStart.get();
    }

    /**
     * Writes the shown week's appointments to {@code file} (in the background); the outcome
     * appears in {@link #lastExportProperty()}.
     */
    public void export(Path file) {
        List<Appointment> appointments = days.stream().flatMap(day -> day.entries().stream())
                .map(Entry::appointment).toList();
        Map<UUID, String> names = days.stream().flatMap(day -> day.entries().stream())
                .filter(entry -> entry.personName() != null)
                .collect(Collectors.toMap(entry -> entry.appointment().personId(), Entry::personName, (a, b) -> a));
        tasks.run(() -> {
            try {
                AgendaExport.write(file, appointments, names, clock.instant());
                return (Export) new Export.Written(file, appointments.size());
            } catch (IOException e) {
                Log.LOG.warn("Export of the agenda failed: {}", e.getClass().getSimpleName());
                return new Export.Failed(file);
            }
        }, lastExport::set, onFailure);
    }

    /** The chosen caseworker's id, null for the whole office; a change reads the week anew. */
    public ObjectProperty<UUID> caseworkerProperty() {
        return caseworker;
    }

    /** The Monday of the shown week. */
    public ReadOnlyObjectProperty<LocalDate> weekStartProperty() {
        return weekStart.getReadOnlyProperty();
    }

    /** The office's caseworkers, by name. */
    public ObservableList<Caseworker> caseworkers() {
        return caseworkersView;
    }

    /** Always the seven days of the shown week, Monday first. */
    public ObservableList<Day> days() {
        return daysView;
    }

    /** How many appointments the shown week holds. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** True once the shown week has been read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Export> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }
}
