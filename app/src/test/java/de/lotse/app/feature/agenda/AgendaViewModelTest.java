package de.lotse.app.feature.agenda;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.app.feature.agenda.AgendaViewModel.Day;
import de.lotse.app.feature.agenda.AgendaViewModel.Entry;
import de.lotse.app.feature.agenda.AgendaViewModel.Export;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.person.PersonRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda and the appointment form without a screen, against a real store with demo data. */
class AgendaViewModelTest {

    /** A Wednesday: the week shown first runs from Monday 16 to Sunday 22 November 2026. */
    private static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant(),
            ZoneId.of("Europe/Berlin"));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @TempDir
    Path dataDir;
    @TempDir
    Path exports;

    private AppContext context;
    private AgendaViewModel model;
    private final List<Throwable> failures = new ArrayList<>();
    private final InlineTaskRunner tasks = new InlineTaskRunner();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, CLOCK);
        context.addDemo(300, 1);
        model = new AgendaViewModel(context.agenda(), context.directory(), context.people(), tasks, failures::add, CLOCK);
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    private List<Entry> entries() {
        return model.days().stream().flatMap(day -> day.entries().stream()).toList();
    }

    private int stored(UUID caseworker, LocalDate monday) {
        return context.agenda().between(caseworker, monday, monday.plusDays(7)).size();
    }

    @Test
    void showsTheWeekOfTodayAndMovesBetweenWeeks() {
        model.load();
        assertThat(model.weekStartProperty().get()).isEqualTo(MONDAY);
        assertThat(model.days()).extracting(Day::date)
                .containsExactly(Stream.iterate(MONDAY, d -> d.plusDays(1)).limit(7).toArray(LocalDate[]::new));
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.countProperty().get()).isEqualTo(stored(null, MONDAY)).isPositive();
        assertThat(model.caseworkers()).hasSize(4);
        for (Day day : model.days()) {
            assertThat(day.entries()).allSatisfy(e -> assertThat(e.appointment().startsAt().toLocalDate())
                    .isEqualTo(day.date()));
            assertThat(day.entries()).extracting(e -> e.appointment().startsAt()).isSorted();
        }
        assertThat(entries()).allSatisfy(entry -> {
            assertThat(entry.personName()).as("demo appointments are with a person").isNotBlank();
            assertThat(entry.caseworkerName()).isNotBlank();
        });

        model.nextWeek();
        assertThat(model.weekStartProperty().get()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(model.countProperty().get()).isEqualTo(stored(null, MONDAY.plusWeeks(1)));
        model.previousWeek();
        model.previousWeek();
        assertThat(model.weekStartProperty().get()).isEqualTo(MONDAY.minusWeeks(1));
        assertThat(model.countProperty().get()).isEqualTo(stored(null, MONDAY.minusWeeks(1)));
        model.showWeekOf(LocalDate.of(2026, 12, 31));
        assertThat(model.weekStartProperty().get()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(model.weekStartProperty().get().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(model.countProperty().get()).as("no demo appointments that far ahead").isZero();
        assertThat(model.days()).hasSize(7);
        model.thisWeek();
        assertThat(model.weekStartProperty().get()).isEqualTo(MONDAY);
        assertThat(model.dayForNew()).isEqualTo(LocalDate.of(2026, 11, 18));
        model.nextWeek();
        assertThat(model.dayForNew()).as("the Monday of another week").isEqualTo(MONDAY.plusWeeks(1));
    }

    @Test
    void theChosenCaseworkerFiltersTheWeek() {
        model.load();
        int everyone = model.countProperty().get();
        Caseworker chosen = model.caseworkers().stream()
                .filter(worker -> stored(worker.id(), MONDAY) > 0).findFirst().orElseThrow();
        model.caseworkerProperty().set(chosen.id());
        assertThat(model.countProperty().get()).isEqualTo(stored(chosen.id(), MONDAY)).isLessThan(everyone);
        assertThat(entries()).allSatisfy(entry -> assertThat(entry.appointment().caseworkerId())
                .isEqualTo(chosen.id()));

        model.caseworkerProperty().set(null);
        assertThat(model.countProperty().get()).isEqualTo(everyone);

        model.caseworkerProperty().set(UUID.randomUUID());
        assertThat(model.caseworkerProperty().get()).as("a caseworker no longer in the list").isNull();
        assertThat(model.countProperty().get()).isEqualTo(everyone);
    }

    @Test
    void badInputShowsProblemsAndSavesNothing() {
        model.load();
        int before = stored(null, MONDAY);
        List<Appointment> saved = new ArrayList<>();
        var editor = AppointmentEditorViewModel.create(context.agenda(), context.directory(), context.people(), tasks, failures::add,
                model.dayForNew(), null, null, null);
        assertThat(editor.caseworkers()).hasSize(4);
        editor.titleProperty().set("  ");
        editor.startTimeProperty().set("25:70");
        editor.minutesProperty().set("eine Stunde");
        editor.reminderProperty().set("-5");
        editor.save(saved::add);
        assertThat(editor.problems()).containsOnlyKeys("title", "startTime", "minutes", "reminder");
        assertThat(editor.problems().get("startTime").code()).isEqualTo("timeFormat");
        assertThat(editor.problems().get("minutes").code()).isEqualTo("wholeNumber");
        assertThat(editor.problems().get("title").code()).isEqualTo("required");

        editor.titleProperty().set("Begleitung zum Jobcenter");
        editor.startTimeProperty().set("9:30");
        editor.minutesProperty().set("2");
        editor.reminderProperty().set("");
        editor.dateProperty().set(null);
        editor.save(saved::add);
        assertThat(editor.problems()).containsOnlyKeys("minutes", "date");
        assertThat(editor.problems().get("minutes").code()).isEqualTo("range");
        assertThat(saved).isEmpty();
        assertThat(stored(null, MONDAY)).isEqualTo(before);

        editor.dateProperty().set(LocalDate.of(2026, 11, 19));
        editor.minutesProperty().set("60");
        editor.interpreterLanguageProperty().set("uk");
        editor.placeProperty().set("Jobcenter, Eingang B");
        editor.save(saved::add);
        assertThat(editor.problems()).isEmpty();
        assertThat(saved).hasSize(1);
        Appointment appointment = saved.getFirst();
        assertThat(appointment.startsAt()).isEqualTo(LocalDate.of(2026, 11, 19).atTime(9, 30));
        assertThat(appointment.minutes()).isEqualTo(60);
        assertThat(appointment.reminderMinutes()).isNull();
        assertThat(appointment.withWhom()).isNull();
        model.load();
        assertThat(model.countProperty().get()).isEqualTo(before + 1);
        assertThat(entries()).anySatisfy(entry -> assertThat(entry.appointment()).isEqualTo(appointment));
    }

    @Test
    void aStoredAppointmentIsChangedWithAnotherPersonThenDeleted() {
        model.load();
        Entry first = entries().getFirst();
        var editor = AppointmentEditorViewModel.edit(context.agenda(), context.directory(), context.people(), tasks, failures::add,
                first.appointment());
        assertThat(editor.isNew()).isFalse();
        assertThat(editor.personNameProperty().get()).isEqualTo(first.personName());
        assertThat(editor.startTimeProperty().get()).isEqualTo(first.appointment().startsAt().toLocalTime()
                .toString());

        PersonRow other = context.people().search("", 5).stream()
                .filter(row -> !row.id().equals(first.appointment().personId())).findFirst().orElseThrow();
        editor.personQueryProperty().set(other.familyName());
        assertThat(editor.personMatches()).extracting(PersonRow::id).contains(other.id());
        editor.choosePerson(other);
        assertThat(editor.personQueryProperty().get()).isEmpty();
        assertThat(editor.personMatches()).isEmpty();
        List<Appointment> saved = new ArrayList<>();
        editor.save(saved::add);
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().personId()).isEqualTo(other.id());
        assertThat(saved.getFirst().caseId()).as("the case was the other person's").isNull();
        assertThat(context.agenda().ofPerson(other.id())).extracting(Appointment::id)
                .contains(first.appointment().id());

        boolean[] deleted = {false};
        editor.delete(() -> deleted[0] = true);
        assertThat(deleted[0]).isTrue();
        model.load();
        assertThat(entries()).noneSatisfy(entry -> assertThat(entry.appointment().id())
                .isEqualTo(first.appointment().id()));
    }

    @Test
    void typedTimes() {
        assertThat(AppointmentEditorViewModel.time("9")).isEqualTo(LocalTime.of(9, 0));
        assertThat(AppointmentEditorViewModel.time(" 9:30 ")).isEqualTo(LocalTime.of(9, 30));
        assertThat(AppointmentEditorViewModel.time("14.05")).isEqualTo(LocalTime.of(14, 5));
        assertThat(AppointmentEditorViewModel.time("00:00")).isEqualTo(LocalTime.MIDNIGHT);
        for (String bad : List.of("", "24:00", "9:7", "9:60", "neun", "9:30 Uhr", "-1")) {
            assertThat(AppointmentEditorViewModel.time(bad)).as(bad).isNull();
        }
    }

    @Test
    void exportWritesTheShownWeekAsAParseableCalendar() throws Exception {
        model.load();
        int shown = model.countProperty().get();
        Path file = exports.resolve("termine-2026-KW47.ics");
        model.export(file);
        assertThat(model.lastExportProperty().get()).isEqualTo(new Export.Written(file, shown));
        String ics = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        List<String> lines = Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line).matches("[A-Z-]+[:;].*"));
        assertThat(lines.stream().filter("BEGIN:VEVENT"::equals).count()).isEqualTo(shown);
        assertThat(lines.stream().filter("END:VEVENT"::equals).count()).isEqualTo(shown);
        Entry first = entries().getFirst();
        assertThat(lines).contains("SUMMARY:" + escaped(first.appointment().title() + " – " + first.personName()));
        try (Stream<Path> files = Files.list(exports)) {
            assertThat(files.toList()).as("no temporary file is left").containsExactly(file);
        }

        Path nowhere = exports.resolve("fehlt").resolve("termine.ics");
        model.export(nowhere);
        assertThat(model.lastExportProperty().get()).isEqualTo(new Export.Failed(nowhere));
        assertThat(nowhere).doesNotExist();
    }

    /** The summary as the calendar escapes it. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,");
    }
}
