package de.lotse.app.feature.persons;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.HouseholdView;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.ResidenceKind;
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

/** The cards under a person's form without a screen, against a real store in a temp folder. */
class PersonRecordsViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private PersonRecordsViewModel model;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        model = new PersonRecordsViewModel(context.people(), context.cases(), context.agenda(), new InlineTaskRunner(), failures::add);
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    private UUID stored(String family, String given) {
        return ((Validated.Valid<UUID>) context.people().add(new PersonDraft(family, given, PartialDate.ofYear(1990),
                Sex.FEMALE, List.of("SY"), null))).value();
    }

    @Test
    void aPersonsHouseholdIsShown() {
        var demo = context.addDemo(30, 3);
        var household = demo.households().stream().filter(h -> h.members().size() > 2).findFirst().orElseThrow();
        model.load(household.members().get(1).personId());
        assertThat(model.householdProperty().get()).isNotNull();
        assertThat(model.householdProperty().get().members()).hasSize(household.members().size());
        assertThat(model.householdProperty().get().address().city()).isEqualTo(household.address().city());
    }

    @Test
    void aHouseholdIsMadeAndMembersAreFoundAddedChangedAndRemoved() {
        UUID mother = stored("Haddad", "Rania");
        UUID son = stored("Haddad", "Bilal");
        model.load(mother);
        assertThat(model.householdProperty().get()).isNull();

        model.createHousehold();
        assertThat(model.householdProperty().get().members()).extracting(HouseholdView.Member::role)
                .containsExactly(HouseholdRole.HEAD);
        model.memberQueryProperty().set("Bilal Hadad");
        assertThat(model.memberMatches()).extracting(row -> row.id()).containsExactly(son);
        model.memberRoleProperty().set(HouseholdRole.CHILD);
        model.addMember(son);
        assertThat(model.memberQueryProperty().get()).isEmpty();
        assertThat(model.householdProperty().get().members()).extracting(HouseholdView.Member::personId)
                .containsExactly(mother, son);

        model.setRole(son, HouseholdRole.RELATIVE);
        assertThat(context.people().householdOf(son).orElseThrow().members().get(1).role())
                .isEqualTo(HouseholdRole.RELATIVE);
        model.removeMember(son);
        assertThat(context.people().householdOf(son)).isEmpty();
    }

    @Test
    void aResidenceStatusIsAddedOnlyWhenItsDatesAreGood() {
        UUID id = stored("Karimi", "Zahra");
        model.load(id);
        model.residenceKindProperty().set(ResidenceKind.DULDUNG);
        model.residenceFromProperty().set("01.06.2026");
        model.residenceUntilProperty().set("2026");
        model.addResidence();
        assertThat(model.residenceProblems()).containsOnlyKeys("validUntil");
        assertThat(context.people().residenceHistory(id)).isEmpty();

        model.residenceUntilProperty().set("01.05.2026");
        model.addResidence();
        assertThat(model.residenceProblems().get("validUntil").code()).isEqualTo("beforeStart");

        model.residenceUntilProperty().set("30.11.2026");
        model.addResidence();
        assertThat(model.residenceProblems()).isEmpty();
        assertThat(model.residences()).singleElement().satisfies(status -> {
            assertThat(status.kind()).isEqualTo(ResidenceKind.DULDUNG);
            assertThat(status.validUntil()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        });
        assertThat(model.residenceFromProperty().get()).isEmpty();
        model.removeResidence(model.residences().getFirst().id());
        assertThat(model.residences()).isEmpty();
    }

    @Test
    void thePersonsCasesAreListedTheirOwnAndTheirHouseholds() {
        UUID father = stored("Haddad", "Omar");
        UUID daughter = stored("Haddad", "Nour");
        UUID household = context.people().createHousehold(father);
        context.people().setMember(household, daughter, HouseholdRole.CHILD);
        var own = context.cases().open(daughter, null, null, TargetGroup.REFUGEES, null).orElseThrow();
        var family = context.cases().open(null, household, null, TargetGroup.REFUGEES, null).orElseThrow();

        model.load(daughter);

        assertThat(model.cases()).extracting(summary -> summary.id()).containsExactlyInAnyOrder(own.id(), family.id());
        assertThat(model.cases()).filteredOn(summary -> summary.householdId() != null)
                .extracting(summary -> summary.subject()).containsExactly("Haddad, Omar");
    }
}
