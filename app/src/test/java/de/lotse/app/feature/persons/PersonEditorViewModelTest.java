package de.lotse.app.feature.persons;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.app.ui.form.FormMode;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.Sex;
import de.lotse.core.validation.Validated;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person form without a screen, against a real store in a temp folder. */
class PersonEditorViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private PersonEditorViewModel model;
    private final List<Throwable> failures = new ArrayList<>();
    private final List<UUID> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        model = new PersonEditorViewModel(context.people(), new InlineTaskRunner(), failures::add);
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    private UUID stored(String family, String given, PartialDate birth) {
        var result = context.people().add(new PersonDraft(family, given, birth, Sex.FEMALE, List.of("SY"),
                new Contact(null, "a@example.org", new Address(null, "58095", "Hagen"))));
        return ((Validated.Valid<UUID>) result).value();
    }

    @Test
    void badFieldsShowProblemsAndSaveNothing() {
        model.newPerson();
        model.givenNameProperty().set("Amira");
        model.birthDateProperty().set("31.02.1990");
        model.save(saved::add);
        assertThat(model.problems()).containsOnlyKeys("birthDate");
        assertThat(model.problems().get("birthDate").code()).isEqualTo("dateFormat");

        model.birthDateProperty().set("1990");
        model.nationalitiesProperty().set("SY, XY");
        model.save(saved::add);
        assertThat(model.problems()).containsOnlyKeys("familyName", "nationality");
        assertThat(saved).isEmpty();
        assertThat(context.persons().countPersons()).isZero();
        assertThat(model.isDirty()).isTrue();
    }

    @Test
    void aNewPersonWhoMayExistIsShownBesideTheCandidatesBeforeSaving() {
        UUID existing = stored("Al-Hassan", "Mohammed", PartialDate.ofYear(1990));
        model.newPerson();
        model.familyNameProperty().set("Alhasan");
        model.givenNameProperty().set("Muhammad");
        model.birthDateProperty().set("12.03.1990");
        model.save(saved::add);
        assertThat(saved).as("not saved before a person compared").isEmpty();
        assertThat(model.candidates()).hasSize(1);
        assertThat(model.candidates().getFirst().person().id()).isEqualTo(existing);

        model.saveAnyway(saved::add);
        assertThat(saved).hasSize(1);
        assertThat(model.candidates()).isEmpty();
        assertThat(model.modeProperty().get()).isEqualTo(FormMode.EDIT);
        assertThat(model.isDirty()).isFalse();
        assertThat(context.people().find(saved.getFirst()).orElseThrow().person().birthDate().format())
                .isEqualTo("12.03.1990");
    }

    @Test
    void anUnrelatedNewPersonIsSavedAtOnce() {
        stored("Al-Hassan", "Mohammed", PartialDate.ofYear(1990));
        model.newPerson();
        model.familyNameProperty().set("Kovalenko");
        model.givenNameProperty().set("Olena");
        model.save(saved::add);
        assertThat(saved).hasSize(1);
        assertThat(model.candidates()).isEmpty();
    }

    @Test
    void editingMarksTheFormDirtyAndCancelRestoresIt() {
        UUID id = stored("Khalil", "Rania", PartialDate.ofYear(1988));
        model.edit(id);
        assertThat(model.familyNameProperty().get()).isEqualTo("Khalil");
        assertThat(model.birthDateProperty().get()).isEqualTo("1988");
        assertThat(model.isDirty()).isFalse();

        model.emailProperty().set("rania@example.org");
        assertThat(model.isDirty()).isTrue();
        model.cancel();
        assertThat(model.emailProperty().get()).isEqualTo("a@example.org");
        assertThat(model.isDirty()).isFalse();

        model.cityProperty().set("Herne");
        model.save(saved::add);
        assertThat(saved).containsExactly(id);
        assertThat(context.people().find(id).orElseThrow().person().contact().address().city()).isEqualTo("Herne");
    }

    @Test
    void everyDetailIsSavedAndABadArrivalDateOrLanguageIsShownBesideItsField() {
        UUID id = stored("Kovalenko", "Olena", PartialDate.ofYear(1985));
        model.edit(id);
        model.nameOriginalProperty().set("Олена Коваленко");
        model.otherNamesProperty().set("Elena Kowalenko; Olena Kovalenko");
        model.languagesProperty().set("uk, xx");
        model.interpreterNeededProperty().set(true);
        model.arrivalInTownProperty().set("31.02.2024");
        model.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(model.problems()).containsOnlyKeys("arrivalInTown");
        assertThat(model.problems().get("arrivalInTown").code()).isEqualTo("dayFormat");

        model.arrivalInTownProperty().set("03.04.2024");
        model.save(saved::add);
        assertThat(model.problems()).containsOnlyKeys("languages");
        assertThat(context.people().find(id).orElseThrow().person().profile().languages()).isEmpty();

        model.languagesProperty().set("uk, ru");
        model.notesProperty().set("Kommt donnerstags");
        model.save(saved::add);
        assertThat(saved).containsExactly(id);
        var profile = context.people().find(id).orElseThrow().person().profile();
        assertThat(profile.nameOriginal()).isEqualTo("Олена Коваленко");
        assertThat(profile.otherNames()).containsExactly("Elena Kowalenko", "Olena Kovalenko");
        assertThat(profile.languages()).containsExactly("uk", "ru");
        assertThat(profile.interpreterNeeded()).isTrue();
        assertThat(profile.arrivalInTown()).isEqualTo(java.time.LocalDate.of(2024, 4, 3));
        assertThat(profile.notes()).isEqualTo("Kommt donnerstags");
        assertThat(model.isDirty()).isFalse();
    }
}
