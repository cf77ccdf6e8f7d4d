package de.lotse.app.feature.cases;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.core.cases.Benefit;
import de.lotse.core.cases.BenefitKind;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.JournalEntry;
import de.lotse.core.cases.ReferralStatus;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.StepPriority;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case file without a screen, against a real store in a temp folder. */
class CaseFileViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private CaseFixture fixture;
    private CaseFileViewModel model;
    private CaseFile caseFile;
    private final SimpleObjectProperty<UUID> me = new SimpleObjectProperty<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final List<UUID> changed = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(40, 2);
        fixture = new CaseFixture(context);
        model = new CaseFileViewModel(context.cases(), context.directory(), new InlineTaskRunner(), failures::add,
                () -> null, me, () -> "Gerät TEST", () -> new CaseFormats(Locale.GERMAN));
        model.setOnChanged(changed::add);
        caseFile = fixture.openCase();
        model.open(caseFile.id());
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    private CaseFile stored() {
        return context.cases().find(caseFile.id()).orElseThrow();
    }

    @Test
    void opensTheCaseWithItsPlanInPlanOrder() {
        assertThat(model.caseFileProperty().get().number()).isEqualTo(caseFile.number());
        assertThat(model.subjectProperty().get()).isEqualTo("Haddad, Amira");
        assertThat(model.steps()).hasSize(fixture.template("Neu angekommene").steps().size());
        assertThat(model.steps()).isSortedAccordingTo(IntegrationStep.PLAN_ORDER);
        assertThat(model.steps().getFirst().priority()).isEqualTo(StepPriority.IMMEDIATE);
        assertThat(model.allowedNext()).containsExactly(CaseStatus.ACTIVE, CaseStatus.PAUSED, CaseStatus.CLOSED);
    }

    @Test
    void statusFollowsTheWorkflowAndClosingWithoutReasonChangesNothing() {
        List<String> done = new ArrayList<>();
        model.changeStatus(CaseStatus.ACTIVE, () -> done.add("active"));
        assertThat(stored().status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(model.allowedNext()).containsExactly(CaseStatus.PAUSED, CaseStatus.CLOSED);

        model.prepareClosing();
        model.closeReasonProperty().set("   ");
        model.changeStatus(CaseStatus.CLOSED, () -> done.add("closed"));
        assertThat(model.statusProblems()).containsOnlyKeys("closeReason");
        assertThat(model.statusProblems().get("closeReason").code()).isEqualTo("required");
        assertThat(stored().status()).as("nothing changed").isEqualTo(CaseStatus.ACTIVE);
        assertThat(model.caseFileProperty().get().status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(done).containsExactly("active");

        model.closeReasonProperty().set("Ziele erreicht, in eigene Wohnung gezogen");
        model.changeStatus(CaseStatus.CLOSED, () -> done.add("closed"));
        assertThat(model.statusProblems()).isEmpty();
        assertThat(stored().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(stored().closeReason()).isEqualTo("Ziele erreicht, in eigene Wohnung gezogen");
        assertThat(stored().closedOn()).isEqualTo(context.cases().today());
        assertThat(model.allowedNext()).containsExactly(CaseStatus.ACTIVE);
        assertThat(done).containsExactly("active", "closed");
        assertThat(changed).contains(caseFile.id());

        model.changeStatus(CaseStatus.ACTIVE, () -> done.add("reopened"));
        assertThat(stored().status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(stored().closeReason()).isNull();
    }

    @Test
    void aStepWithoutTitleShowsTheProblemAndSavesNothing() {
        int before = context.cases().steps(caseFile.id()).size();
        model.editStep(null);
        StepForm form = model.stepForm();
        form.dueOnProperty().set("31.02.2026");
        List<String> saved = new ArrayList<>();
        model.saveStep(() -> saved.add("saved"));
        assertThat(form.problems()).containsOnlyKeys("dueOn");
        assertThat(form.problems().get("dueOn").code()).isEqualTo("dayFormat");

        form.dueOnProperty().set("1.3.2026");
        model.saveStep(() -> saved.add("saved"));
        assertThat(form.problems()).containsOnlyKeys("title");
        assertThat(form.problems().get("title").code()).isEqualTo("required");
        assertThat(saved).isEmpty();
        assertThat(form.isDirty()).isTrue();
        assertThat(context.cases().steps(caseFile.id())).hasSize(before);

        form.titleProperty().set("Schuldnerberatung vermitteln");
        form.priorityProperty().set(StepPriority.CAN_WAIT);
        form.organisationProperty().set(model.organisations().getFirst());
        form.outcomeProperty().set("Termin am 12.03. vereinbart");
        model.saveStep(() -> saved.add("saved"));
        assertThat(saved).containsExactly("saved");
        assertThat(model.steps()).hasSize(before + 1).isSortedAccordingTo(IntegrationStep.PLAN_ORDER);
        IntegrationStep step = model.steps().stream().filter(s -> s.title().equals("Schuldnerberatung vermitteln"))
                .findFirst().orElseThrow();
        assertThat(step.dueOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
        assertThat(step.organisationId()).isEqualTo(model.organisations().getFirst().id());
        assertThat(step.outcome()).isEqualTo("Termin am 12.03. vereinbart");

        model.editStep(step);
        assertThat(model.stepForm().dueOnProperty().get()).isEqualTo("01.03.2026");
        assertThat(model.stepForm().isDirty()).isFalse();
        model.markDone(step);
        assertThat(context.cases().steps(caseFile.id())).filteredOn(s -> s.id().equals(step.id()))
                .singleElement().extracting(IntegrationStep::status).isEqualTo(StepStatus.DONE);
        assertThat(model.steps().getLast().id()).as("finished steps last").isEqualTo(step.id());
    }

    @Test
    void aCorrectionIsANewEntryReferringToTheOldOneWhichStaysUnchanged() {
        me.set(fixture.caseworker(1).id());
        model.addJournalEntry(() -> { });
        assertThat(model.journalProblems()).containsOnlyKeys("journalText");

        model.journalDraftProperty().set("Erstgespräch geführt, Termin beim Jobcenter am Montag.");
        assertThat(model.isDirty()).isTrue();
        model.addJournalEntry(() -> { });
        assertThat(model.isDirty()).isFalse();
        List<JournalEntry> stored = context.cases().journal(caseFile.id());
        assertThat(stored).hasSize(1);
        JournalEntry original = stored.getFirst();
        assertThat(original.author()).as("the user logged in signs, whoever is chosen")
                .isEqualTo(context.user().orElseThrow().displayName());

        model.correct(original);
        assertThat(model.journalDraftProperty().get()).isEqualTo(original.text());
        model.addJournalEntry(() -> { });
        assertThat(model.journalProblems().get("journalText").code()).as("an unchanged text is no correction")
                .isEqualTo("unchanged");
        model.journalDraftProperty().set("Erstgespräch geführt, Termin beim Jobcenter am Dienstag.");
        model.addJournalEntry(() -> { });

        List<JournalEntry> after = context.cases().journal(caseFile.id());
        assertThat(after).hasSize(2);
        assertThat(after).contains(original);
        JournalEntry correction = after.stream().filter(e -> !e.id().equals(original.id())).findFirst().orElseThrow();
        assertThat(correction.correctsId()).isEqualTo(original.id());
        assertThat(model.correctingProperty().get()).isNull();

        assertThat(model.journal()).hasSize(2);
        var newest = model.journal().getFirst();
        var oldest = model.journal().getLast();
        assertThat(newest.entry()).isEqualTo(correction);
        assertThat(newest.corrects()).isEqualTo(original);
        assertThat(oldest.entry()).isEqualTo(original);
        assertThat(oldest.corrected()).isTrue();
        assertThat(oldest.correctedBy()).containsExactly(correction);
    }

    @Test
    void withoutAChosenCaseworkerTheFormSignsNeutrallyButTheServiceSignsWithTheUser() {
        assertThat(model.author()).isEqualTo("Gerät TEST");
        model.journalDraftProperty().set("Anruf der Schule.");
        model.addJournalEntry(() -> { });
        assertThat(context.cases().journal(caseFile.id()).getFirst().author()).isEqualTo("Administration");
    }

    @Test
    void benefitAmountsAreTypedTheGermanWay() {
        model.editBenefit(null);
        BenefitForm form = model.benefitForm();
        form.kindProperty().set(BenefitKind.ASYLBLG);
        for (String bad : List.of("12,345", "abc", "-5", "1.23,00", "1,2,3")) {
            form.amountProperty().set(bad);
            model.saveBenefit(() -> { });
            assertThat(form.problems()).as(bad).containsOnlyKeys("amount");
            assertThat(form.problems().get("amount").code()).isEqualTo("amountFormat");
        }
        assertThat(context.cases().benefits(caseFile.id())).isEmpty();

        form.amountProperty().set("1.234,56");
        model.saveBenefit(() -> { });
        assertThat(form.problems()).isEmpty();
        List<Benefit> stored = context.cases().benefits(caseFile.id());
        assertThat(stored).singleElement().extracting(Benefit::amount).isEqualTo(new BigDecimal("1234.56"));
        assertThat(model.benefits()).hasSize(1);

        model.editBenefit(stored.getFirst());
        assertThat(model.benefitForm().amountProperty().get()).isEqualTo("1.234,56");
        model.benefitForm().amountProperty().set("563,00 €");
        model.benefitForm().toProperty().set("01.01.2000");
        model.saveBenefit(() -> { });
        assertThat(model.benefitForm().problems()).containsOnlyKeys("to");
        assertThat(model.benefitForm().problems().get("to").code()).isEqualTo("beforeStart");
        model.benefitForm().toProperty().set("");
        model.saveBenefit(() -> { });
        assertThat(context.cases().benefits(caseFile.id())).singleElement().extracting(Benefit::amount)
                .isEqualTo(new BigDecimal("563.00"));
    }

    @Test
    void aReferralNeedsAnOrganisation() {
        model.editReferral(null);
        ReferralForm form = model.referralForm();
        form.subjectProperty().set("Schuldnerberatung");
        model.saveReferral(() -> { });
        assertThat(form.problems()).containsOnlyKeys("organisation");
        assertThat(form.problems().get("organisation").code()).isEqualTo("required");
        assertThat(context.cases().referrals(caseFile.id())).isEmpty();

        form.organisationProperty().set(model.organisations().get(1));
        form.statusProperty().set(ReferralStatus.SENT);
        model.saveReferral(() -> { });
        assertThat(form.problems()).isEmpty();
        assertThat(context.cases().referrals(caseFile.id())).singleElement().satisfies(referral -> {
            assertThat(referral.organisationId()).isEqualTo(model.organisations().get(1).id());
            assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
            assertThat(referral.referredOn()).isEqualTo(context.cases().today());
        });
        assertThat(model.organisationName(model.referrals().getFirst().organisationId()))
                .isEqualTo(model.organisations().get(1).name());
    }

    @Test
    void consentsAreGivenAndWithdrawn() {
        model.editConsent(null);
        model.consentForm().purposeProperty().set("Datenweitergabe an das Jobcenter");
        model.saveConsent(() -> { });
        assertThat(model.consents()).singleElement().satisfies(consent -> {
            assertThat(consent.givenOn()).isEqualTo(context.cases().today());
            assertThat(consent.withdrawnOn()).isNull();
        });
        model.withdraw(model.consents().getFirst());
        assertThat(context.cases().consents(caseFile.id())).singleElement()
                .satisfies(consent -> assertThat(consent.withdrawnOn()).isEqualTo(context.cases().today()));
    }

    @Test
    void caseworkerAndTargetGroupAreAssignedAtOnce() {
        model.assignCaseworker(fixture.caseworker(2).id());
        model.assignTargetGroup(TargetGroup.OTHER);
        assertThat(stored().caseworkerId()).isEqualTo(fixture.caseworker(2).id());
        assertThat(stored().targetGroup()).isEqualTo(TargetGroup.OTHER);
        assertThat(model.caseworkerName(model.caseFileProperty().get().caseworkerId()))
                .isEqualTo(fixture.caseworker(2).name());
    }
}
