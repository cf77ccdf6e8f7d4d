package de.lotse.app.feature.cases;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.core.cases.CaseNumber;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.person.HouseholdRole;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Neuer Fall" without a screen, against a real store in a temp folder. */
class NewCaseViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private CaseFixture fixture;
    private NewCaseViewModel model;
    private final List<Throwable> failures = new ArrayList<>();
    private final List<UUID> created = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(20, 5);
        fixture = new CaseFixture(context);
        model = new NewCaseViewModel(context.cases(), context.directory(), context.people(), new InlineTaskRunner(), failures::add);
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    @Test
    void aCaseFromATemplateGetsItsStepsAndANumberWithTheDeviceCode() {
        UUID person = fixture.person("Kovalenko", "Olena", "UA");
        UUID me = fixture.caseworker(1).id();
        model.prepare(person, null, me, () -> { });
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.personNameProperty().get()).isEqualTo("Kovalenko, Olena");
        assertThat(model.forHouseholdProperty().get()).isFalse();
        assertThat(model.targetGroupProperty().get()).isEqualTo(TargetGroup.UKRAINE);
        assertThat(model.templateProperty().get().name()).contains("§ 24");
        assertThat(model.caseworkerProperty().get().id()).isEqualTo(me);

        model.create(created::add);
        assertThat(created).hasSize(1);
        var caseFile = model.createdProperty().get();
        assertThat(caseFile.id()).isEqualTo(created.getFirst());
        CaseNumber number = CaseNumber.parse(caseFile.number()).orElseThrow();
        assertThat(number.deviceCode()).isEqualTo(context.device().code());
        assertThat(number.year()).isEqualTo(context.cases().today().getYear());
        assertThat(caseFile.personId()).isEqualTo(person);
        assertThat(caseFile.householdId()).isNull();
        assertThat(caseFile.caseworkerId()).isEqualTo(me);
        List<IntegrationStep> plan = context.cases().steps(caseFile.id());
        assertThat(plan).extracting(IntegrationStep::title).containsExactlyInAnyOrderElementsOf(
                model.templateProperty().get().steps().stream().map(step -> step.title()).toList());

        model.create(created::add);
        assertThat(created).as("created once only").hasSize(1);
    }

    @Test
    void theTemplateFollowsTheTargetGroupAndTheHousehold() {
        UUID mother = fixture.person("Marinescu", "Ioana", "RO");
        UUID child = fixture.person("Marinescu", "Andrei", "RO");
        UUID household = context.people().createHousehold(mother);
        context.people().setMember(household, child, HouseholdRole.CHILD);
        model.prepare(mother, household, null, () -> { });
        assertThat(model.householdIdProperty().get()).isEqualTo(household);
        assertThat(model.householdSizeProperty().get()).isEqualTo(2);
        assertThat(model.forHouseholdProperty().get()).as("a family's case is the household's").isTrue();
        assertThat(model.targetGroupProperty().get()).isEqualTo(TargetGroup.SOUTH_EAST_EUROPE);
        assertThat(model.templateProperty().get().name()).startsWith("EU-Zuwanderung");

        model.targetGroupProperty().set(TargetGroup.REFUGEES);
        assertThat(model.templateProperty().get().name()).startsWith("Familie");
        model.forHouseholdProperty().set(false);
        assertThat(model.templateProperty().get().name()).isEqualTo("Neu angekommene erwachsene Person");
        model.forHouseholdProperty().set(true);

        model.create(created::add);
        assertThat(model.problems()).containsOnlyKeys("caseworker");
        assertThat(created).isEmpty();
        model.caseworkerProperty().set(model.caseworkers().getFirst());
        model.templateProperty().set(null);
        model.create(created::add);
        var caseFile = model.createdProperty().get();
        assertThat(caseFile.householdId()).isEqualTo(household);
        assertThat(caseFile.personId()).isNull();
        assertThat(context.cases().steps(caseFile.id())).as("no template, no steps").isEmpty();
        assertThat(context.cases().casesOf(child)).extracting(s -> s.id()).contains(caseFile.id());
    }
}
