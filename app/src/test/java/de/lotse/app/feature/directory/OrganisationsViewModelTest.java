package de.lotse.app.feature.directory;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.app.ui.form.FormMode;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.StepCategory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisations list and form without a screen, against a real store in a temp folder. */
class OrganisationsViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private OrganisationsViewModel model;
    private final List<Throwable> failures = new ArrayList<>();
    private final List<UUID> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        model = new OrganisationsViewModel(context.directory(), new InlineTaskRunner(), failures::add);
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    private UUID savedOrganisation(String name) {
        model.newOrganisation();
        model.nameProperty().set(name);
        model.save(saved::add);
        assertThat(model.problems()).isEmpty();
        return saved.getLast();
    }

    @Test
    void aBadPostalCodeAndEmailShowProblemsBesideTheFieldsAndSaveNothing() {
        model.newOrganisation();
        model.nameProperty().set("Jobcenter Hagen");
        model.postalCodeProperty().set("5809");
        model.emailProperty().set("info@jobcenter");
        model.phoneProperty().set("02331 123-0");
        model.save(saved::add);

        assertThat(model.problems()).containsOnlyKeys("postalCode", "email");
        assertThat(model.problems().get("postalCode").code()).isEqualTo("postalCode");
        assertThat(model.problems().get("email").code()).isEqualTo("email");
        assertThat(saved).isEmpty();
        assertThat(context.directory().organisations()).isEmpty();
        assertThat(model.isDirty()).isTrue();
        assertThat(model.modeProperty().get()).isEqualTo(FormMode.NEW);

        model.nameProperty().set(" ");
        model.postalCodeProperty().set("58095");
        model.emailProperty().set("info@jobcenter-hagen.de");
        model.save(saved::add);
        assertThat(model.problems()).containsOnlyKeys("name");
        assertThat(context.directory().organisations()).isEmpty();

        model.nameProperty().set("  Jobcenter Hagen ");
        model.save(saved::add);
        assertThat(model.problems()).isEmpty();
        assertThat(saved).hasSize(1);
        Organisation stored = context.directory().organisations().getFirst();
        assertThat(stored.name()).as("stored trimmed").isEqualTo("Jobcenter Hagen");
        assertThat(stored.address().postalCode()).isEqualTo("58095");
        assertThat(model.isDirty()).isFalse();
        assertThat(model.modeProperty().get()).isEqualTo(FormMode.EDIT);
        assertThat(model.all()).extracting(Organisation::id).containsExactly(saved.getFirst());
    }

    @Test
    void kindAndTopicsSurviveTheRoundTrip() {
        model.newOrganisation();
        model.nameProperty().set("Caritasverband Hagen");
        model.kindProperty().set(OrganisationKind.WELFARE_ASSOCIATION);
        model.topicProperty(StepCategory.SOCIAL).set(true);
        model.topicProperty(StepCategory.HOUSING).set(true);
        model.streetProperty().set("Kirchplatz 2");
        model.cityProperty().set("Hagen");
        model.save(saved::add);
        assertThat(model.problems()).isEmpty();

        Organisation stored = context.directory().organisations().getFirst();
        assertThat(stored.kind()).isEqualTo(OrganisationKind.WELFARE_ASSOCIATION);
        assertThat(stored.topics()).containsExactlyInAnyOrder(StepCategory.SOCIAL, StepCategory.HOUSING);

        OrganisationsViewModel fresh = new OrganisationsViewModel(context.directory(), new InlineTaskRunner(),
                failures::add);
        fresh.load();
        fresh.edit(fresh.shown().getFirst());
        for (StepCategory category : StepCategory.values()) {
            assertThat(fresh.topicProperty(category).get()).as(category.name())
                    .isEqualTo(category == StepCategory.SOCIAL || category == StepCategory.HOUSING);
        }
        assertThat(fresh.kindProperty().get()).isEqualTo(OrganisationKind.WELFARE_ASSOCIATION);
        assertThat(fresh.streetProperty().get()).isEqualTo("Kirchplatz 2");
        assertThat(fresh.isDirty()).isFalse();

        fresh.topicProperty(StepCategory.SOCIAL).set(false);
        assertThat(fresh.isDirty()).isTrue();
        fresh.cancel();
        assertThat(fresh.topicProperty(StepCategory.SOCIAL).get()).isTrue();
        assertThat(fresh.isDirty()).isFalse();
    }

    @Test
    void contactsAreAddedAndEditedWithTheirChecks() {
        UUID organisation = savedOrganisation("Ausländerbehörde Hagen");
        assertThat(model.contacts()).isEmpty();
        List<String> done = new ArrayList<>();

        model.newContact();
        model.contactForm().phoneProperty().set("call me");
        model.saveContact(() -> done.add("saved"));
        assertThat(model.contactForm().problems()).containsOnlyKeys("name", "phone");
        assertThat(done).isEmpty();
        assertThat(context.directory().contacts(organisation)).isEmpty();

        model.contactForm().nameProperty().set("Frau Yılmaz");
        model.contactForm().roleProperty().set("Sachbearbeitung Aufenthalt");
        model.contactForm().phoneProperty().set("02331 207-1234");
        model.contactForm().emailProperty().set("yilmaz@hagen.de");
        model.saveContact(() -> done.add("saved"));
        assertThat(done).containsExactly("saved");
        assertThat(model.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.name()).isEqualTo("Frau Yılmaz");
            assertThat(contact.organisationId()).isEqualTo(organisation);
            assertThat(contact.role()).isEqualTo("Sachbearbeitung Aufenthalt");
        });

        model.editContact(model.contacts().getFirst());
        assertThat(model.contactForm().nameProperty().get()).isEqualTo("Frau Yılmaz");
        model.contactForm().nameProperty().set("Frau Dr. Yılmaz");
        model.saveContact(() -> done.add("saved"));
        assertThat(context.directory().contacts(organisation)).singleElement()
                .satisfies(contact -> assertThat(contact.name()).isEqualTo("Frau Dr. Yılmaz"));
        assertThat(model.contacts()).hasSize(1);

        model.newContact();
        model.contactForm().nameProperty().set("Herr Becker");
        model.saveContact(() -> done.add("saved"));
        assertThat(model.contacts()).extracting(contact -> contact.name())
                .containsExactly("Frau Dr. Yılmaz", "Herr Becker");
    }

    @Test
    void theFilterMatchesNameAndTownIgnoringCaseAndUmlauts() {
        savedOrganisation("Jobcenter Hagen");
        savedOrganisation("Ausländerbehörde Hagen");
        savedOrganisation("Grundschule Am Park");
        assertThat(model.shown()).hasSize(3);

        model.filterProperty().set("AUSLAENDER");
        assertThat(model.shown()).extracting(Organisation::name).containsExactly("Ausländerbehörde Hagen");
        model.filterProperty().set("hagen job");
        assertThat(model.shown()).extracting(Organisation::name).containsExactly("Jobcenter Hagen");
        model.filterProperty().set("");
        assertThat(model.shown()).hasSize(3);
    }
}
