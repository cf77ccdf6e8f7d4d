package de.lotse.app.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.app.TwoDevices;
import de.lotse.app.feature.agenda.AppointmentEditorViewModel;
import de.lotse.app.feature.cases.CaseFileViewModel;
import de.lotse.app.feature.cases.CaseFormats;
import de.lotse.app.feature.directory.OrganisationsViewModel;
import de.lotse.app.feature.persons.PersonEditorViewModel;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.Consent;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.Sex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every editor, on the office's PC, saves over a record that a sync changed after the form was
 * opened: the laptop's change to a field the form left alone stays on both devices, and no
 * conflict opens. A new form adds a test of the same four steps: open the form on the PC, change
 * another field on the laptop and {@link TwoDevices#sync()}, save the form, sync and compare.
 */
class SaveAfterSyncTest {

    @TempDir
    Path folder;

    private TwoDevices devices;
    private AppContext office;
    private AppContext laptop;
    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        devices = TwoDevices.open(folder);
        office = devices.office();
        laptop = devices.laptop();
    }

    @AfterEach
    void close() {
        devices.close();
        assertThat(failures).isEmpty();
    }

    /** Both devices have seen everything, and the changes merged without a conflict. */
    private void syncedWithoutConflicts() throws Exception {
        devices.sync();
        assertThat(office.sync().openConflicts()).isEmpty();
        assertThat(laptop.sync().openConflicts()).isEmpty();
    }

    private UUID registered() throws Exception {
        UUID id = office.people().add(new PersonDraft("Haddad", "Amira", PartialDate.ofYear(1985), Sex.FEMALE,
                List.of("SY"), new Contact(null, null, new Address("Marktstraße 1", "58095", "Hagen")))).orElseThrow();
        devices.sync();
        return id;
    }

    private CaseFile caseFile() throws Exception {
        CaseFile opened = office.cases().open(registered(), null, null, TargetGroup.REFUGEES, null).orElseThrow();
        devices.sync();
        return opened;
    }

    private CaseFileViewModel caseFileModel(CaseFile file) {
        CaseFileViewModel model = new CaseFileViewModel(office.cases(), office.directory(), tasks, failures::add,
                () -> null, new SimpleObjectProperty<>(), () -> "PC Empfang", () -> new CaseFormats(Locale.GERMAN));
        model.open(file.id());
        return model;
    }

    @Test
    void organisation() throws Exception {
        Organisation made = office.directory().save(null, new Organisation(UUID.randomUUID(), "Caritasverband Hagen",
                OrganisationKind.WELFARE_ASSOCIATION, Set.of(StepCategory.SOCIAL),
                new Address("Kirchplatz 2", "58095", "Hagen"), null, null)).orElseThrow();
        devices.sync();
        OrganisationsViewModel form = new OrganisationsViewModel(office.directory(), tasks, failures::add);
        form.load();
        form.edit(form.all().getFirst());

        Organisation onLaptop = laptop.directory().organisations().getFirst();
        laptop.directory().save(onLaptop, new Organisation(made.id(), made.name(), made.kind(), made.topics(),
                made.address(), "02331 9180-0", null)).orElseThrow();
        devices.sync();

        form.emailProperty().set("info@caritas-hagen.de");
        form.save(id -> { });
        syncedWithoutConflicts();
        for (AppContext device : List.of(office, laptop)) {
            Organisation stored = device.directory().organisations().getFirst();
            assertThat(stored.phone()).isEqualTo("02331 9180-0");
            assertThat(stored.email()).isEqualTo("info@caritas-hagen.de");
        }
    }

    @Test
    void person() throws Exception {
        UUID id = registered();
        PersonEditorViewModel form = new PersonEditorViewModel(office.people(), tasks, failures::add);
        form.edit(id);

        PersonDraft onLaptop = laptop.people().find(id).orElseThrow().person();
        laptop.people().update(id, onLaptop, new PersonDraft(onLaptop.familyName(), onLaptop.givenName(),
                onLaptop.birthDate(), onLaptop.sex(), onLaptop.nationalities(), new Contact("0176 1234567", null,
                        onLaptop.contact().address()), onLaptop.profile())).orElseThrow();
        devices.sync();

        form.emailProperty().set("amira@example.org");
        form.save(saved -> { });
        syncedWithoutConflicts();
        for (AppContext device : List.of(office, laptop)) {
            Contact stored = device.people().find(id).orElseThrow().person().contact();
            assertThat(stored.phone()).isEqualTo("0176 1234567");
            assertThat(stored.email()).isEqualTo("amira@example.org");
        }
    }

    @Test
    void consent() throws Exception {
        CaseFile file = caseFile();
        Consent given = office.cases().save(null, new Consent(UUID.randomUUID(), file.id(),
                "Datenweitergabe an das Jobcenter", LocalDate.of(2026, 3, 2), null)).orElseThrow();
        devices.sync();
        CaseFileViewModel model = caseFileModel(file);
        model.editConsent(model.consents().getFirst());

        laptop.cases().save(given, new Consent(given.id(), file.id(), "Datenweitergabe an Jobcenter und Schule",
                given.givenOn(), null)).orElseThrow();
        devices.sync();

        model.consentForm().withdrawnOnProperty().set("20.03.2026");
        model.saveConsent(() -> { });
        syncedWithoutConflicts();
        for (AppContext device : List.of(office, laptop)) {
            Consent stored = device.cases().consents(file.id()).getFirst();
            assertThat(stored.purpose()).isEqualTo("Datenweitergabe an Jobcenter und Schule");
            assertThat(stored.withdrawnOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        }
    }

    @Test
    void stepMarkedDoneFromThePlanShownBeforeTheSync() throws Exception {
        CaseFile file = caseFile();
        IntegrationStep planned = office.cases().save(null, new IntegrationStep(UUID.randomUUID(), file.id(),
                "Beim Jobcenter melden", StepCategory.WORK, StepPriority.ESSENTIAL, StepStatus.OPEN, null, null, null,
                LocalDate.EPOCH)).orElseThrow();
        devices.sync();
        CaseFileViewModel model = caseFileModel(file);
        IntegrationStep shown = model.steps().getFirst();

        laptop.cases().save(planned, new IntegrationStep(planned.id(), file.id(), planned.title(), planned.category(),
                planned.priority(), planned.status(), planned.dueOn(), null, "Termin am 12.03. vereinbart",
                planned.lastChange())).orElseThrow();
        devices.sync();

        model.markDone(shown);
        syncedWithoutConflicts();
        for (AppContext device : List.of(office, laptop)) {
            IntegrationStep stored = device.cases().steps(file.id()).getFirst();
            assertThat(stored.outcome()).isEqualTo("Termin am 12.03. vereinbart");
            assertThat(stored.status()).isEqualTo(StepStatus.DONE);
        }
    }

    @Test
    void appointment() throws Exception {
        UUID person = registered();
        Appointment planned = office.agenda().save(null, new Appointment(UUID.randomUUID(), person, null, null,
                LocalDate.of(2026, 3, 20).atTime(9, 30), 45, "Begleitung zum Jobcenter", null, null, null, null))
                .orElseThrow();
        devices.sync();
        AppointmentEditorViewModel form = AppointmentEditorViewModel.edit(office.agenda(), office.directory(),
                office.people(), tasks, failures::add, planned);

        laptop.agenda().save(planned, new Appointment(planned.id(), person, null, null, planned.startsAt(), 45,
                planned.title(), "Jobcenter, Eingang B", null, null, null)).orElseThrow();
        devices.sync();

        form.minutesProperty().set("60");
        form.save(saved -> { });
        syncedWithoutConflicts();
        for (AppContext device : List.of(office, laptop)) {
            Appointment stored = device.agenda().ofPerson(person).getFirst();
            assertThat(stored.place()).isEqualTo("Jobcenter, Eingang B");
            assertThat(stored.minutes()).isEqualTo(60);
        }
    }
}
